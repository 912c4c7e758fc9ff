// Text helpers for people's names: the key used to find a learner by name, and tidy
// capitalisation for display and printing.
#pragma once

#include <string>
#include <string_view>

namespace tramso::text {

// Key for matching names however they were typed: NFC, lower case, tone and letter marks
// removed, đ→d, runs of white space collapsed to one space, ends trimmed.
// "Hoà", "Hòa", "HOÀ", "hoa" and an NFD "Hòa" all give "hoa"; "Đặng  Thị " gives "dang thi".
std::string search_key(std::string_view name);

// Removes every combining mark and turns đ/Đ into d/D, keeping case and spacing.
std::string strip_marks(std::string_view s);

// "nguyễn  thị HƯƠNG " → "Nguyễn Thị Hương": NFC, white space collapsed and trimmed, the
// first letter of each word (after a space, hyphen or apostrophe: "H'Hen") upper case and the rest
// lower case.
std::string title_case_name(std::string_view name);

// NFC, white space collapsed to single spaces and trimmed; case untouched.
std::string tidy_spaces(std::string_view s);

}  // namespace tramso::text
