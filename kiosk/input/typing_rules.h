// How each key changes the word being typed, for Telex and VNI, plus the operations behind
// the on-screen diacritic keys. Pure functions over a WordState; the editor owns the text
// around the word.
//
// Telex: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, uow ươ, w alone ư, dd đ; s f r x j set the tone
// (sắc huyền hỏi ngã nặng), z removes it. Marks may be typed later in the word (tieengs and
// tiengse both give tiếng). Pressing a tone or mark key again undoes it and types the letter
// ("ass" → "as", "aaa" → "aa"); that key then stays a plain letter for the rest of the word.
// Keys only transform a word that can still be a Vietnamese syllable, so "Jess" stays Jess.
// VNI: 6 â ê ô, 7 ơ ư, 8 ă, 9 đ, 1–5 tones, 0 removes; a digit with nothing to do is text.
#pragma once

#include <string>

#include "input/syllable.h"

namespace tramso::input {

enum class InputMethod {
    Telex,  // default
    Vni,
    Plain,  // letters as typed, e.g. for e-mail addresses
};

struct WordState {
    Word word;
    std::u32string spent;  // lower-case keys whose effect was undone in this word
};

// Processes one key at the end of the word. Returns false if the key does not belong in the
// word (space, punctuation, a digit in Telex, a VNI digit with nothing to apply to): the caller
// then ends the word and inserts the key as text.
bool apply_key(WordState& state, char32_t key, InputMethod method);

// Appends a letter exactly as given: the diacritic keys (â ă ê ô ơ ư đ) and letters that
// arrive already composed. A precomposed tone (á) becomes the word's tone.
void append_letter(WordState& state, char32_t letter);

// A tone key on the word: sets `tone`; the same tone again, or Tone::None, removes it.
// Returns false if the word has no vowel to carry a tone.
bool apply_tone(WordState& state, Tone tone);

// Deletes the last displayed character. A tone shown on that character goes with it.
// Returns false if the word was empty.
bool pop_letter(WordState& state, ToneStyle style);

}  // namespace tramso::input
