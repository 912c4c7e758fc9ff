// The checks on a learner's answers. Each names a message (a string key) in plain words that
// the screen shows beside the field; nothing she typed is changed or thrown away.
#include <cctype>

#include "app/registration.h"
#include "core/resume_code.h"
#include "text/chars.h"
#include "text/names.h"
#include "text/utf8.h"

namespace tramso::app {

// Learners are adults and the oldest are very old; anything outside is a typing slip
// (1850, 2025) worth a gentle question rather than a stored mistake.
int earliest_birth_year(int current_year) { return current_year - 110; }
int latest_birth_year(int current_year) { return current_year - 10; }

std::string check_name(const std::string& name) {
    const std::u32string cps = text::decode(text::tidy_spaces(name));
    int letters = 0;
    for (char32_t c : cps) {
        if (text::is_letter(c))
            ++letters;
        else if (c >= U'0' && c <= U'9')
            return "register.problem.name_digits";
    }
    if (letters == 0) return "register.problem.name_empty";
    if (letters < 2) return "register.problem.name_short";
    return "";
}

std::string check_birth_year(const std::string& digits, int current_year) {
    if (digits.empty()) return "register.problem.year_empty";
    if (digits.size() != kYearDigits) return "register.problem.year_four_digits";
    const int year = std::stoi(digits);
    if (year < earliest_birth_year(current_year) || year > latest_birth_year(current_year))
        return "register.problem.year_range";
    return "";
}

std::string check_phone(const std::string& digits) {
    if (digits.empty()) return "";
    if (digits[0] != '0') return "register.problem.phone_zero";
    if (digits.size() != kPhoneDigits) return "register.problem.phone_length";
    // Vietnamese mobile numbers since 2018: 03x, 05x, 07x, 08x, 09x.
    const char second = digits[1];
    if (second != '3' && second != '5' && second != '7' && second != '8' && second != '9')
        return "register.problem.phone_mobile";
    return "";
}

std::string check_resume_code(const std::string& code) {
    if (code.empty()) return "returning.problem.code_empty";
    if (!normalize_resume_code(code)) return "returning.problem.code_length";
    return "";
}

}  // namespace tramso::app
