// Dates as a Vietnamese slip prints them: "Ngày 28 tháng 11 năm 2026".
#pragma once

#include <string>

#include "core/civil_time.h"

namespace tramso {

std::string vietnamese_date(const CivilDate& date);

}  // namespace tramso
