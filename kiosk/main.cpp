// tramso: argument parsing and wiring; nothing else.
//   tramso [--windowed] [--config F] [--db F] [--content DIR]         run the kiosk
//   tramso --headless --script FILE --shots DIR [--size WxH] [...]     drive the UI headless
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/soak.h"
#include "core/config.h"
#include "core/script.h"
#include "platform/crash_guard.h"
#include "platform/log.h"
#include "platform/service_notifier.h"
#include "ui/kiosk_app.h"
#include "ui/script_runner.h"

namespace {

struct Args {
    std::string config = "config/kiosk.toml";
    std::string db, content, script, shots;
    tramso::ui::AppOptions app;
    double soak_days = 0;  // Idle warning and attract: --soak DAYS
    bool help = false;
};

const char* kUsage =
    "usage: tramso [--windowed] [--config FILE] [--db FILE] [--content DIR]\n"
    "       tramso --headless --script FILE [--shots DIR] [--size WxH] [--config FILE] [--db FILE] [--content DIR]\n"
    "       tramso --headless --soak DAYS [--size WxH] [--config FILE] [--db FILE]   simulated days, unattended\n"
    "       tramso --exit-after-first-frame | --frame-stats [...]   (benchmarks)\n"
    "       tramso check-content [--config FILE] [CONTENT_DIR]   check lesson files and QR links, print every error\n"
    "       tramso qr --out FILE.png [--scale N] URL\n"
    "       tramso print-test [--config FILE]      print a test slip on the configured printer\n"
    "       tramso backup [--config FILE] [--db FILE]   verified backup now, with rotation\n"
    "       tramso say [--out FILE.wav] [--lang vi|en] \"text\"   (no --out: on the speakers)\n"
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
        else if (opt == "--headless") a.app.headless = true;
        else if (opt == "--exit-after-first-frame") a.app.exit_after_first_frame = true;
        else if (opt == "--frame-stats") a.app.frame_stats = true;
        else if (opt == "--help" || opt == "-h") a.help = true;
        else if (opt == "--config" && (v = value())) a.config = v;
        else if (opt == "--db" && (v = value())) a.db = v;
        else if (opt == "--content" && (v = value())) a.content = v;
        else if (opt == "--script" && (v = value())) a.script = v;
        else if (opt == "--shots" && (v = value())) a.shots = v;
        else if (opt == "--soak" && (v = value())) {
            a.soak_days = std::atof(v);
            if (!(a.soak_days > 0 && a.soak_days <= 365)) return tramso::Error{"--soak", "expected a number of days, e.g. 7 or 0.5"};
        } else if (opt == "--size" && (v = value())) {
            if (!parse_size(v, a.app.width, a.app.height)) return tramso::Error{"--size", "expected WIDTHxHEIGHT, e.g. 1920x1080"};
        } else
            return tramso::Error{opt, "unknown option or missing value"};
    }
    if (!a.script.empty() && !a.app.headless) return tramso::Error{"--script", "needs --headless"};
    if (a.soak_days > 0 && !a.app.headless) return tramso::Error{"--soak", "needs --headless"};
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

    if (args.soak_days > 0) {
        // Idle warning and attract: simulated days from a local Monday midnight; the
        // daily backups go beside the soak's database, not into the kiosk's own folder.
        const auto db_dir = std::filesystem::path(config->paths.database).parent_path();
        if (!db_dir.empty()) std::filesystem::create_directories(db_dir);
        config->storage.backup_dir = (db_dir / "soak-backups").string();
        tramso::ManualClock clock(tramso::cli::kSoakStartWallMs);
        auto app = tramso::ui::KioskApp::create(*config, args.app, clock);
        if (!app) return std::fprintf(stderr, "tramso: %s\n", app.error().to_string().c_str()), 2;
        tramso::cli::SoakOptions soak;
        soak.days = args.soak_days;
        return tramso::cli::run_soak(**app, clock, soak);
    }
    if (args.app.headless && !args.script.empty()) {
        // Scripts run on a simulated clock: "wait 95" takes milliseconds.
        tramso::ManualClock clock;
        tramso::ui::AppOptions options = args.app;
        options.random_seed = 5;  // repeatable resume codes, so a script can type the code it was given
        auto app = tramso::ui::KioskApp::create(*config, options, clock);
        if (!app) return std::fprintf(stderr, "tramso: %s\n", app.error().to_string().c_str()), 2;
        auto script = tramso::load_script(args.script);
        if (!script) return std::fprintf(stderr, "%s\n", script.error().to_string().c_str()), 2;
        const int rc = tramso::ui::run_script(**app, clock, *script, args.shots);
        if (args.app.frame_stats) std::printf("%s\n", (*app)->frame_stats().c_str());
        return rc;
    }
    tramso::SystemClock clock;
    // The log sits beside the database (var/log in development, /var/lib/tramso/log installed).
    tramso::platform::LogOptions log_options;
    log_options.file_path =
        (std::filesystem::path(config->paths.database).parent_path() / "log" / "tramso.log").string();
    tramso::platform::Logger log(clock, log_options);
    if (tramso::Status guard = tramso::platform::install_crash_guard({log.file_path(), log.to_journal()}); !guard)
        log.warn("no crash guard: " + guard.error().to_string());
    tramso::platform::ServiceNotifier notifier(clock);
    auto app = tramso::ui::KioskApp::create(*config, args.app, clock);
    if (!app) {
        log.error(app.error().to_string());
        return std::fprintf(stderr, "tramso: %s\n", app.error().to_string().c_str()), 2;
    }
    (*app)->attach(&log, &notifier);
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
