#include "input/typing_rules.h"

#include <utility>
#include <vector>

#include "text/chars.h"

namespace tramso::input {

namespace {

enum class Effect { Applied, Undone, None };

using Letters = std::vector<Letter>;

bool is_spent(const WordState& s, char32_t key) { return s.spent.find(key) != std::u32string::npos; }

// Any edit lets the tone follow the placement rules again.
void touch(WordState& s) { s.word.pinned_tone_at.reset(); }

bool is_ascii_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

bool only_plain_letters(const Letters& letters) {
    for (const Letter& l : letters) {
        if (l.base > 0x7F) return false;
    }
    return true;
}

// Accepts `trial` into the word if it is still a plausible syllable.
Effect accept(Letters& letters, Letters trial) {
    if (!is_plausible_syllable(trial)) return Effect::None;
    letters = std::move(trial);
    return Effect::Applied;
}

Effect tone_key(WordState& s, Tone tone, char32_t key) {
    const Letters& letters = s.word.letters;
    if (is_spent(s, key) || !analyse(letters).has_vowel() || !is_plausible_syllable(letters)) {
        return Effect::None;
    }
    if (s.word.tone == tone) {
        s.word.tone = Tone::None;
        return Effect::Undone;
    }
    s.word.tone = tone;
    return Effect::Applied;
}

Effect remove_tone(WordState& s) {
    if (s.word.tone == Tone::None) return Effect::None;
    s.word.tone = Tone::None;
    return Effect::Applied;
}

// Circumflex on one of `bases` in the nucleus (Telex aa/ee/oo take one base, VNI 6 all three).
Effect circumflex_key(WordState& s, std::u32string_view bases, char32_t key) {
    Letters& letters = s.word.letters;
    if (is_spent(s, key) || !is_plausible_syllable(letters)) return Effect::None;
    const Syllable syl = analyse(letters);
    auto is_target = [&](const Letter& l) { return bases.find(l.base) != bases.npos; };
    for (std::size_t i = syl.vowel_begin; i < syl.vowel_end; ++i) {
        if (is_target(letters[i]) && letters[i].mark == Mark::Circumflex) {
            letters[i].mark = Mark::None;
            return Effect::Undone;
        }
    }
    for (std::size_t i = syl.vowel_end; i-- > syl.vowel_begin;) {
        if (!is_target(letters[i])) continue;
        Letters trial = letters;
        trial[i].mark = Mark::Circumflex;
        // ươ + o → uô: the horn on u only made sense together with ơ.
        if (trial[i].base == U'o' && i > syl.vowel_begin && trial[i - 1].base == U'u') {
            trial[i - 1].mark = Mark::None;
            trial[i - 1].auto_horn = false;
        }
        if (accept(letters, std::move(trial)) == Effect::Applied) return Effect::Applied;
    }
    return Effect::None;
}

// Telex w (horn and breve), VNI 7 (horn) and 8 (breve).
Effect horn_breve_key(WordState& s, bool horn, bool breve, char32_t key) {
    Letters& letters = s.word.letters;
    if (is_spent(s, key) || !is_plausible_syllable(letters)) return Effect::None;
    const Syllable syl = analyse(letters);
    if (horn) {
        // uo → ươ. The u's horn is "automatic": hidden again if the syllable stays open (thuở).
        for (std::size_t i = syl.vowel_begin; i + 1 < syl.vowel_end; ++i) {
            if (letters[i].base != U'u' || letters[i + 1].base != U'o' || letters[i + 1].mark == Mark::Horn) {
                continue;
            }
            Letters trial = letters;
            trial[i + 1].mark = Mark::Horn;
            if (trial[i].mark != Mark::Horn) {
                trial[i].mark = Mark::Horn;
                trial[i].auto_horn = true;
            }
            if (accept(letters, std::move(trial)) == Effect::Applied) return Effect::Applied;
        }
    }
    bool undone = false;
    for (std::size_t i = syl.vowel_end; i-- > syl.vowel_begin;) {
        Letter& l = letters[i];
        if (horn && l.from_w) {
            letters.erase(letters.begin() + static_cast<std::ptrdiff_t>(i));
            undone = true;
        } else if ((horn && l.mark == Mark::Horn) || (breve && l.mark == Mark::Breve)) {
            l.mark = Mark::None;
            l.auto_horn = false;
            undone = true;
        }
    }
    if (undone) return Effect::Undone;
    for (std::size_t i = syl.vowel_begin; i < syl.vowel_end; ++i) {
        const char32_t b = letters[i].base;
        const Mark mark = (breve && b == U'a')                 ? Mark::Breve
                          : (horn && (b == U'o' || b == U'u')) ? Mark::Horn
                                                               : Mark::None;
        if (mark == Mark::None) continue;
        Letters trial = letters;
        trial[i].mark = mark;
        if (accept(letters, std::move(trial)) == Effect::Applied) return Effect::Applied;
    }
    return Effect::None;
}

// Telex "w" that found no vowel to change: the letter ư itself (tw → tư, giw → giư).
Effect insert_u_horn(WordState& s, bool upper) {
    if (is_spent(s, U'w')) return Effect::None;
    Letters trial = s.word.letters;
    Letter u_horn{U'u', Mark::Horn, upper, false, true};
    trial.push_back(u_horn);
    return accept(s.word.letters, std::move(trial));
}

Effect stroke_key(WordState& s, char32_t key) {
    Letters& letters = s.word.letters;
    if (is_spent(s, key) || letters.empty() || letters[0].base != U'd') return Effect::None;
    if (letters[0].mark == Mark::Stroke) {
        letters[0].mark = Mark::None;
        return Effect::Undone;
    }
    Letters trial = letters;
    trial[0].mark = Mark::Stroke;
    return accept(letters, std::move(trial));
}

// After "uw o" comes a final or glide, the o takes its horn too: ưo is never a spelling.
void complete_uo_horn(WordState& s) {
    Letters& letters = s.word.letters;
    if (is_spent(s, U'w')) return;
    const Syllable syl = analyse(letters);
    for (std::size_t i = syl.vowel_begin; i + 2 < letters.size() && i + 1 < syl.vowel_end; ++i) {
        if (letters[i].base == U'u' && letters[i].mark == Mark::Horn && letters[i + 1].base == U'o' &&
            letters[i + 1].mark == Mark::None) {
            letters[i + 1].mark = Mark::Horn;
        }
    }
}

void append_plain(WordState& s, char32_t key) {
    touch(s);
    Letter l;
    l.base = text::to_lower(key);
    l.upper = text::is_upper(key);
    s.word.letters.push_back(l);
    complete_uo_horn(s);
}

// Finishes a key whose rule was tried: an undone key becomes a plain letter from now on.
void finish(WordState& s, Effect effect, char32_t key) {
    if (effect == Effect::Applied) return;
    if (effect == Effect::Undone) s.spent.push_back(text::to_lower(key));
    append_plain(s, key);
}

bool apply_telex(WordState& s, char32_t key) {
    touch(s);
    const char32_t k = text::to_lower(key);
    Effect effect = Effect::None;
    switch (k) {
        case U's':
            effect = tone_key(s, Tone::Sac, k);
            break;
        case U'f':
            effect = tone_key(s, Tone::Huyen, k);
            break;
        case U'r':
            effect = tone_key(s, Tone::Hoi, k);
            break;
        case U'x':
            effect = tone_key(s, Tone::Nga, k);
            break;
        case U'j':
            effect = tone_key(s, Tone::Nang, k);
            break;
        case U'z':
            effect = remove_tone(s);
            break;
        case U'a':
        case U'e':
        case U'o':
            effect = circumflex_key(s, std::u32string(1, k), k);
            break;
        case U'w':
            effect = horn_breve_key(s, true, true, k);
            if (effect == Effect::None) effect = insert_u_horn(s, text::is_upper(key));
            break;
        case U'd':
            effect = stroke_key(s, k);
            break;
        default:
            break;
    }
    finish(s, effect, key);
    return true;
}

// VNI digits act on a word; with nothing to act on they are ordinary text.
bool apply_vni_digit(WordState& s, char32_t key) {
    if (s.word.letters.empty()) return false;
    Effect effect = Effect::None;
    switch (key) {
        case U'1':
            effect = tone_key(s, Tone::Sac, key);
            break;
        case U'2':
            effect = tone_key(s, Tone::Huyen, key);
            break;
        case U'3':
            effect = tone_key(s, Tone::Hoi, key);
            break;
        case U'4':
            effect = tone_key(s, Tone::Nga, key);
            break;
        case U'5':
            effect = tone_key(s, Tone::Nang, key);
            break;
        case U'0':
            effect = remove_tone(s);
            break;
        case U'6':
            effect = circumflex_key(s, U"aeo", key);
            break;
        case U'7':
            effect = horn_breve_key(s, true, false, key);
            break;
        case U'8':
            effect = horn_breve_key(s, false, true, key);
            break;
        case U'9':
            effect = stroke_key(s, key);
            break;
        default:
            break;
    }
    if (effect != Effect::None) touch(s);
    if (effect == Effect::Undone) s.spent.push_back(key);
    return effect == Effect::Applied;
}

// A combining mark from a physical keyboard or pasted NFD text, applied to the word.
bool apply_combining(WordState& s, char32_t mark) {
    Letters& letters = s.word.letters;
    if (const auto tone = text::tone_from_combining(mark)) {
        if (!analyse(letters).has_vowel() || !only_plain_letters(letters)) return false;
        touch(s);
        s.word.tone = *tone;
        return true;
    }
    if (const auto m = text::mark_from_combining(mark); m && !letters.empty()) {
        Letter& last = letters.back();
        if (last.base <= 0x7F && text::make_vietnamese_letter(last.base, *m, Tone::None) != 0) {
            touch(s);
            last.mark = *m;
            last.auto_horn = false;
            return true;
        }
    }
    return false;
}

}  // namespace

bool apply_key(WordState& state, char32_t key, InputMethod method) {
    if (is_ascii_letter(key)) {
        if (method == InputMethod::Telex) return apply_telex(state, key);
        append_plain(state, key);
        return true;
    }
    if (key >= U'0' && key <= U'9') {
        return method == InputMethod::Vni && apply_vni_digit(state, key);
    }
    if (text::is_letter(key)) {
        append_letter(state, key);
        return true;
    }
    if (text::is_combining_mark(key)) return apply_combining(state, key);
    return false;
}

void append_letter(WordState& state, char32_t letter) {
    if (is_ascii_letter(letter)) {
        append_plain(state, letter);
        return;
    }
    touch(state);
    Letter l;
    if (const auto parts = text::split_vietnamese_letter(letter)) {
        l.base = parts->base;
        l.mark = parts->mark;
        l.upper = parts->upper;
        if (parts->tone != Tone::None) state.word.tone = parts->tone;
    } else {
        l.base = text::to_lower(letter);
        l.upper = text::is_upper(letter);
    }
    state.word.letters.push_back(l);
}

bool apply_tone(WordState& state, Tone tone) {
    const Letters& letters = state.word.letters;
    if (!analyse(letters).has_vowel() || !only_plain_letters(letters)) return false;
    if (tone == Tone::None && state.word.tone == Tone::None) return false;
    touch(state);
    state.word.tone = state.word.tone == tone ? Tone::None : tone;
    return true;
}

bool pop_letter(WordState& state, ToneStyle style) {
    Letters& letters = state.word.letters;
    if (letters.empty()) return false;
    if (shown_tone_position(state.word, style) == letters.size() - 1) {
        state.word.tone = Tone::None;
    }
    touch(state);
    letters.pop_back();
    for (std::size_t i = 0; i < letters.size(); ++i) {
        const bool with_o_horn =
            i + 1 < letters.size() && letters[i + 1].base == U'o' && letters[i + 1].mark == Mark::Horn;
        if (letters[i].auto_horn && !with_o_horn) {
            letters[i].mark = Mark::None;
            letters[i].auto_horn = false;
        }
    }
    if (!analyse(letters).has_vowel()) state.word.tone = Tone::None;
    state.spent.clear();  // a correction: let the keys work again
    return true;
}

}  // namespace tramso::input
