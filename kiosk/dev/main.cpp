// tramso-dev: the developer binary. The same libraries as the installed tramso, plus the test
// tooling that must never ship in it: the headless script driver (screenshots, fault
// injection, frame statistics), the soak and lesson-flow. Argument parsing and wiring only.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/script.h"
#include "dev/lesson_flow.h"
#include "dev/script_runner.h"
#include "dev/soak.h"
#include "dev/soak_database.h"
#include "platform/stop_signals.h"
#include "ui/kiosk_app.h"

namespace {

struct Args {
    std::string config = "config/kiosk.toml";
    std::string db, content, script, shots;
    tramso::ui::AppOptions app;
    double soak_days = 0;
    bool help = false;
};

const char* kUsage =
    "usage: tramso-dev --headless --script FILE [--shots DIR] [--frame-stats] [--size WxH] [--config FILE]\n"
    "                  [--db FILE] [--content DIR]   drive the real UI on a simulated clock\n"
    "       tramso-dev --headless --soak DAYS --db NEW_FILE [--size WxH] [--config FILE]   simulated days,\n"
    "                  unattended, on a database the soak creates (never a station's)\n"
    "       tramso-dev lesson-flow LESSON_ID [CONTENT_DIR] [--off-centre MM]   print a script that walks the lesson\n";

bool parse_size(const char* s, int& w, int& h) { return std::sscanf(s, "%dx%d", &w, &h) == 2 && w > 0 && h > 0; }

tramso::Result<Args> parse_args(int argc, char** argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string opt = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        const char* v = nullptr;
        if (opt == "--headless")
            a.app.headless = true;
        else if (opt == "--frame-stats")
            a.app.frame_stats = true;
        else if (opt == "--help" || opt == "-h")
            a.help = true;
        else if (opt == "--config" && (v = value()))
            a.config = v;
        else if (opt == "--db" && (v = value()))
            a.db = v;
        else if (opt == "--content" && (v = value()))
            a.content = v;
        else if (opt == "--script" && (v = value()))
            a.script = v;
        else if (opt == "--shots" && (v = value()))
            a.shots = v;
        else if (opt == "--soak" && (v = value())) {
            a.soak_days = std::atof(v);
            if (!(a.soak_days > 0 && a.soak_days <= 365))
                return tramso::Error{"--soak", "expected a number of days, e.g. 7 or 0.5"};
        } else if (opt == "--size" && (v = value())) {
            if (!parse_size(v, a.app.width, a.app.height))
                return tramso::Error{"--size", "expected WIDTHxHEIGHT, e.g. 1920x1080"};
        } else
            return tramso::Error{opt, "unknown option or missing value"};
    }
    if (a.help) return a;
    if (a.script.empty() == (a.soak_days <= 0)) return tramso::Error{"", "give one of --script FILE and --soak DAYS"};
    if (!a.app.headless) return tramso::Error{a.script.empty() ? "--soak" : "--script", "needs --headless"};
    // Without --db the soak would default to the configured database: the station's own.
    if (a.soak_days > 0 && a.db.empty()) return tramso::Error{"--soak", "needs --db NEW_FILE"};
    if (a.app.frame_stats && a.script.empty()) return tramso::Error{"--frame-stats", "needs --script"};
    if (!a.shots.empty() && a.script.empty()) return tramso::Error{"--shots", "needs --script"};
    return a;
}

int fail(const tramso::Error& e) { return std::fprintf(stderr, "tramso-dev: %s\n", e.to_string().c_str()), 2; }

// Simulated days from a local Monday midnight; the daily backups go beside the soak's database.
int run_soak(tramso::Config config, const Args& args, tramso::platform::StopSignals& stop_signals) {
    tramso::ManualClock clock(tramso::dev::kSoakStartWallMs);
    const auto db_dir = std::filesystem::path(config.paths.database).parent_path();
    if (!db_dir.empty()) std::filesystem::create_directories(db_dir);
    auto db = tramso::dev::prepare_soak_database(config.paths.database, clock.wall_ms());
    if (!db) return fail(db.error());
    config.storage.backup_dir = (db_dir / "soak-backups").string();
    auto app = tramso::ui::KioskApp::create(config, args.app, clock);
    if (!app) return fail(app.error());
    (*app)->attach(nullptr, nullptr, &stop_signals);
    tramso::dev::SoakOptions soak;
    soak.days = args.soak_days;
    soak.staff_pin = db->staff_pin;
    return tramso::dev::run_soak(**app, clock, soak);
}

// Scripts run on a simulated clock: "wait 95" takes milliseconds.
int run_script(const tramso::Config& config, const Args& args, tramso::platform::StopSignals& stop_signals) {
    auto script = tramso::load_script(args.script);
    if (!script) return std::fprintf(stderr, "%s\n", script.error().to_string().c_str()), 2;
    tramso::ManualClock clock;
    tramso::ui::AppOptions options = args.app;
    options.random_seed = 5;  // repeatable resume codes, so a script can type the code it was given
    auto app = tramso::ui::KioskApp::create(config, options, clock);
    if (!app) return fail(app.error());
    (*app)->attach(nullptr, nullptr, &stop_signals);
    const int rc = tramso::dev::run_script(**app, clock, *script, args.shots);
    if (args.app.frame_stats) std::printf("%s\n", (*app)->frame_stats().c_str());
    return rc;
}

int run(const Args& args) {
    // First, before any thread starts (as in tramso): SIGTERM or Ctrl+C stops a long script or
    // soak between its steps, the way the kiosk's own loop stops.
    auto stop_signals = tramso::platform::StopSignals::start();
    if (!stop_signals) return fail(stop_signals.error());
    auto config = tramso::load_config(args.config);
    if (!config) return fail(config.error());
    if (!args.db.empty()) config->paths.database = args.db;
    if (!args.content.empty()) config->paths.content_dir = args.content;
    if (args.soak_days > 0) return run_soak(*config, args, **stop_signals);
    return run_script(*config, args, **stop_signals);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && std::string(argv[1]) == "lesson-flow")
        return tramso::dev::lesson_flow(std::vector<std::string>(argv + 2, argv + argc));
    auto args = parse_args(argc, argv);
    if (!args) return std::fprintf(stderr, "tramso-dev: %s\n%s", args.error().to_string().c_str(), kUsage), 2;
    if (args->help) return std::printf("%s", kUsage), 0;
    return run(*args);
}
