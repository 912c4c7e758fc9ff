#include "print/vietnamese_date.h"

#include <chrono>

namespace tramso {

CivilDate civil_date_from_wall_ms(Millis wall_ms, int utc_offset_minutes) {
    using namespace std::chrono;
    const sys_time<milliseconds> local{milliseconds(wall_ms) + minutes(utc_offset_minutes)};
    const year_month_day ymd{floor<days>(local)};
    return CivilDate{static_cast<int>(ymd.year()),
                     static_cast<int>(static_cast<unsigned>(ymd.month())),
                     static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::string vietnamese_date(const CivilDate& date) {
    return "Ngày " + std::to_string(date.day) + " tháng " + std::to_string(date.month) + " năm " +
           std::to_string(date.year);
}

}  // namespace tramso
