// Character classes and simple (one-to-one) case mapping. Case mapping covers all of Unicode
// (its simple mappings, from utf8proc: İ→i, ß stays ß); is_letter keeps to the Latin script
// the input engine types, and is_any_letter answers for every script.
#pragma once

#include <string>
#include <string_view>

namespace tramso::text {

char32_t to_lower(char32_t cp);
char32_t to_upper(char32_t cp);
// Title case of one letter: to_upper except for the digraphs (ǆ→ǅ, not Ǆ).
char32_t to_title(char32_t cp);

// Code-point-wise mapping; NFC input stays NFC (Đ→đ, Ấ→ấ, Ư→ư, …).
std::string to_lower(std::string_view s);
std::string to_upper(std::string_view s);

bool is_upper(char32_t cp);

// A Latin-script letter (including every precomposed Vietnamese letter).
bool is_letter(char32_t cp);

// A letter of any script (Unicode general category L*).
bool is_any_letter(char32_t cp);

// U+0300–U+036F, the combining diacritical marks.
bool is_combining_mark(char32_t cp);

// ASCII white space, no-break space and the Unicode space separators.
bool is_space(char32_t cp);

}  // namespace tramso::text
