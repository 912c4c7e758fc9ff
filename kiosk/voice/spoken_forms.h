// The spoken forms behind speech_text(): one function per kind of token a learner meets on
// screen (a code, a keypad sequence, a web address, a time, a date, an amount), each returning
// what to say for it, or nullopt when the token is not of that kind. Internal to the voice
// module; the public entry points are in speech_text.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang.h"

namespace tramso::voice::spoken {

using U32View = std::u32string_view;

// Words the rules say, per language.
struct Words {
    const char* over;      // 3/8
    const char* decimal;   // 2,5
    const char* currency;  // đ, ₫, VND
    const char* thousand;  // 50k
    const char* million;   // 2tr
    const char* percent;
    const char* plus;
    const char* minus;
    const char* to;    // 3-5
    const char* and_;  // &
    const char* star;  // * on a phone keypad
    const char* hash;  // #
    const char* at;    // @
    const char* dot;
    const char* slash;
    const char* dash;
    const char* underscore;
};
const Words& words(Lang lang);

// [SECTION] Character classes
bool is_digit(char32_t c);
bool all_digits(U32View s);
bool is_pause_symbol(char32_t c);    // • → — …: read as a short pause
bool is_dropped_symbol(char32_t c);  // emoji, quotes, stray ASCII symbols: not read at all
bool is_trailing_punct(char32_t c);  // . , ; : ! ? ) … at the end of a word

// [SECTION] Whole-token rules
std::string spell(U32View code, Lang lang);     // "K, 7, Q"; * and # as words
bool is_code(U32View s);                        // K7Q2XM
bool is_keypad(U32View s);                      // *101#
bool is_spelled_acronym(U32View s, Lang lang);  // OTP → "O T P"
std::string spell_acronym(U32View s);
bool is_web_address(U32View s);
std::string web_text(U32View s, Lang lang);
std::optional<std::string> time_text(U32View s, Lang lang);
std::optional<std::string> date_text(U32View s, Lang lang, bool after_ngay);
std::optional<std::string> pair_text(U32View s, Lang lang);    // 3/8, 3-5
std::optional<std::string> amount_text(U32View s, Lang lang);  // 70.000đ, +140.000, 2,5, 0912…
bool is_currency_word(U32View s);                              // đ after a number

std::string join(const std::vector<std::string>& parts, const char* sep);

}  // namespace tramso::voice::spoken
