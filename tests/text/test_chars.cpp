#include <doctest/doctest.h>

#include "text/chars.h"
#include "text/vietnamese.h"

using namespace tramso::text;

TEST_CASE("to_lower and to_upper map Vietnamese names") {
    CHECK(to_lower("ĐẶNG THỊ HƯƠNG") == "đặng thị hương");
    CHECK(to_upper("đặng thị hương") == "ĐẶNG THỊ HƯƠNG");
    CHECK(to_upper("nguyễn quỳnh, phượng, ý, ỵ") == "NGUYỄN QUỲNH, PHƯỢNG, Ý, Ỵ");
    CHECK(to_lower("Ơ Ư Ă Â Ê Ô Đ") == "ơ ư ă â ê ô đ");
}

TEST_CASE("to_lower and to_upper round trip every Vietnamese letter") {
    for (char32_t cp = 0x41; cp <= 0x1EF9; ++cp) {
        const auto parts = split_vietnamese_letter(cp);
        if (!parts) continue;
        INFO(static_cast<unsigned>(cp));
        const char32_t lower = make_vietnamese_letter(parts->base, parts->mark, parts->tone, false);
        const char32_t upper = make_vietnamese_letter(parts->base, parts->mark, parts->tone, true);
        CHECK(to_lower(cp) == lower);
        CHECK(to_upper(cp) == upper);
        CHECK(is_upper(cp) == parts->upper);
    }
}

TEST_CASE("case mapping covers Latin-1 and Latin Extended-A") {
    CHECK(to_upper("çéñöüßÿ") == "ÇÉÑÖÜßŸ");
    CHECK(to_lower("ŁŚŽĞİ") == "łśžği");
    CHECK(to_lower("×÷") == "×÷");
    CHECK(to_upper("123 -.") == "123 -.");
}

TEST_CASE("case mapping leaves NFD marks in place") { CHECK(to_upper("o\u031B\u0323") == "O\u031B\u0323"); }

TEST_CASE("is_letter accepts Latin and Vietnamese letters only") {
    for (char32_t c : {U'a', U'Z', U'đ', U'Ư', U'ậ', U'ç', U'ł', U'ỹ'}) CHECK(is_letter(c));
    for (char32_t c : {U'1', U' ', U'-', U'×', U'\u0301', U'日'}) CHECK_FALSE(is_letter(c));
}

TEST_CASE("is_space accepts ASCII and Unicode spaces") {
    for (char32_t c : {U' ', U'\t', U'\n', U'\u00A0', U'\u2003', U'\u3000'}) CHECK(is_space(c));
    CHECK_FALSE(is_space(U'a'));
    CHECK_FALSE(is_space(U'_'));
}

TEST_CASE("case mapping covers Greek, Cyrillic and the digraphs") {
    CHECK(to_upper("αβγ щ") == "ΑΒΓ Щ");
    CHECK(to_lower("ΑΒΓ Щ") == "αβγ щ");
    CHECK(to_title(U'ǆ') == U'ǅ');
    CHECK(to_upper(U'ǆ') == U'Ǆ');
    CHECK(to_upper(U'ß') == U'ß');
    CHECK(to_title(U'ß') == U'ß');
    CHECK(to_upper(char32_t{0x110000}) == char32_t{0x110000});
}

TEST_CASE("is_any_letter accepts letters of every script") {
    for (char32_t c : {U'a', U'ậ', U'Ω', U'ж', U'日', U'한', U'ǅ'}) CHECK(is_any_letter(c));
    for (char32_t c : {U'1', U' ', U'-', U'\u0301', U'\u0E38', char32_t{0x110000}}) {
        CHECK_FALSE(is_any_letter(c));
    }
}
