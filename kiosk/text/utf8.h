// UTF-8 <-> code points. Everything in the kiosk is UTF-8 std::string; these helpers are the
// one place that knows the byte layout. Malformed input never throws: a bad byte decodes to
// U+FFFD and decoding resumes at the next byte, so a corrupt name still displays.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tramso::text {

inline constexpr char32_t kReplacementChar = U'\uFFFD';

// Decodes the code point starting at byte `pos` and moves `pos` past it. Overlong forms,
// surrogates and values above U+10FFFF decode to U+FFFD (one byte consumed).
char32_t decode_next(std::string_view s, std::size_t& pos);

std::u32string decode(std::string_view s);

void append_utf8(std::string& out, char32_t cp);
std::string encode(std::u32string_view cps);
std::string encode(char32_t cp);

bool is_valid_utf8(std::string_view s);

// Number of code points (a malformed byte counts as one).
std::size_t length(std::string_view s);

}  // namespace tramso::text
