#include "core/civil_time.h"

#include <cstdio>

namespace tramso {

namespace {

using std::chrono::days;
using std::chrono::floor;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::sys_days;
using std::chrono::sys_time;
using std::chrono::year_month_day;

sys_time<milliseconds> instant(Millis at_ms) { return sys_time<milliseconds>{milliseconds(at_ms)}; }

// Local wall time as if it were UTC: the calendar types then give the local date directly.
sys_time<milliseconds> local_instant(Millis at_ms, int utc_offset_minutes) {
    return instant(at_ms) + minutes(utc_offset_minutes);
}

}  // namespace

year_month_day to_year_month_day(CivilDate date) {
    return year_month_day{std::chrono::year{date.year}, std::chrono::month{unsigned(date.month)},
                          std::chrono::day{unsigned(date.day)}};
}

CivilDate to_civil_date(year_month_day ymd) {
    return CivilDate{int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
}

sys_days to_sys_days(CivilDate date) { return sys_days{to_year_month_day(date)}; }

CivilDate to_civil_date(sys_days day) { return to_civil_date(year_month_day{day}); }

CivilDate add_days(CivilDate date, days n) { return to_civil_date(to_sys_days(date) + n); }

days days_between(CivilDate from, CivilDate to) { return to_sys_days(to) - to_sys_days(from); }

int weekday_index(CivilDate date) {
    // ISO numbering is Monday 1 … Sunday 7.
    return int(std::chrono::weekday{to_sys_days(date)}.iso_encoding()) - 1;
}

CivilDate week_start(CivilDate date) { return add_days(date, days{-weekday_index(date)}); }

CivilDate first_of_month(CivilDate date, std::chrono::months n) {
    const year_month_day ymd = to_year_month_day(date);
    return to_civil_date((ymd.year() / ymd.month() + n) / std::chrono::day{1});
}

LocalDateTime local_date_time(Millis at_ms, int utc_offset_minutes) {
    const sys_time<milliseconds> local = local_instant(at_ms, utc_offset_minutes);
    const sys_days day = floor<days>(local);
    return LocalDateTime{to_civil_date(day), (local - day).count()};
}

CivilDate local_date(Millis at_ms, int utc_offset_minutes) {
    return to_civil_date(floor<days>(local_instant(at_ms, utc_offset_minutes)));
}

Millis local_day_start_ms(CivilDate date, int utc_offset_minutes) {
    const sys_time<milliseconds> start = to_sys_days(date) - minutes(utc_offset_minutes);
    return start.time_since_epoch().count();
}

Millis ms_until_next_minute(Millis at_ms) {
    const sys_time<milliseconds> now = instant(at_ms);
    return (floor<minutes>(now) + minutes(1) - now).count();
}

std::string format_date(CivilDate date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buf;
}

std::string format_day_month_year(CivilDate date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", date.day, date.month, date.year);
    return buf;
}

std::string clock_text(int minute_of_day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", (minute_of_day / 60) % 100, minute_of_day % 60);
    return buf;
}

std::string utc_file_stamp(Millis at_ms) {
    const LocalDateTime t = local_date_time(at_ms, 0);
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02dZ", t.date.year, t.date.month, t.date.day, t.hour(),
                  t.minute(), t.second());
    return buf;
}

}  // namespace tramso
