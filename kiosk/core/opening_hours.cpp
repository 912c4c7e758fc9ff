#include "core/opening_hours.h"

namespace tramso {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

bool two_digits(std::string_view s, int& out) {
    if (s.size() != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9') return false;
    out = (s[0] - '0') * 10 + (s[1] - '0');
    return true;
}

// "HH:MM" → minutes; 24:00 is allowed (closing at midnight).
Result<int> parse_clock(std::string_view s) {
    s = trim(s);
    int h = 0, m = 0;
    if (s.size() != 5 || s[2] != ':' || !two_digits(s.substr(0, 2), h) || !two_digits(s.substr(3, 2), m))
        return Error{std::string(s), "a time must be written HH:MM, e.g. 07:30"};
    if (m > 59 || h > 24 || (h == 24 && m != 0)) return Error{std::string(s), "not a time of day (00:00 to 24:00)"};
    return h * 60 + m;
}

}  // namespace

std::optional<NextOpening> next_opening(const OpeningHours& hours, Millis wall_ms) {
    const LocalDateTime now = local_date_time(wall_ms, hours.utc_offset_minutes);
    for (int ahead = 0; ahead <= 7; ++ahead) {
        const int day = weekday_index(add_days(now.date, std::chrono::days{ahead}));
        for (const OpenSpan& s : hours.days[day].spans)
            if (ahead > 0 || s.open_min > now.minute_of_day()) return NextOpening{day, s.open_min};
    }
    return std::nullopt;
}

bool OpeningHours::always_open() const {
    for (const DayHours& d : days)
        if (!(d == DayHours{})) return false;
    return true;
}

Result<DayHours> parse_day_hours(std::string_view text) {
    const std::string_view all = trim(text);
    DayHours day;
    day.spans.clear();
    if (all == "closed") return day;
    if (all.empty()) return Error{"hours", "write \"closed\" or spans like \"07:30-11:30, 13:30-21:00\""};
    std::string_view rest = all;
    while (!rest.empty()) {
        const size_t comma = rest.find(',');
        const std::string_view span = trim(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        if (comma != std::string_view::npos && trim(rest).empty())
            return Error{std::string(all), "a comma must be followed by another span"};
        const size_t dash = span.find('-');
        if (dash == std::string_view::npos)
            return Error{std::string(span), "a span is opening-closing, e.g. 07:30-11:30"};
        auto open = parse_clock(span.substr(0, dash));
        if (!open) return open.error();
        auto close = parse_clock(span.substr(dash + 1));
        if (!close) return close.error();
        if (*open >= *close) return Error{std::string(span), "the span must open before it closes"};
        if (!day.spans.empty() && *open < day.spans.back().close_min)
            return Error{std::string(span), "spans must be in order and must not overlap"};
        day.spans.push_back({*open, *close});
    }
    return day;
}

bool is_open(const OpeningHours& hours, Millis wall_ms) {
    const LocalDateTime t = local_date_time(wall_ms, hours.utc_offset_minutes);
    const int minute = t.minute_of_day();
    for (const OpenSpan& s : hours.days[t.weekday()].spans)
        if (minute >= s.open_min && minute < s.close_min) return true;
    return false;
}

std::string format_spans(const DayHours& day) {
    std::string out;
    for (const OpenSpan& s : day.spans) {
        if (!out.empty()) out += ", ";
        out += clock_text(s.open_min) + "\u2013" + clock_text(s.close_min);
    }
    return out;
}

std::vector<DayGroup> group_days(const OpeningHours& hours) {
    std::vector<DayGroup> groups;
    for (int d = 0; d < 7; ++d) {
        if (!groups.empty() && groups.back().hours == hours.days[d])
            groups.back().last_day = d;
        else
            groups.push_back({d, d, hours.days[d]});
    }
    return groups;
}

}  // namespace tramso
