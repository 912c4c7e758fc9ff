// Kiosk configuration (config/kiosk.toml). Every key has a default here and is documented in
// the shipped file. Loading is strict: an unknown key, a wrong type or an out-of-range value
// is an error naming file:line, because a silent default on an unattended kiosk is a bug
// nobody sees.
#pragma once

#include <string>
#include <vector>

#include "core/opening_hours.h"
#include "core/result.h"

namespace tramso {

struct Config {
    struct Kiosk {
        std::string id = "tram-so-01";
        std::string center_name = "Nhà văn hóa phường";
        std::string language = "vi";  // "vi" | "en": language a new session starts in
    } kiosk;

    struct Display {
        double diagonal_inches = 21.5;  // physical panel size: touch targets are sized in mm
        double scale = 1.0;             // extra multiplier on every size, 0.5–3
        std::string renderer = "auto";  // "auto" | "software" | "accelerated"
        int windowed_width = 1280;      // window size with --windowed
        int windowed_height = 800;
    } display;

    struct Paths {
        std::string content_dir = "content";
        std::string database = "var/tramso.db";
        std::string font_dir = "/usr/share/fonts/truetype/noto";
        std::string strings_dir = "assets/strings";
    } paths;

    struct Storage {
        std::string backup_dir = "var/backups";  // daily verified copies of the database
        int backup_keep = 14;                    // how many daily copies to keep
        int retention_personal_days = 730;       // erase names/phones of learners unseen this long; 0 = never
    } storage;

    struct Session {
        int idle_seconds = 120;       // no touch for this long → "are you still here?"
        int warning_seconds = 30;     // how long that question waits before resetting
        int help_wait_seconds = 600;  // after "Nhờ cán bộ giúp", no question for this long
    } session;

    // Asking for a person.
    struct Help {
        bool chime = false;  // a short soft sound when she asks, for staff in the room
    } help;

    struct Attract {
        int drift_period_seconds = 240;  // one full burn-in drift cycle
        int panel_seconds = 8;           // how long each attract panel shows
    } attract;

    // Idle warning and attract: the center's opening hours ([hours]); outside them
    // the attract screen dims to a clock. Without the table: open all day, every day.
    OpeningHours hours;

    struct Printer {
        std::string output = "none";  // "none" | "device" | "cups" | "file"
        std::string target;           // device path, CUPS queue name or file path
        int paper_width_mm = 58;      // 58 or 80
        bool native_qr = false;       // let the printer draw the QR code (GS ( k)
        int timeout_seconds = 10;
    } printer;

    // Registration and returning learners:
    struct Registration {
        std::vector<std::string> wards;          // this center's wards/communes, listed to pick from
        std::string keyboard_layout = "qwerty";  // "qwerty" | "abc" (alphabetical)
        std::string tone_style = "classic";      // "classic" (hòa, thủy) | "modern" (hoà, thuỷ)
    } registration;
    // Staff mode.
    struct Staff {
        int idle_seconds = 120;                 // staff mode logs out after this long without a touch
        std::string export_dir = "/media/usb";  // where exports are written (a USB stick's mount point)
    } staff;

    struct Followup {
        std::string base_url = "https://hoctapso.vn/bai/";
        std::string ref_param = "r";
    } followup;

    // Narration:
    struct Voice {
        bool enabled = true;     // false: no Listen button anywhere (e.g. a library reading room)
        int rate = 140;          // words per minute (80–450); slower than espeak's 175 for reading along
        int volume = 100;        // espeak's scale 0–200 (100 = normal); the speakers' knob does the rest
        bool auto_read = false;  // read each lesson step aloud when it appears
        std::string cache_dir = "var/voice-cache";  // synthesised speech kept across restarts; "" = memory only
    } voice;
};

// Reads and validates a config file. Errors carry "path:line" in Error::where.
Result<Config> load_config(const std::string& path);
// Same, from text (tests); `path` is only used to name locations in errors.
Result<Config> parse_config(std::string_view text, const std::string& path);

}  // namespace tramso
