// The kiosk's civil time: calendar dates, local days and times of day, built on the C++20
// calendar types in <chrono>. The C library's time zone state is never read: the kiosk's offset
// from UTC is a setting ([hours] utc_offset_minutes; Vietnam is +7:00 all year, no daylight
// saving), passed in whole minutes. Plain integer arithmetic throughout, so the crash handler
// may call what returns no std::string.
#pragma once

#include <chrono>
#include <compare>
#include <string>

#include "core/clock.h"

namespace tramso {

// A day's length, for Millis arithmetic (retention periods, daily jobs, day ranges).
inline constexpr std::chrono::milliseconds kDay = std::chrono::days{1};
inline constexpr Millis kDayMs = kDay.count();
inline constexpr Millis kHourMs = std::chrono::milliseconds(std::chrono::hours{1}).count();

// Vietnam keeps UTC+7 all year, so this default is right for every kiosk there.
inline constexpr int kVietnamUtcOffsetMinutes = 7 * 60;

// A proleptic Gregorian date as the screens, slips and exports spell it out.
struct CivilDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
    friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

std::chrono::year_month_day to_year_month_day(CivilDate date);
CivilDate to_civil_date(std::chrono::year_month_day ymd);
std::chrono::sys_days to_sys_days(CivilDate date);
CivilDate to_civil_date(std::chrono::sys_days day);

CivilDate add_days(CivilDate date, std::chrono::days n);
// to − from: positive when `to` is later.
std::chrono::days days_between(CivilDate from, CivilDate to);
// 0 Monday … 6 Sunday, the order of the [hours] table.
int weekday_index(CivilDate date);
// The Monday that starts the week holding `date`.
CivilDate week_start(CivilDate date);
// The first day of the month `n` months after the one holding `date` (n may be negative).
CivilDate first_of_month(CivilDate date, std::chrono::months n = std::chrono::months{0});

// An instant as the kiosk's wall clock reads it.
struct LocalDateTime {
    CivilDate date;
    Millis ms_of_day = 0;  // [0, kDayMs)
    int weekday() const { return weekday_index(date); }
    int minute_of_day() const { return int(ms_of_day / 60'000); }  // 0..1439
    int hour() const { return int(ms_of_day / kHourMs); }
    int minute() const { return minute_of_day() % 60; }
    int second() const { return int(ms_of_day / 1000 % 60); }
    int millisecond() const { return int(ms_of_day % 1000); }
};

LocalDateTime local_date_time(Millis at_ms, int utc_offset_minutes);
CivilDate local_date(Millis at_ms, int utc_offset_minutes);
// The instant local midnight starts `date`.
Millis local_day_start_ms(CivilDate date, int utc_offset_minutes);
// How long until the wall clock's minute next turns: (0, 60 000]. Offsets are whole minutes,
// so every offset's minute turns at the same instant.
Millis ms_until_next_minute(Millis at_ms);

// "2026-01-12"
std::string format_date(CivilDate date);
// "12/01/2026", the way Vietnamese staff write a date.
std::string format_day_month_year(CivilDate date);
// "07:30" for minutes after midnight; 1440 is "24:00" (a span closing at midnight).
std::string clock_text(int minute_of_day);
// "20260112T031500Z": sortable, safe in file names.
std::string utc_file_stamp(Millis at_ms);

}  // namespace tramso
