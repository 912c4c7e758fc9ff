// The kiosk's civil time: dates, local days at any UTC offset, weekdays and the stamps.
#include <doctest/doctest.h>

#include "core/civil_time.h"

namespace doctest {
template <>
struct StringMaker<tramso::CivilDate> {
    static String convert(const tramso::CivilDate& d) { return tramso::format_date(d).c_str(); }
};
}  // namespace doctest

using namespace tramso;
using std::chrono::days;
using std::chrono::months;

namespace {

std::int64_t day_number(CivilDate date) { return to_sys_days(date).time_since_epoch().count(); }

// An instant written as UTC calendar time.
Millis utc(CivilDate date, int hour, int minute = 0) {
    return local_day_start_ms(date, 0) + Millis(hour) * kHourMs + Millis(minute) * 60'000;
}

}  // namespace

TEST_CASE("a day is 86 400 000 ms") {
    CHECK(kDayMs == 86'400'000);
    CHECK(kHourMs == 3'600'000);
    CHECK(kDay == std::chrono::days{1});
}

TEST_CASE("calendar days convert both ways across leap years") {
    CHECK(day_number({1970, 1, 1}) == 0);
    CHECK(day_number({2000, 3, 1}) == 11017);
    for (std::int64_t d = -800; d < 40'000; d += 17) {
        const CivilDate c = to_civil_date(std::chrono::sys_days{days{d}});
        CHECK(day_number(c) == d);
    }
    CHECK(format_date(to_civil_date(to_sys_days({2024, 2, 29}))) == "2024-02-29");
}

