#include "print/vietnamese_date.h"

namespace tramso {

std::string vietnamese_date(const CivilDate& date) {
    return "Ngày " + std::to_string(date.day) + " tháng " + std::to_string(date.month) + " năm " +
           std::to_string(date.year);
}

}  // namespace tramso
