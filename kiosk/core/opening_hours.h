// The center's opening hours (config [hours]): per weekday, zero or more open spans in the
// kiosk's local time. Outside them the attract screen dims to a clock. Pure: the
// clock's wall time goes in, "open or not" comes out, so tests pick any moment of any day.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_time.h"
#include "core/clock.h"
#include "core/result.h"

namespace tramso {

// [open_min, close_min) in minutes after local midnight; close_min may be 1440 ("24:00").
struct OpenSpan {
    int open_min = 0;
    int close_min = 24 * 60;
    bool operator==(const OpenSpan&) const = default;
};

// No spans: closed all day.
struct DayHours {
    std::vector<OpenSpan> spans{OpenSpan{}};
    bool operator==(const DayHours&) const = default;
};

struct OpeningHours {
    std::array<DayHours, 7> days;  // [0] Monday … [6] Sunday; default: open all day, every day
    int utc_offset_minutes = kVietnamUtcOffsetMinutes;
    bool always_open() const;
};

// "closed" or "HH:MM-HH:MM", several spans separated by commas ("07:30-11:30, 13:30-21:00").
// Strict: two-digit hours and minutes, 00:00–24:00, each span opens before it closes, spans in
// order without overlap. The error says what is wrong in words a center's staff can act on.
Result<DayHours> parse_day_hours(std::string_view text);

bool is_open(const OpeningHours& hours, Millis wall_ms);

// When the center next opens after wall_ms (within a week); nullopt if it never opens.
struct NextOpening {
    int weekday = 0;  // 0 Monday … 6 Sunday
    int minute_of_day = 0;
};
std::optional<NextOpening> next_opening(const OpeningHours& hours, Millis wall_ms);

// "07:30–11:30, 13:30–21:00" (en dash), or "" for a closed day.
std::string format_spans(const DayHours& day);

// Consecutive weekdays with the same hours, for a short table ("Thứ Hai – Thứ Sáu").
struct DayGroup {
    int first_day = 0, last_day = 0;
    DayHours hours;
};
std::vector<DayGroup> group_days(const OpeningHours& hours);

}  // namespace tramso
