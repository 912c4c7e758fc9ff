#include "input/syllable.h"

#include <algorithm>
#include <array>
#include <utility>

#include "text/chars.h"

namespace tramso::input {

namespace {

using text::make_vietnamese_letter;

// Every vowel sequence a Vietnamese syllable can have (glides included), after "qu"/"gi".
// Some need a final consonant (oă, iê, uô, ươ, uyê, …); while typing that final is still to
// come, so they are accepted without one.
constexpr std::u32string_view kNuclei[] = {
    U"a",   U"ă",   U"â",   U"e",   U"ê",   U"i",   U"o",   U"ô",   U"ơ",   U"u",   U"ư",   U"y",   U"ai",  U"ao",
    U"au",  U"ay",  U"âu",  U"ây",  U"eo",  U"êu",  U"ia",  U"iê",  U"iu",  U"oa",  U"oă",  U"oe",  U"oi",  U"ôi",
    U"ơi",  U"oo",  U"ua",  U"uâ",  U"uê",  U"ui",  U"uô",  U"uơ",  U"uy",  U"ưa",  U"ưi",  U"ưu",  U"ươ",  U"yê",
    U"iêu", U"oai", U"oao", U"oay", U"oeo", U"uây", U"uôi", U"uya", U"uyê", U"uyu", U"ươi", U"ươu", U"yêu",
};

constexpr std::u32string_view kInitials[] = {
    U"",   U"b",   U"c",  U"ch", U"d",  U"đ", U"g",  U"gh", U"gi", U"h", U"k",  U"kh", U"l", U"m", U"n",
    U"ng", U"ngh", U"nh", U"p",  U"ph", U"q", U"qu", U"r",  U"s",  U"t", U"th", U"tr", U"v", U"x",
};

// "k" is not standard Vietnamese but is how Central Highlands names are written: Đắk Lắk.
constexpr std::u32string_view kFinals[] = {U"", U"c", U"ch", U"k", U"m", U"n", U"ng", U"nh", U"p", U"t"};

struct NucleusLetter {
    char32_t base;
    Mark mark;
};

const std::vector<std::vector<NucleusLetter>>& nuclei() {
    static const auto table = [] {
        std::vector<std::vector<NucleusLetter>> out;
        for (auto spelling : kNuclei) {
            std::vector<NucleusLetter> letters;
            for (char32_t cp : spelling) {
                const auto parts = text::split_vietnamese_letter(cp);
                letters.push_back({parts->base, parts->mark});
            }
            out.push_back(std::move(letters));
        }
        return out;
    }();
    return table;
}

bool is_ascii_lower(char32_t c) { return c >= U'a' && c <= U'z'; }

// The letters [begin, end) spelled in lower case without tone (đ kept as đ).
std::u32string spell(const std::vector<Letter>& letters, std::size_t begin, std::size_t end) {
    std::u32string out;
    for (std::size_t i = begin; i < end; ++i) {
        const char32_t cp = make_vietnamese_letter(letters[i].base, letters[i].mark, Tone::None);
        out.push_back(cp != 0 ? cp : letters[i].base);
    }
    return out;
}

template <std::size_t N>
bool contains(const std::u32string_view (&list)[N], std::u32string_view s) {
    return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

// Marks not typed yet are allowed: "uo" may still become uô, ươ or uơ.
bool nucleus_is_known(const std::vector<Letter>& letters, std::size_t begin, std::size_t end) {
    for (const auto& pattern : nuclei()) {
        if (pattern.size() != end - begin) continue;
        bool match = true;
        for (std::size_t i = 0; i < pattern.size() && match; ++i) {
            const Letter& l = letters[begin + i];
            match = l.base == pattern[i].base && (l.mark == pattern[i].mark || l.mark == Mark::None);
        }
        if (match) return true;
    }
    return false;
}

}  // namespace

bool is_vowel(const Letter& letter) {
    switch (letter.base) {
        case U'a':
        case U'e':
        case U'i':
        case U'o':
        case U'u':
        case U'y':
            return true;
        default:
            return false;
    }
}

Syllable analyse(const std::vector<Letter>& letters) {
    const std::size_t n = letters.size();
    std::size_t i = 0;
    while (i < n && !is_vowel(letters[i])) ++i;
    if (i == n) return {n, n};
    // qu + vowel, gi + vowel: the u / i is part of the consonant (quả, giữ, giường).
    const bool vowel_follows = i + 1 < n && is_vowel(letters[i + 1]);
    if (i == 1 && vowel_follows &&
        ((letters[0].base == U'q' && letters[1].base == U'u') ||
         (letters[0].base == U'g' && letters[1].base == U'i'))) {
        ++i;
    }
    const std::size_t begin = i;
    while (i < n && is_vowel(letters[i])) ++i;
    return {begin, i};
}

bool is_plausible_syllable(const std::vector<Letter>& letters) {
    for (std::size_t i = 0; i < letters.size(); ++i) {
        const Letter& l = letters[i];
        if (!is_ascii_lower(l.base)) return false;
        if (l.base == U'f' || l.base == U'j' || l.base == U'w' || l.base == U'z') return false;
        if (l.mark == Mark::Stroke && i != 0) return false;
    }
    const Syllable s = analyse(letters);
    if (!contains(kInitials, spell(letters, 0, s.vowel_begin))) return false;
    if (s.vowel_begin > 0 && letters[s.vowel_begin - 1].mark != Mark::None &&
        letters[s.vowel_begin - 1].mark != Mark::Stroke) {
        return false;  // the u of qu / i of gi carries no mark
    }
    if (!s.has_vowel()) return true;
    if (!nucleus_is_known(letters, s.vowel_begin, s.vowel_end)) return false;
    return contains(kFinals, spell(letters, s.vowel_end, letters.size()));
}

Mark displayed_mark(const std::vector<Letter>& letters, std::size_t index) {
    const Letter& l = letters[index];
    if (!l.auto_horn) return l.mark;
    const bool with_o_horn =
        index + 1 < letters.size() && letters[index + 1].base == U'o' && letters[index + 1].mark == Mark::Horn;
    if (!with_o_horn) return Mark::None;
    // Open uơ is spelled that way after h, kh, th (huơ, khuơ, thuở); everywhere else ươ is
    // what is being typed (tươi, người), so it shows at once.
    const bool open = index + 2 == letters.size();
    const std::u32string initial = spell(letters, 0, index);
    const bool uo_initial = initial == U"h" || initial == U"kh" || initial == U"th";
    return open && uo_initial ? Mark::None : l.mark;
}

std::optional<std::size_t> tone_position(const std::vector<Letter>& letters, ToneStyle style) {
    const Syllable s = analyse(letters);
    if (!s.has_vowel()) return std::nullopt;
    const std::size_t begin = s.vowel_begin;
    const std::size_t end = s.vowel_end;
    // A vowel with its own mark (â ă ê ô ơ ư) takes the tone; in ươ the second one.
    for (std::size_t i = end; i-- > begin;) {
        if (displayed_mark(letters, i) != Mark::None) return i;
    }
    const std::size_t count = end - begin;
    if (count == 1) return begin;
    if (end < letters.size()) return end - 1;  // closed syllable: hoàn, huỳnh, toán
    if (count == 2) {
        const std::u32string pair{letters[begin].base, letters[begin + 1].base};
        const bool glide_pair = pair == U"oa" || pair == U"oe" || pair == U"uy";
        return style == ToneStyle::Modern && glide_pair ? begin + 1 : begin;
    }
    return begin + 1;  // oai, oay, uya, uyu, oeo: the middle vowel (ngoài, khuỷu)
}

std::optional<std::size_t> shown_tone_position(const Word& word, ToneStyle style) {
    if (word.tone == Tone::None) return std::nullopt;
    if (word.pinned_tone_at) return word.pinned_tone_at;
    return tone_position(word.letters, style);
}

std::u32string render(const Word& word, ToneStyle style) {
    const std::optional<std::size_t> tone_at = shown_tone_position(word, style);
    std::u32string out;
    out.reserve(word.letters.size());
    for (std::size_t i = 0; i < word.letters.size(); ++i) {
        const Letter& l = word.letters[i];
        const Mark mark = displayed_mark(word.letters, i);
        const Tone tone = tone_at == i ? word.tone : Tone::None;
        char32_t cp = make_vietnamese_letter(l.base, mark, tone, l.upper);
        if (cp == 0) cp = l.upper ? text::to_upper(l.base) : l.base;
        out.push_back(cp);
    }
    return out;
}

Word parse_word(std::u32string_view text) {
    const auto toned = std::count_if(text.begin(), text.end(), [](char32_t cp) {
        const auto parts = text::split_vietnamese_letter(cp);
        return parts && parts->tone != Tone::None;
    });
    Word word;
    for (char32_t cp : text) {
        const auto parts = text::split_vietnamese_letter(cp);
        Letter l;
        if (parts && (toned <= 1 || parts->tone == Tone::None)) {
            l.base = parts->base;
            l.mark = parts->mark;
            l.upper = parts->upper;
            if (parts->tone != Tone::None) {
                word.tone = parts->tone;
                word.pinned_tone_at = word.letters.size();
            }
        } else {
            l.base = text::to_lower(cp);
            l.upper = text::is_upper(cp);
        }
        word.letters.push_back(l);
    }
    return word;
}

}  // namespace tramso::input
