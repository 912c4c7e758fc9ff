#include "store/civil_time.h"

#include <cstdio>

namespace tramso::store {

namespace {

constexpr std::int64_t kMsPerDay = 86'400'000;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

}  // namespace

// Howard Hinnant's days_from_civil / civil_from_days algorithms (public domain descriptions).
std::int64_t days_from_civil(CivilDate date) {
    const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = floor_div(y, 400);
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (date.month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(std::int64_t days) {
    days += 719468;
    const std::int64_t era = floor_div(days, 146097);
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

Millis local_day_start_ms(CivilDate date, int utc_offset_minutes) {
    return days_from_civil(date) * kMsPerDay - std::int64_t{utc_offset_minutes} * 60'000;
}

CivilDate local_date(Millis at_ms, int utc_offset_minutes) {
    return civil_from_days(floor_div(at_ms + std::int64_t{utc_offset_minutes} * 60'000, kMsPerDay));
}

std::string format_date(CivilDate date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buf;
}

std::string utc_file_stamp(Millis at_ms) {
    const CivilDate d = civil_from_days(floor_div(at_ms, kMsPerDay));
    const std::int64_t s = (at_ms - floor_div(at_ms, kMsPerDay) * kMsPerDay) / 1000;
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02dZ", d.year, d.month, d.day,
                  static_cast<int>(s / 3600), static_cast<int>(s / 60 % 60),
                  static_cast<int>(s % 60));
    return buf;
}

}  // namespace tramso::store
