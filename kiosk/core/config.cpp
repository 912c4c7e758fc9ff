#include "core/config.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <sstream>

#include "core/https_url.h"
#include "core/regular_file.h"
#include "core/toml_guard.h"

namespace tramso {
namespace {

// What a config may carry. Wide over any real value, tight enough that a wrong file or a
// pasted paragraph is an error naming its line rather than a screen ImGui cannot lay out.
constexpr std::size_t kMaxConfigBytes = 256 * 1024;
constexpr std::size_t kMaxIdBytes = 64;      // kiosk.id, followup.ref_param
constexpr std::size_t kMaxNameChars = 80;    // kiosk.center_name, shown on the attract screen
constexpr std::size_t kMaxPathBytes = 4096;  // paths, printer.target (PATH_MAX)
constexpr std::size_t kMaxUrlBytes = 512;    // followup.base_url
constexpr std::size_t kMaxChoiceBytes = 64;  // values picked from a fixed list
constexpr std::size_t kMaxWards = 40;        // registration.wards
constexpr std::size_t kMaxWardBytes = 80;

std::size_t utf8_chars(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool has_control_char(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7F;
    });
}

// kiosk.id names report files under --out, so it may not carry '/', '.' or anything a
// file name or URL would have to escape.
bool is_identifier(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// The follow-up link is printed as a QR code a learner's phone opens: an https address as
// lessons' links are checked (core/https_url.h), in lower case, and without a query or
// fragment, since each lesson's slug is joined to its path; otherwise the kiosk starts and
// every finish screen fails.
bool is_https_url(std::string_view s) {
    return s.starts_with("https://") && !check_https_url(s) && s.find_first_of("?#") == std::string_view::npos;
}

// One entry per accepted key: how to read it into the Config and what range it allows.
struct KeySpec {
    std::function<std::string(const toml::node&)> read;  // returns an error message or ""
};

std::string where(const std::string& path, const toml::source_region& src) {
    return path + ":" + std::to_string(src.begin.line);
}

class Schema {
public:
    void number(const char* key, double& field, double lo, double hi) {
        m_keys[key] = {[&field, key, lo, hi](const toml::node& n) -> std::string {
            std::optional<double> v = n.value<double>();
            if (!n.is_number() || !v) return std::string(key) + " must be a number";
            // nan compares false with every bound, so it would pass the range check below.
            if (!std::isfinite(*v)) return std::string(key) + " must be an ordinary number, not nan or inf";
            if (*v < lo || *v > hi) return range_message(key, lo, hi);
            field = *v;
            return "";
        }};
    }
    void integer(const char* key, int& field, int lo, int hi) {
        m_keys[key] = {[&field, key, lo, hi](const toml::node& n) -> std::string {
            if (!n.is_integer()) return std::string(key) + " must be a whole number";
            const int64_t v = *n.value<int64_t>();
            if (v < lo || v > hi) return range_message(key, lo, hi);
            field = static_cast<int>(v);
            return "";
        }};
    }
    // A free string of at most max_bytes bytes, or one of choices.
    void text(const char* key, std::string& field, std::size_t max_bytes, std::vector<std::string> choices = {}) {
        m_keys[key] = {[&field, key, max_bytes, choices](const toml::node& n) -> std::string {
            if (!n.is_string()) return std::string(key) + " must be a quoted string";
            std::string v = *n.value<std::string>();
            if (v.size() > max_bytes)
                return std::string(key) + " is " + std::to_string(v.size()) + " bytes long; at most " +
                       std::to_string(max_bytes) + " are allowed";
            if (has_control_char(v))
                return std::string(key) + " may not contain control characters (tabs, line breaks)";
            if (!choices.empty() && std::find(choices.begin(), choices.end(), v) == choices.end()) {
                std::string list;
                for (const auto& c : choices) list += (list.empty() ? "\"" : ", \"") + c + "\"";
                return std::string(key) + " must be one of " + list;
            }
            field = std::move(v);
            return "";
        }};
    }
    void identifier(const char* key, std::string& field) {
        m_keys[key] = {[&field, key](const toml::node& n) -> std::string {
            if (!n.is_string()) return std::string(key) + " must be a quoted string";
            std::string v = *n.value<std::string>();
            if (v.size() > kMaxIdBytes)
                return std::string(key) + " may be at most " + std::to_string(kMaxIdBytes) + " characters long";
            if (!is_identifier(v))
                return std::string(key) + " may use only letters, digits and '-', e.g. \"tram-so-01\"";
            field = std::move(v);
            return "";
        }};
    }
    // Shown to learners: counted in letters, not bytes.
    void name(const char* key, std::string& field, std::size_t max_chars) {
        m_keys[key] = {[&field, key, max_chars](const toml::node& n) -> std::string {
            if (!n.is_string()) return std::string(key) + " must be a quoted string";
            std::string v = *n.value<std::string>();
            if (utf8_chars(v) > max_chars)
                return std::string(key) + " is " + std::to_string(utf8_chars(v)) + " characters long; at most " +
                       std::to_string(max_chars) + " fit on the screen";
            if (has_control_char(v))
                return std::string(key) + " may not contain control characters (tabs, line breaks)";
            field = std::move(v);
            return "";
        }};
    }
    void https_url(const char* key, std::string& field) {
        m_keys[key] = {[&field, key](const toml::node& n) -> std::string {
            if (!n.is_string()) return std::string(key) + " must be a quoted string";
            std::string v = *n.value<std::string>();
            if (v.size() > kMaxUrlBytes)
                return std::string(key) + " may be at most " + std::to_string(kMaxUrlBytes) + " characters long";
            if (!is_https_url(v))
                return std::string(key) +
                       " must be an https:// address with a site name and no spaces, '?' or '#', e.g. "
                       "\"https://hoctapso.vn/bai/\"";
            field = std::move(v);
            return "";
        }};
    }
    void boolean(const char* key, bool& field) {
        m_keys[key] = {[&field, key](const toml::node& n) -> std::string {
            if (!n.is_boolean()) return std::string(key) + " must be true or false";
            field = *n.value<bool>();
            return "";
        }};
    }
    // Idle warning and attract: "closed" or "07:30-11:30, 13:30-21:00".
    void day_hours(const char* key, DayHours& field) {
        m_keys[key] = {[&field, key](const toml::node& n) -> std::string {
            if (!n.is_string()) return std::string(key) + " must be a quoted string: \"closed\" or \"07:30-17:00\"";
            auto parsed = parse_day_hours(*n.value<std::string>());
            if (!parsed)
                return std::string(key) + ": " + parsed.error().message + " (\"" + parsed.error().where + "\")";
            field = std::move(*parsed);
            return "";
        }};
    }
    // Registration and returning learners: a list of short, distinct names.
    void text_list(const char* key, std::vector<std::string>& field, size_t max_items, size_t max_bytes) {
        m_keys[key] = {[&field, key, max_items, max_bytes](const toml::node& n) -> std::string {
            const toml::array* a = n.as_array();
            if (!a) return std::string(key) + " must be a list of quoted names, e.g. [\"Phường A\", \"Xã B\"]";
            if (a->size() > max_items)
                return std::string(key) + " may list at most " + std::to_string(max_items) + " names";
            std::vector<std::string> out;
            for (const toml::node& item : *a) {
                if (!item.is_string()) return std::string(key) + " must hold only quoted names";
                std::string v = *item.value<std::string>();
                if (v.find_first_not_of(" \t") == std::string::npos) return std::string(key) + " has an empty name";
                if (v.size() > max_bytes)
                    return std::string(key) + " has a name longer than " + std::to_string(max_bytes) + " bytes: " + v;
                if (std::find(out.begin(), out.end(), v) != out.end())
                    return std::string(key) + " lists \"" + v + "\" twice";
                out.push_back(std::move(v));
            }
            field = std::move(out);
            return "";
        }};
    }
    const KeySpec* find(const std::string& key) const {
        auto it = m_keys.find(key);
        return it == m_keys.end() ? nullptr : &it->second;
    }

private:
    static std::string range_message(const char* key, double lo, double hi) {
        std::ostringstream s;
        s << key << " must be between " << lo << " and " << hi;
        return s.str();
    }
    std::map<std::string, KeySpec> m_keys;
};

Schema schema_for(Config& c) {
    Schema s;
    s.identifier("kiosk.id", c.kiosk.id);
    s.name("kiosk.center_name", c.kiosk.center_name, kMaxNameChars);
    s.text("kiosk.language", c.kiosk.language, kMaxChoiceBytes, {"vi", "en"});
    s.number("display.diagonal_inches", c.display.diagonal_inches, 7, 100);
    s.number("display.scale", c.display.scale, 0.5, 3);
    s.text("display.renderer", c.display.renderer, kMaxChoiceBytes, {"auto", "software", "accelerated"});
    s.integer("display.windowed_width", c.display.windowed_width, 640, 7680);
    s.integer("display.windowed_height", c.display.windowed_height, 480, 4320);
    s.text("paths.content_dir", c.paths.content_dir, kMaxPathBytes);
    s.text("paths.database", c.paths.database, kMaxPathBytes);
    s.text("paths.font_dir", c.paths.font_dir, kMaxPathBytes);
    s.text("paths.strings_dir", c.paths.strings_dir, kMaxPathBytes);
    s.text("storage.backup_dir", c.storage.backup_dir, kMaxPathBytes);
    s.integer("storage.backup_keep", c.storage.backup_keep, 1, 365);
    s.integer("storage.retention_personal_days", c.storage.retention_personal_days, 0, 3650);
    s.integer("session.idle_seconds", c.session.idle_seconds, 20, 3600);
    s.integer("session.warning_seconds", c.session.warning_seconds, 5, 600);
    s.integer("session.help_wait_seconds", c.session.help_wait_seconds, 60, 3600);
    s.boolean("help.chime", c.help.chime);
    s.integer("attract.drift_period_seconds", c.attract.drift_period_seconds, 10, 3600);
    s.integer("attract.panel_seconds", c.attract.panel_seconds, 3, 120);
    s.text("printer.output", c.printer.output, kMaxChoiceBytes, {"none", "device", "cups", "file"});
    s.text("printer.target", c.printer.target, kMaxPathBytes);
    s.integer("printer.paper_width_mm", c.printer.paper_width_mm, 58, 80);
    s.boolean("printer.native_qr", c.printer.native_qr);
    s.integer("printer.timeout_seconds", c.printer.timeout_seconds, 1, 120);
    // Registration and returning learners:
    s.text_list("registration.wards", c.registration.wards, kMaxWards, kMaxWardBytes);
    s.text("registration.keyboard_layout", c.registration.keyboard_layout, kMaxChoiceBytes, {"qwerty", "abc"});
    s.text("registration.tone_style", c.registration.tone_style, kMaxChoiceBytes, {"classic", "modern"});
    // Staff mode.
    s.integer("staff.idle_seconds", c.staff.idle_seconds, 30, 3600);
    s.text("staff.export_dir", c.staff.export_dir, kMaxPathBytes);
    s.https_url("followup.base_url", c.followup.base_url);
    s.identifier("followup.ref_param", c.followup.ref_param);
    // Idle warning and attract:
    static const char* const kDays[] = {"hours.monday", "hours.tuesday",  "hours.wednesday", "hours.thursday",
                                        "hours.friday", "hours.saturday", "hours.sunday"};
    for (int d = 0; d < 7; ++d) s.day_hours(kDays[d], c.hours.days[d]);
    s.integer("hours.utc_offset_minutes", c.hours.utc_offset_minutes, -12 * 60, 14 * 60);
    // Narration:
    s.boolean("voice.enabled", c.voice.enabled);
    s.integer("voice.rate", c.voice.rate, 80, 450);
    s.integer("voice.volume", c.voice.volume, 0, 200);
    s.boolean("voice.auto_read", c.voice.auto_read);
    s.text("voice.cache_dir", c.voice.cache_dir, kMaxPathBytes);
    return s;
}

// Walks every leaf key so that unknown keys are reported, not ignored.
void walk(const toml::table& table, const std::string& prefix, const Schema& schema, const std::string& path,
          std::vector<Error>& errors) {
    for (const auto& [k, node] : table) {
        const std::string key = prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
        if (const toml::table* sub = node.as_table(); sub && !schema.find(key)) {
            walk(*sub, key, schema, path, errors);
            continue;
        }
        const KeySpec* spec = schema.find(key);
        if (!spec) {
            errors.push_back(
                {where(path, k.source()),
                 "unknown key " + key + " (see the comments in config/kiosk.toml for the keys there are)"});
            continue;
        }
        if (std::string msg = spec->read(node); !msg.empty()) errors.push_back({where(path, node.source()), msg});
    }
}

}  // namespace

Result<Config> parse_config(std::string_view text, const std::string& path) {
    Config config;
    toml::table table;
    try {
        TomlLimits limits;
        limits.max_bytes = kMaxConfigBytes;
        table = parse_toml_guarded(text, path, limits);
    } catch (const toml::parse_error& e) {
        return Error{where(path, e.source()), std::string(e.description())};
    }
    std::vector<Error> errors;
    walk(table, "", schema_for(config), path, errors);
    if (config.printer.paper_width_mm != 58 && config.printer.paper_width_mm != 80)
        errors.push_back({path, "printer.paper_width_mm must be 58 or 80"});
    if (config.printer.output != "none" && config.printer.target.empty())
        errors.push_back({path, "printer.target must name the device, CUPS queue or file when printer.output is \"" +
                                    config.printer.output + "\""});
    if (config.session.warning_seconds >= config.session.idle_seconds)
        errors.push_back({path, "session.warning_seconds must be shorter than session.idle_seconds"});
    if (!errors.empty()) {
        // Report every problem at once; the first names the location.
        Error first = errors.front();
        for (size_t i = 1; i < errors.size(); ++i) first.message += "\n" + errors[i].to_string();
        return first;
    }
    return config;
}

Result<Config> load_config(const std::string& path) {
    auto text = read_regular_file(path, kMaxConfigBytes);
    if (!text) return Error{path, "the config file " + text.error().message};
    return parse_config(*text, path);
}

}  // namespace tramso
