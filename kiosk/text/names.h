// Text helpers for people's names: the key used to find a learner by name, and tidy
// capitalisation for display and printing.
#pragma once

#include <string>
#include <string_view>

namespace tramso::text {

// Key for matching names however they were typed: NFKC, case folded, every mark (tone and
// letter marks alike) removed, đ→d, default-ignorable characters dropped, runs of white space
// collapsed to one space, ends trimmed.
// "Hoà", "Hòa", "HOÀ", "hoa" and an NFD "Hòa" all give "hoa"; "Đặng  Thị " gives "dang thi".
std::string search_key(std::string_view name);

// NFC with every mark removed and đ/Đ turned into d/D, keeping case and spacing.
std::string strip_marks(std::string_view s);

// "nguyễn  thị HƯƠNG " → "Nguyễn Thị Hương": NFC, white space collapsed and trimmed, the
// first letter of each word (after a space, hyphen or apostrophe: "H'Hen") title case and the
// rest lower case, in any script. The result is NFC and title_case_name of it is itself.
std::string title_case_name(std::string_view name);

// NFC, white space collapsed to single spaces and trimmed; case untouched.
std::string tidy_spaces(std::string_view s);

}  // namespace tramso::text