TEST_CASE("dates before 1970 count back from the epoch") {
    CHECK(day_number({1969, 12, 31}) == -1);
    CHECK(day_number({1900, 1, 1}) == -25'567);
    CHECK(to_civil_date(std::chrono::sys_days{days{-719'468}}) == CivilDate{0, 3, 1});
    CHECK(local_date(-1, 0) == CivilDate{1969, 12, 31});
    const LocalDateTime last = local_date_time(-1, 0);
    CHECK(last.ms_of_day == kDayMs - 1);
    CHECK(last.hour() == 23);
    CHECK(last.minute() == 59);
    CHECK(last.second() == 59);
    CHECK(last.millisecond() == 999);
    CHECK(last.minute_of_day() == 1439);
    CHECK(utc_file_stamp(-1) == "19691231T235959Z");
    CHECK(utc_file_stamp(utc({1955, 7, 4}, 6, 30)) == "19550704T063000Z");
    CHECK(local_day_start_ms({1969, 12, 31}, 420) == -kDayMs - 420 * 60'000);
    CHECK(weekday_index({1969, 12, 31}) == 2);  // a Wednesday
    CHECK(weekday_index({1900, 1, 1}) == 0);    // a Monday
}

TEST_CASE("leap days: every fourth year, not 2100, but 2000") {
    CHECK(add_days({2024, 2, 28}, days{1}) == CivilDate{2024, 2, 29});
    CHECK(add_days({2024, 2, 29}, days{1}) == CivilDate{2024, 3, 1});
    CHECK(add_days({2100, 2, 28}, days{1}) == CivilDate{2100, 3, 1});
    CHECK(add_days({2000, 2, 28}, days{1}) == CivilDate{2000, 2, 29});
    CHECK(days_between({2024, 1, 1}, {2025, 1, 1}) == days{366});
    CHECK(days_between({2100, 1, 1}, {2101, 1, 1}) == days{365});
    CHECK(days_between({2000, 1, 1}, {2001, 1, 1}) == days{366});
    CHECK(to_year_month_day({2024, 2, 29}).ok());
    CHECK_FALSE(to_year_month_day({2100, 2, 29}).ok());
    CHECK(to_year_month_day({2000, 2, 29}).ok());
    CHECK(format_date(local_date(local_day_start_ms({2024, 2, 29}, 420) + kDayMs - 1, 420)) == "2024-02-29");
}

TEST_CASE("local days follow the kiosk's UTC offset") {
    // 2026-03-02 00:00 in Vietnam is 2026-03-01 17:00 UTC.
    const Millis start = local_day_start_ms({2026, 3, 2}, 420);
    CHECK(utc_file_stamp(start) == "20260301T170000Z");
    CHECK(format_date(local_date(start, 420)) == "2026-03-02");
    CHECK(format_date(local_date(start - 1, 420)) == "2026-03-01");
    CHECK(format_date(local_date(start, 0)) == "2026-03-01");
    CHECK(local_date_time(start, 0).hour() == 17);
    CHECK(local_date_time(start, 420).ms_of_day == 0);
}

TEST_CASE("a slip's date is Vietnam's local date") {
    // 17:30 UTC on 27 November is already 00:30 on the 28th in Hà Nội.
    const Millis ms = utc({2026, 11, 27}, 17, 30);
    CHECK(local_date(ms, kVietnamUtcOffsetMinutes) == CivilDate{2026, 11, 28});
    CHECK(local_date(ms, 0).day == 27);
}

TEST_CASE("negative offsets put the local day behind UTC") {
    // 00:00 on 2 March at UTC−5 is 05:00 UTC the same day.
    const Millis start = local_day_start_ms({2026, 3, 2}, -300);
    CHECK(utc_file_stamp(start) == "20260302T050000Z");
    const LocalDateTime t = local_date_time(utc({2026, 3, 2}, 3), -300);
    CHECK(t.date == CivilDate{2026, 3, 1});
    CHECK(t.hour() == 22);
    CHECK(t.weekday() == 6);  // still Sunday there
    // Half-hour and quarter-hour offsets.
    CHECK(local_date_time(utc({2026, 1, 1}, 2), -210).minute_of_day() == 22 * 60 + 30);
    CHECK(local_date_time(utc({2026, 1, 1}, 2), -210).date == CivilDate{2025, 12, 31});
    CHECK(local_date_time(utc({2026, 1, 1}, 0), 345).minute_of_day() == 5 * 60 + 45);
    // The config's extremes, −12:00 and +14:00, are two days apart at one instant.
    const Millis noon = utc({2026, 6, 15}, 12);
    CHECK(days_between(local_date(noon, -12 * 60), local_date(noon, 14 * 60)) == days{1});
    CHECK(local_date(utc({2026, 6, 15}, 11), -12 * 60) == CivilDate{2026, 6, 14});
    CHECK(local_date(utc({2026, 6, 15}, 10), 14 * 60) == CivilDate{2026, 6, 16});
}

TEST_CASE("days and months cross year boundaries") {
    CHECK(add_days({2025, 12, 31}, days{1}) == CivilDate{2026, 1, 1});
    CHECK(add_days({2026, 1, 1}, days{-1}) == CivilDate{2025, 12, 31});
    CHECK(add_days({2026, 1, 1}, days{-365}) == CivilDate{2025, 1, 1});
    CHECK(days_between({2026, 1, 1}, {2025, 12, 3}) == days{-29});
    CHECK(first_of_month({2025, 12, 15}, months{1}) == CivilDate{2026, 1, 1});
    CHECK(first_of_month({2026, 1, 31}, months{-1}) == CivilDate{2025, 12, 1});
    CHECK(first_of_month({2026, 1, 31}, months{-13}) == CivilDate{2024, 12, 1});
    CHECK(first_of_month({2026, 3, 31}) == CivilDate{2026, 3, 1});
    // New Year in Hà Nội is still New Year's Eve in UTC.
    const Millis new_year = local_day_start_ms({2026, 1, 1}, 420);
    CHECK(utc_file_stamp(new_year) == "20251231T170000Z");
    CHECK(local_date(new_year, 420) == CivilDate{2026, 1, 1});
    CHECK(local_date(new_year - 1, 420) == CivilDate{2025, 12, 31});
}

TEST_CASE("a week runs Monday to Sunday across a month end") {
    // 2026-03-01 is a Sunday; its week started on Monday 23 February.
    CHECK(week_start({2026, 3, 1}) == CivilDate{2026, 2, 23});
    CHECK(week_start({2026, 2, 23}) == CivilDate{2026, 2, 23});
    for (int i = 0; i < 7; ++i) CHECK(weekday_index(add_days({2026, 2, 23}, days{i})) == i);
    CHECK(add_days({2026, 1, 28}, days{7}) == CivilDate{2026, 2, 4});
    CHECK(weekday_index({2026, 2, 4}) == weekday_index({2026, 1, 28}));
    // A week across the year end: Thursday 1 January 2026 belongs to the week of 29 December.
    CHECK(week_start({2026, 1, 1}) == CivilDate{2025, 12, 29});
    CHECK(days_between(week_start({2026, 1, 1}), week_start({2026, 1, 5})) == days{7});
}

TEST_CASE("the wall clock's minute turns on whole minutes at every offset") {
    CHECK(ms_until_next_minute(0) == 60'000);
    CHECK(ms_until_next_minute(1) == 59'999);
    CHECK(ms_until_next_minute(59'999) == 1);
    CHECK(ms_until_next_minute(-1) == 1);
    CHECK(ms_until_next_minute(-60'000) == 60'000);
    const Millis at = utc({2026, 3, 2}, 9, 41) + 12'345;
    CHECK(local_date_time(at + ms_until_next_minute(at), 420).minute_of_day() ==
          local_date_time(at, 420).minute_of_day() + 1);
}

TEST_CASE("dates and times are written the way they are read") {
    CHECK(format_date({2026, 1, 12}) == "2026-01-12");
    CHECK(format_date({987, 3, 4}) == "0987-03-04");
    CHECK(format_day_month_year({2026, 1, 5}) == "05/01/2026");
    CHECK(clock_text(7 * 60 + 30) == "07:30");
    CHECK(clock_text(0) == "00:00");
    CHECK(clock_text(24 * 60) == "24:00");
    CHECK(utc_file_stamp(utc({2026, 1, 12}, 3, 15)) == "20260112T031500Z");
    CHECK(utc_file_stamp(utc({2026, 1, 12}, 3, 15) + 59'999) == "20260112T031559Z");
}
