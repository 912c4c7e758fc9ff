// The config reader on arbitrary text. A config it accepts keeps every documented limit
// (config.h, config/kiosk.toml), and its follow-up settings are ones the QR link builder takes:
// a kiosk that starts must not fail on every finish screen.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/config.h"
#include "fuzz_check.h"
#include "lessons/followup.h"
#include "qr/follow_up_url.h"
#include "text/utf8.h"

namespace {

bool in(int v, int lo, int hi) { return v >= lo && v <= hi; }

void check_hours(const tramso::DayHours& day) {
    int last_close = -1;
    for (const auto& span : day.spans) {
        FUZZ_CHECK(span.open_min >= 0 && span.open_min < span.close_min && span.close_min <= 24 * 60);
        FUZZ_CHECK(span.open_min >= last_close);
        last_close = span.close_min;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto config = tramso::parse_config(text, "fuzz.toml");
    if (!config) {
        FUZZ_CHECK(config.error().where.starts_with("fuzz.toml"));
        return 0;
    }
    const tramso::Config& c = *config;
    FUZZ_CHECK(!c.kiosk.id.empty() && c.kiosk.id.size() <= 64);
    FUZZ_CHECK(c.kiosk.id.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") ==
               std::string::npos);
    FUZZ_CHECK(tramso::text::is_valid_utf8(c.kiosk.center_name));
    FUZZ_CHECK(c.kiosk.language == "vi" || c.kiosk.language == "en");
    FUZZ_CHECK(c.display.scale >= 0.5 && c.display.scale <= 3);
    FUZZ_CHECK(c.display.diagonal_inches > 0);
    FUZZ_CHECK(in(c.display.windowed_width, 640, 7680) && in(c.display.windowed_height, 480, 4320));
    FUZZ_CHECK(in(c.storage.backup_keep, 1, 365) && in(c.storage.retention_personal_days, 0, 3650));
    FUZZ_CHECK(in(c.session.idle_seconds, 20, 3600) && in(c.session.warning_seconds, 5, 600));
    FUZZ_CHECK(in(c.attract.drift_period_seconds, 10, 3600) && in(c.attract.panel_seconds, 3, 120));
    FUZZ_CHECK(in(c.printer.paper_width_mm, 58, 80) && in(c.printer.timeout_seconds, 1, 120));
    FUZZ_CHECK(in(c.staff.idle_seconds, 30, 3600));
    FUZZ_CHECK(in(c.voice.rate, 80, 450) && in(c.voice.volume, 0, 200));
    FUZZ_CHECK(in(c.hours.utc_offset_minutes, -12 * 60, 14 * 60));
    for (const auto& day : c.hours.days) check_hours(day);
    FUZZ_CHECK(c.registration.wards.size() <= 40);
    for (const auto& ward : c.registration.wards) FUZZ_CHECK(!ward.empty() && ward.size() <= 80);

    FUZZ_CHECK(!tramso::check_https_url(c.followup.base_url));
    FUZZ_CHECK(tramso::build_follow_up_url(c.followup.base_url, "ABC234", c.followup.ref_param).ok());
    return 0;
}
