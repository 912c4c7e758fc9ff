// Spelling rules under the engine: syllable parts, plausibility, tone position, read-back.
#include <doctest/doctest.h>

#include "input/syllable.h"
#include "text/utf8.h"
#include "text/vietnamese.h"

using namespace tramso::input;
namespace text = tramso::text;

namespace {

std::vector<Letter> letters(std::string_view s) { return parse_word(text::decode(s)).letters; }

// The displayed letter that gets the tone, for a tone-less spelling.
std::string toned_letter(std::string_view word, ToneStyle style) {
    const auto l = letters(word);
    const auto pos = tone_position(l, style);
    if (!pos) return "";
    Word w{std::vector<Letter>{l[*pos]}, Tone::None, {}};
    return text::encode(render(w, style));
}

}  // namespace

TEST_CASE("syllable analysis treats qu and gi as consonants only before another vowel") {
    CHECK(analyse(letters("qua")).vowel_begin == 2);
    CHECK(analyse(letters("quy")).vowel_begin == 2);
    CHECK(analyse(letters("giu")).vowel_begin == 2);
    CHECK(analyse(letters("gin")).vowel_begin == 1);
    CHECK(analyse(letters("gi")).vowel_begin == 1);
    CHECK(analyse(letters("tuy")).vowel_begin == 1);
    CHECK_FALSE(analyse(letters("ngh")).has_vowel());
}

TEST_CASE("plausible syllables include unfinished spellings") {
    for (auto s : {"nguyen", "nghie", "uo", "truo", "khuya", "qu", "gi", "đ", "ng", "oa", "xoong", "lăk", "hươu"}) {
        INFO(s);
        CHECK(is_plausible_syllable(letters(s)));
    }
}

TEST_CASE("non-Vietnamese spellings are not plausible syllables") {
    for (auto s : {"jess", "class", "zalo", "gmail", "data", "ae", "tng", "bs", "ça"}) {
        INFO(s);
        CHECK_FALSE(is_plausible_syllable(letters(s)));
    }
}

TEST_CASE("tone position follows the Vietnamese rules in classic style") {
    const auto c = ToneStyle::Classic;
    CHECK(toned_letter("hoa", c) == "o");
    CHECK(toned_letter("khoe", c) == "o");
    CHECK(toned_letter("thuy", c) == "u");
    CHECK(toned_letter("hoan", c) == "a");
    CHECK(toned_letter("mua", c) == "u");
    CHECK(toned_letter("qua", c) == "a");
    CHECK(toned_letter("gia", c) == "a");
    CHECK(toned_letter("nguyên", c) == "ê");
    CHECK(toned_letter("người", c) == "ơ");
    CHECK(toned_letter("ngoai", c) == "a");
    CHECK(toned_letter("khuyu", c) == "y");
    CHECK(toned_letter("cưu", c) == "ư");
    CHECK_FALSE(toned_letter("ng", c).size());
}

TEST_CASE("tone position moves to the second vowel only for open oa oe uy in modern style") {
    const auto m = ToneStyle::Modern;
    CHECK(toned_letter("hoa", m) == "a");
    CHECK(toned_letter("khoe", m) == "e");
    CHECK(toned_letter("thuy", m) == "y");
    CHECK(toned_letter("hoan", m) == "a");
    CHECK(toned_letter("mua", m) == "u");
    CHECK(toned_letter("quy", m) == "y");
    CHECK(toned_letter("tai", m) == "a");
}

TEST_CASE("every Vietnamese letter reads back and renders unchanged") {
    for (char32_t cp = 0xC0; cp <= 0x1EF9; ++cp) {
        const auto parts = text::split_vietnamese_letter(cp);
        if (!parts) continue;
        const std::u32string one(1, cp);
        INFO(text::encode(cp));
        CHECK(render(parse_word(one), ToneStyle::Classic) == one);
    }
}

TEST_CASE("a word with two tones reads back unchanged and is left alone") {
    const Word w = parse_word(U"áá");
    CHECK(render(w, ToneStyle::Classic) == U"áá");
    CHECK_FALSE(is_plausible_syllable(w.letters));
}
