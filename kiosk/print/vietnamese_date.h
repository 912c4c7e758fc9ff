// Dates as a Vietnamese slip prints them: "Ngày 28 tháng 11 năm 2026".
#pragma once

#include <string>

#include "core/clock.h"

namespace tramso {

struct CivilDate {
    int year = 1970;
    int month = 1;  // 1–12
    int day = 1;    // 1–31
};

// Vietnam keeps UTC+7 all year, so the default offset is right for every kiosk there.
inline constexpr int kVietnamUtcOffsetMinutes = 7 * 60;

CivilDate civil_date_from_wall_ms(Millis wall_ms,
                                  int utc_offset_minutes = kVietnamUtcOffsetMinutes);
std::string vietnamese_date(const CivilDate& date);

}  // namespace tramso
