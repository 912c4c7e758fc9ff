// tramso: argument parsing and wiring; nothing else. The test tooling (script driver, soak,
// fault injection, frame statistics) is tramso-dev's (kiosk/dev) and does not ship here.
//   tramso [--windowed] [--size WxH] [--config F] [--db F] [--content DIR]   run the kiosk
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli/commands.h"
#include "core/config.h"
#include "platform/crash_guard.h"
#include "platform/log.h"
#include "platform/service_notifier.h"
#include "platform/stop_signals.h"
#include "ui/kiosk_app.h"

namespace {

struct Args {
    std::string config = "config/kiosk.toml";
    std::string db, content;
    tramso::ui::AppOptions app;
    bool help = false;
};

const char* kUsage =
    "usage: tramso [--windowed] [--size WxH] [--config FILE] [--db FILE] [--content DIR]\n"
    "       tramso --exit-after-first-frame [...]   print first_frame_wall_us=… after the first frame, exit\n"
    "       tramso check-content [--config FILE] [CONTENT_DIR]   check lesson files and QR links, print every error\n"
    "       tramso qr --out FILE.png [--scale N] URL\n"
    "       tramso print-test [--config FILE]      print a test slip on the configured printer\n"
    "       tramso backup [--config FILE] [--db FILE]   verified backup now, with rotation\n"
    "       tramso say [--out FILE.wav] [--lang vi|en] \"text\"   (no --out: on the speakers)\n"
    "       tramso site --out DIR [--content DIR] [--config FILE]   write the static follow-up site\n"
    "       tramso set-pin [--config FILE] [--db FILE]   set the staff PIN (asks twice; stdin when not a terminal)\n"
    "       tramso report --month YYYY-MM --out DIR [--config FILE] [--db FILE]   monthly CSV export\n";

bool parse_size(const char* s, int& w, int& h) { return std::sscanf(s, "%dx%d", &w, &h) == 2 && w > 0 && h > 0; }

tramso::Result<Args> parse_args(int argc, char** argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string opt = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        const char* v = nullptr;
        if (opt == "--windowed") a.app.windowed = true;
        // The launch benchmark times this binary, the one installed: tramso-dev would be another.
        else if (opt == "--exit-after-first-frame")
            a.app.exit_after_first_frame = true;
        else if (opt == "--help" || opt == "-h")
            a.help = true;
        else if (opt == "--config" && (v = value()))
            a.config = v;
        else if (opt == "--db" && (v = value()))
            a.db = v;
        else if (opt == "--content" && (v = value()))
            a.content = v;
        else if (opt == "--size" && (v = value())) {
            if (!parse_size(v, a.app.width, a.app.height))
                return tramso::Error{"--size", "expected WIDTHxHEIGHT, e.g. 1920x1080"};
        } else
            return tramso::Error{opt, "unknown option or missing value"};
    }
    return a;
}

int run_kiosk(const Args& args) {
    auto config = tramso::load_config(args.config);
    if (!config) {
        std::fprintf(stderr, "tramso: %s\n", config.error().to_string().c_str());
        return 2;
    }
    if (!args.db.empty()) config->paths.database = args.db;
    if (!args.content.empty()) config->paths.content_dir = args.content;

    // First, before any thread starts: every thread must leave the stop signals to it.
    auto stop_signals = tramso::platform::StopSignals::start();
    tramso::SystemClock clock;
    // The log sits beside the database (var/log in development, /var/lib/tramso/log installed).
    tramso::platform::LogOptions log_options;
    log_options.file_path =
        (std::filesystem::path(config->paths.database).parent_path() / "log" / "tramso.log").string();
    tramso::platform::Logger log(clock, log_options);
    if (tramso::Status guard = tramso::platform::install_crash_guard({log.file_path(), log.to_journal()}); !guard)
        log.warn("no crash guard: " + guard.error().to_string());
    if (!stop_signals)
        log.warn("SIGTERM will kill the kiosk without ending the visit: " + stop_signals.error().to_string());
    tramso::platform::ServiceNotifier notifier(clock);
    auto app = tramso::ui::KioskApp::create(*config, args.app, clock);
    if (!app) {
        log.error(app.error().to_string());
        return std::fprintf(stderr, "tramso: %s\n", app.error().to_string().c_str()), 2;
    }
    (*app)->attach(&log, &notifier, stop_signals ? stop_signals->get() : nullptr);
    log.info("kiosk started");
    return (*app)->run();
}

}  // namespace

int main(int argc, char** argv) {
    if (int code = 0; tramso::cli::dispatch(argc, argv, code)) return code;
    auto args = parse_args(argc, argv);
    if (!args) {
        std::fprintf(stderr, "tramso: %s\n%s", args.error().to_string().c_str(), kUsage);
        return 2;
    }
    if (args->help) return std::printf("%s", kUsage), 0;
    return run_kiosk(*args);
}
