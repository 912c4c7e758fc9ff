#include "site/safety_numbers.h"

#include <string_view>

namespace tramso::site {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool has_whole_number(std::string_view text, std::string_view number) {
    for (std::size_t at = text.find(number); at != std::string_view::npos; at = text.find(number, at + 1)) {
        const bool left_ok = at == 0 || !is_digit(text[at - 1]);
        const bool right_ok = at + number.size() >= text.size() || !is_digit(text[at + number.size()]);
        if (left_ok && right_ok) return true;
    }
    return false;
}

// Lessons send her to "số tổng đài in ở mặt sau thẻ ngân hàng" / "số in trên thẻ ngân hàng".
bool names_bank_hotline(std::string_view text) {
    return text.find("thẻ ngân hàng") != std::string_view::npos &&
           (text.find("tổng đài") != std::string_view::npos || text.find("số in") != std::string_view::npos);
}

std::string all_words(const Lesson& lesson) {
    std::string words;
    auto add = [&](const LocalText& t) { words += t.vi + "\n"; };
    for (const Step& s : lesson.steps) {
        add(s.text), add(s.narration), add(s.hint), add(s.success), add(s.question);
        for (const Answer& a : s.answers) add(a.text), add(a.feedback);
        for (const LocalText& l : s.learned) add(l);
    }
    return words;
}

}  // namespace

std::vector<SafetyNumber> safety_numbers_in(const Lesson& lesson) {
    const std::string words = all_words(lesson);
    std::vector<SafetyNumber> found;
    if (has_whole_number(words, "113")) found.push_back(SafetyNumber::police_113);
    if (has_whole_number(words, "114")) found.push_back(SafetyNumber::fire_114);
    if (has_whole_number(words, "115")) found.push_back(SafetyNumber::ambulance_115);
    if (names_bank_hotline(words)) found.push_back(SafetyNumber::bank_hotline);
    return found;
}

}  // namespace tramso::site
