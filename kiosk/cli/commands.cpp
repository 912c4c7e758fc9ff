#include "cli/commands.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>

#include "core/civil_time.h"
#include "core/clock.h"
#include "core/config.h"
#include "lessons/content.h"
#include "print/print_test_slip.h"
#include "print/printer_config.h"
#include "qr/qr_image.h"
#include "store/backup.h"
#include "voice/say.h"

namespace tramso::cli {

int fail(const std::string& message) {
    std::fprintf(stderr, "tramso: %s\n", message.c_str());
    return 2;
}

// Pulls "--name VALUE" out of args; returns false if the option is there without a value.
bool take_option(std::vector<std::string>& args, const std::string& name, std::string& value) {
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] != name) continue;
        if (i + 1 >= args.size()) return false;
        value = args[i + 1];
        args.erase(args.begin() + long(i), args.begin() + long(i) + 2);
        return true;
    }
    return true;
}

namespace {}  // namespace

// QR links depend on the kiosk's [followup] settings: checked against --config, else against
// config/kiosk.toml when run from a checkout, else against the built-in defaults.
int check_content(const std::vector<std::string>& in) {
    std::vector<std::string> args = in;
    std::string config_path;
    if (!take_option(args, "--config", config_path) || args.size() > 1)
        return fail("usage: tramso check-content [--config FILE] [CONTENT_DIR]");
    Config config;
    if (config_path.empty() && std::filesystem::exists("config/kiosk.toml")) config_path = "config/kiosk.toml";
    if (!config_path.empty()) {
        auto loaded = load_config(config_path);
        if (!loaded) return fail(loaded.error().to_string());
        config = *loaded;
    }
    std::printf("QR links: %s + %s=<reference> (%s)\n", config.followup.base_url.c_str(),
                config.followup.ref_param.c_str(), config_path.empty() ? "built-in settings" : config_path.c_str());
    std::fflush(stdout);
    return tramso::check_content(args.empty() ? "content" : args[0], std::cout, &config.followup);
}

int qr(const std::vector<std::string>& in) {
    std::vector<std::string> args = in;
    std::string out, scale = "10";
    if (!take_option(args, "--out", out) || !take_option(args, "--scale", scale) || out.empty() || args.size() != 1)
        return fail("usage: tramso qr --out FILE.png [--scale N] URL");
    const int s = std::atoi(scale.c_str());
    if (Status st = write_qr_png(args[0], out, s); !st) return fail(st.error().to_string());
    std::printf("wrote %s\n", out.c_str());
    return 0;
}

int print_test(const std::vector<std::string>& in) {
    std::vector<std::string> args = in;
    std::string config_path = "config/kiosk.toml";
    if (!take_option(args, "--config", config_path) || !args.empty())
        return fail("usage: tramso print-test [--config FILE]");
    auto config = load_config(config_path);
    if (!config) return fail(config.error().to_string());
    auto printer = printer_config_from(*config);
    if (!printer) return fail(config_path + ": no printer is configured (set printer.output and printer.target)");
    const CivilDate today = local_date(SystemClock().wall_ms(), config->hours.utc_offset_minutes);
    if (Status st = print_test_slip(*printer, config->kiosk.center_name, config->followup.base_url, today); !st)
        return fail(st.error().to_string());
    std::printf("test slip sent to %s\n", printer->output.target.c_str());
    return 0;
}

int backup(const std::vector<std::string>& in) {
    std::vector<std::string> args = in;
    std::string config_path = "config/kiosk.toml", db;
    if (!take_option(args, "--config", config_path) || !take_option(args, "--db", db) || !args.empty())
        return fail("usage: tramso backup [--config FILE] [--db FILE]");
    auto config = load_config(config_path);
    if (!config) return fail(config.error().to_string());
    if (db.empty()) db = config->paths.database;
    auto info = store::backup_database_file(db, config->storage.backup_dir, config->storage.backup_keep,
                                            SystemClock().wall_ms());
    if (!info) return fail(info.error().to_string());
    std::printf("backup verified: %s (%ju bytes)\n", info->path.c_str(), info->bytes);
    for (const auto& old : info->removed) std::printf("rotated out: %s\n", old.c_str());
    return 0;
}

int say(const std::vector<std::string>& in) {
    std::vector<std::string> args = in;
    std::string out, lang = "vi";
    if (!take_option(args, "--out", out) || !take_option(args, "--lang", lang) || args.size() != 1 ||
        (lang != "vi" && lang != "en"))
        return fail("usage: tramso say [--out FILE.wav] [--lang vi|en] \"text\"");
    if (out.empty()) return say_aloud(args[0], lang_from_code(lang), voice::VoiceOptions{});
    if (Status st = voice::say_to_wav(args[0], lang_from_code(lang), out, voice::VoiceOptions{}); !st)
        return fail(st.error().to_string());
    std::printf("wrote %s\n", out.c_str());
    return 0;
}

bool dispatch(int argc, char** argv, int& exit_code) {
    if (argc < 2) return false;
    static const std::map<std::string, int (*)(const std::vector<std::string>&)> commands = {
        {"check-content", check_content},
        {"qr", qr},
        {"print-test", print_test},
        {"backup", backup},
        {"say", say},
        {"site", site},
        // Staff mode:
        {"set-pin", set_pin},
        {"report", report}};
    auto it = commands.find(argv[1]);
    if (it == commands.end()) return false;
    exit_code = it->second(std::vector<std::string>(argv + 2, argv + argc));
    return true;
}

}  // namespace tramso::cli
