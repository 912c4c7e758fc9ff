// Unicode canonical normalisation (NFC/NFD) and combining classes for all of Unicode, from
// utf8proc (the Unicode version of the installed libutf8proc). Vietnamese text arrives in all
// forms: typed on the kiosk (NFC), pasted from phones (sometimes NFD), or from old Windows
// "tổ hợp" input (base + tone mark, U+0340/U+0341 included), and names must compare equal
// whichever way they came in. Malformed UTF-8 bytes become U+FFFD first, as in decode(); in the
// code point forms, values that are not Unicode scalar values (surrogates, above U+10FFFF)
// become U+FFFD too.
#pragma once

#include <string>
#include <string_view>

namespace tramso::text {

std::u32string to_nfd(std::u32string_view s);
std::u32string to_nfc(std::u32string_view s);

std::string to_nfd(std::string_view utf8);
std::string to_nfc(std::string_view utf8);

// Canonical combining class of a code point (0 for starters and for non-characters).
int combining_class(char32_t cp);

}  // namespace tramso::text
