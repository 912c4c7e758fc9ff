// The Vietnamese alphabet as data: every vowel letter is (base, mark, tone), e.g. ậ = (a,
// Circumflex, Nang), and đ = (d, Stroke). The normaliser and the input engine both build on
// this one table instead of each keeping its own list of code points.
#pragma once

#include <optional>
#include <string_view>

namespace tramso::text {

// The five tones plus "none" (thanh ngang). Names are the Vietnamese ones users see.
enum class Tone : unsigned char { None, Sac, Huyen, Hoi, Nga, Nang };

// The letter-forming marks: â ê ô (Circumflex), ă (Breve), ơ ư (Horn), đ (Stroke).
enum class Mark : unsigned char { None, Circumflex, Breve, Horn, Stroke };

struct LetterParts {
    char32_t base = 0;  // lower-case ASCII: a e i o u y d
    Mark mark = Mark::None;
    Tone tone = Tone::None;
    bool upper = false;
};

// Splits a Vietnamese letter (plain a e i o u y d included, either case). Returns nullopt for
// anything else, including Latin letters Vietnamese does not use (ç, ü, …).
std::optional<LetterParts> split_vietnamese_letter(char32_t cp);

// The precomposed letter for (base, mark, tone), or 0 if Vietnamese has no such letter.
char32_t make_vietnamese_letter(char32_t base, Mark mark, Tone tone, bool upper = false);

// The combining character for a tone (U+0301 for Sac, …); 0 for Tone::None.
char32_t combining_mark(Tone tone);
// The combining character for a mark; 0 for Mark::None and Mark::Stroke (đ does not decompose).
char32_t combining_mark(Mark mark);
// Tone for a combining character (U+0340/U+0341 count as grave/acute); nullopt if not a tone.
std::optional<Tone> tone_from_combining(char32_t cp);
// Mark for a combining character; nullopt if not one of U+0302, U+0306, U+031B.
std::optional<Mark> mark_from_combining(char32_t cp);

// "sắc", "huyền", "hỏi", "ngã", "nặng", or "ngang" for Tone::None.
std::string_view tone_name(Tone tone);

}  // namespace tramso::text
