// Staff mode on the command line:
//   tramso set-pin [--config F] [--db F]              asks for the staff PIN twice, no echo
//   tramso report --month YYYY-MM --out DIR [--config F] [--db F]   the monthly CSV export
// set-pin reads two lines from stdin when it is not a terminal (scripts and tests).
#include <termios.h>
#include <unistd.h>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include "app/staff_pin.h"
#include "cli/commands.h"
#include "core/config.h"
#include "lessons/content.h"
#include "store/db_file.h"
#include "store/exports.h"
#include "store/schema.h"
#include "store/staff_audit.h"

namespace tramso::cli {
namespace {

// One line from stdin; on a terminal with the echo off, so the PIN never shows.
bool read_secret(const char* prompt, std::string& out) {
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fprintf(stderr, "%s", prompt);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const bool ok = static_cast<bool>(std::getline(std::cin, out));
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    if (!out.empty() && out.back() == '\r') out.pop_back();
    return ok;
}

struct Paths {
    Config config;
    std::string db;
};

Result<Paths> config_and_db(std::vector<std::string>& args) {
    std::string config_path = "config/kiosk.toml", db;
    if (!take_option(args, "--config", config_path) || !take_option(args, "--db", db))
        return Error{"arguments", "--config and --db need a value"};
    auto config = load_config(config_path);
    if (!config) return config.error();
    if (db.empty()) db = config->paths.database;
    return Paths{*config, db};
}

}  // namespace

int set_pin(const std::vector<std::string>& in) {
    std::vector<std::string> args = in;
    auto paths = config_and_db(args);
    if (!paths) return fail(paths.error().to_string());
    if (!args.empty()) return fail("usage: tramso set-pin [--config FILE] [--db FILE]");
    std::string first, second;
    if (!read_secret("New staff PIN (4–8 digits): ", first) || !read_secret("The same PIN again: ", second))
        return fail("no PIN given");
    if (first != second) return fail("the two PINs differ; nothing was changed");
    if (Status st = app::check_pin_format(first); !st) return fail(st.error().to_string());

    int code = 0;
    auto db = store::open_kiosk_db(paths->db, store::OpenMode::read_write_create, code);
    if (!db) return fail(db.error().to_string());
    if (Status st = store::migrate(*db); !st) return fail(st.error().to_string());
    const Millis now = SystemClock().wall_ms();
    if (Status st = app::set_staff_pin(*db, first, now); !st) return fail(st.error().to_string());
    (void)store::append_audit(*db, now, "pin_set", "from the command line");
    std::printf("staff PIN set (argon2id hash stored in %s)\n", paths->db.c_str());
    return 0;
}

int report(const std::vector<std::string>& in) {
    std::vector<std::string> args = in;
    std::string month_text, out;
    if (!take_option(args, "--month", month_text) || !take_option(args, "--out", out))
        return fail("usage: tramso report --month YYYY-MM --out DIR [--config FILE] [--db FILE]");
    auto paths = config_and_db(args);
    if (!paths) return fail(paths.error().to_string());
    if (!args.empty() || month_text.empty() || out.empty())
        return fail("usage: tramso report --month YYYY-MM --out DIR [--config FILE] [--db FILE]");
    auto month = store::parse_month(month_text);
    if (!month) return fail(month.error().to_string());
    if (!std::filesystem::exists(paths->db))
        return fail(paths->db + ": no database here (check --db or paths.database)");

    int code = 0;
    auto db = store::open_kiosk_db(paths->db, store::OpenMode::read_write_create, code);
    if (!db) return fail(db.error().to_string());
    const Content content = load_content(paths->config.paths.content_dir);
    auto title = [&](std::string_view id) -> std::string {
        for (const Lesson& l : content.lessons)
            if (l.id == id) return l.title.get(Lang::vi);
        return std::string(id);
    };
    auto built = store::build_month_export(*db, month->first, month->second, paths->config.hours.utc_offset_minutes,
                                           paths->config.kiosk.id, title);
    if (!built) return fail(built.error().to_string());
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    auto written = store::write_month_export(*built, out, paths->config.kiosk.id);
    if (!written) return fail(written.error().to_string());
    (void)store::append_audit(*db, SystemClock().wall_ms(), "export", month_text + " to " + out + " (command line)");
    for (const auto& path : *written) std::printf("wrote %s\n", path.c_str());
    return 0;
}

}  // namespace tramso::cli
