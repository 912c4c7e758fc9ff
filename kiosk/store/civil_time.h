// Calendar arithmetic for reports and file names, without the C library's time zone state:
// the kiosk's offset from UTC is a setting (Vietnam: +7:00, no daylight saving), passed in.
#pragma once

#include <cstdint>
#include <string>

#include "core/clock.h"

namespace tramso::store {

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31
};

// Days since 1970-01-01 for a proleptic Gregorian date, and back.
std::int64_t days_from_civil(CivilDate date);
CivilDate civil_from_days(std::int64_t days);

// The instant local midnight starts the given date.
Millis local_day_start_ms(CivilDate date, int utc_offset_minutes);
// The local date at an instant.
CivilDate local_date(Millis at_ms, int utc_offset_minutes);

// "2026-01-12"
std::string format_date(CivilDate date);
// "20260112T031500Z": sortable, safe in file names.
std::string utc_file_stamp(Millis at_ms);

}  // namespace tramso::store
