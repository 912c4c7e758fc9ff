// Unicode canonical normalisation (NFC/NFD) for Latin and Vietnamese text.
//
// Covers every precomposed letter of Latin-1, Latin Extended-A, Ơ/Ư and the Vietnamese block
// U+1EA0–U+1EF9, with canonical ordering of the combining marks (dot below, ccc 220, sorts
// before circumflex, ccc 230; horn is ccc 216). Code points outside those tables pass through
// unchanged. Vietnamese text arrives in all forms: typed on the kiosk (NFC), pasted from
// phones (sometimes NFD), or from old Windows "tổ hợp" input (base + tone mark), and names
// must compare equal whichever way they came in.
#pragma once

#include <string>
#include <string_view>

namespace tramso::text {

std::u32string to_nfd(std::u32string_view s);
std::u32string to_nfc(std::u32string_view s);

std::string to_nfd(std::string_view utf8);
std::string to_nfc(std::string_view utf8);

// Canonical combining class of a combining mark (0 for starters).
int combining_class(char32_t cp);

}  // namespace tramso::text
