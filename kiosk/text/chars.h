// Character classes and simple (one-to-one) case mapping for the scripts the kiosk shows:
// ASCII, Latin-1, Latin Extended-A, the Vietnamese letters of Latin Extended-B and Latin
// Extended Additional. Other code points are left alone rather than guessed at.
#pragma once

#include <string>
#include <string_view>

namespace tramso::text {

char32_t to_lower(char32_t cp);
char32_t to_upper(char32_t cp);

// Code-point-wise mapping; NFC input stays NFC (Đ→đ, Ấ→ấ, Ư→ư, …).
std::string to_lower(std::string_view s);
std::string to_upper(std::string_view s);

bool is_upper(char32_t cp);

// A Latin-script letter (including every precomposed Vietnamese letter).
bool is_letter(char32_t cp);

// U+0300–U+036F, the combining diacritical marks.
bool is_combining_mark(char32_t cp);

// ASCII white space, no-break space and the Unicode space separators.
bool is_space(char32_t cp);

}  // namespace tramso::text
