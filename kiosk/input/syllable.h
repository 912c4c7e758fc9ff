// The word being typed, as letters plus one tone for the whole word, and the Vietnamese
// spelling rules over it: where the syllable's vowel nucleus is, whether the spelling can
// still become a real syllable, and which vowel carries the tone.
//
// The tone belongs to the word, not to a letter, so it moves by itself as letters are typed
// ("hoaf" → hòa, then "n" → hoàn) and never needs to be "moved" by the engine.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/vietnamese.h"

namespace tramso::input {

using text::Mark;
using text::Tone;

// Where the tone goes in oa, oe, uy without a final consonant.
enum class ToneStyle {
    Classic,  // hòa, khỏe, thủy — the traditional placement, default
    Modern,   // hoà, khoẻ, thuỷ — 2018 Ministry of Education rules
};

struct Letter {
    // Lower case. a–z for Vietnamese letters (with `mark` giving â ă ê ô ơ ư đ); any other
    // code point (ç, ü, a digit, a letter with its own tone) is kept as typed and never changes.
    char32_t base = 0;
    Mark mark = Mark::None;
    bool upper = false;
    // The u of "uo" that got its horn from the ươ rule ("uow"): hidden in an open syllable
    // after h/kh/th, so "thuowr" reads thuở while "nguowif" reads người.
    bool auto_horn = false;
    // An ư created by "w" on its own: pressing "w" again takes the whole letter back out.
    bool from_w = false;
};

struct Word {
    std::vector<Letter> letters;
    Tone tone = Tone::None;
    // Set when the word was read back from text: the tone stays where that text had it
    // (which may follow the other ToneStyle) until the word is edited.
    std::optional<std::size_t> pinned_tone_at;
};

// The parts of a syllable as letter indices: initial [0, vowel_begin), nucleus
// [vowel_begin, vowel_end), final [vowel_end, size). "qu" and "gi" belong to the initial when
// another vowel follows them (quả, giữ) but "i" is the vowel of gì, gìn.
struct Syllable {
    std::size_t vowel_begin = 0;
    std::size_t vowel_end = 0;
    bool has_vowel() const { return vowel_end > vowel_begin; }
};

bool is_vowel(const Letter& letter);
Syllable analyse(const std::vector<Letter>& letters);

// True if the letters spell a Vietnamese syllable or the start of one (marks still to come
// count: "uo" can become uô/ươ/uơ). Transformations are only made when this holds, so English
// words and foreign names typed by staff come through untouched ("Jess", "class").
bool is_plausible_syllable(const std::vector<Letter>& letters);

// The mark a letter shows: a hidden auto horn (uơ in an open syllable) counts as none.
Mark displayed_mark(const std::vector<Letter>& letters, std::size_t index);

// Index of the letter that carries the tone, or nullopt if the word has no vowel.
std::optional<std::size_t> tone_position(const std::vector<Letter>& letters, ToneStyle style);

// Where the word's tone is shown: the pinned position if any, else tone_position().
std::optional<std::size_t> shown_tone_position(const Word& word, ToneStyle style);

// The word as NFC code points.
std::u32string render(const Word& word, ToneStyle style);

// Reads displayed text (one word, NFC) back into letters, e.g. after backspacing into a word.
// A word with more than one toned letter cannot be one syllable; its letters are kept as they
// are and nothing in it is transformed.
Word parse_word(std::u32string_view text);

}  // namespace tramso::input
