#include <doctest/doctest.h>

#include "text/normalize.h"
#include "text/utf8.h"
#include "text/vietnamese.h"

using namespace tramso::text;

TEST_CASE("nfc composes a base letter and one mark") {
    CHECK(to_nfc("a\u0301") == "á");
    CHECK(to_nfc("o\u031B") == "ơ");
    CHECK(to_nfc("u\u031B") == "ư");
    CHECK(to_nfc("a\u0306") == "ă");
    CHECK(to_nfc("e\u0302") == "ê");
    CHECK(to_nfc("y\u0309") == "ỷ");
    CHECK(to_nfc("Y\u0303") == "Ỹ");
}

TEST_CASE("nfc composes a letter mark and a tone mark into one letter") {
    CHECK(to_nfc("a\u0302\u0301") == "ấ");
    CHECK(to_nfc("o\u031B\u0323") == "ợ");
    CHECK(to_nfc("u\u031B\u0300") == "ừ");
    CHECK(to_nfc("A\u0306\u0303") == "Ẵ");
    CHECK(to_nfc("e\u0302\u0309") == "ể");
}

TEST_CASE("nfc accepts dot below before or after the other mark") {
    CHECK(to_nfc("a\u0323\u0302") == "ậ");
    CHECK(to_nfc("a\u0302\u0323") == "ậ");
    CHECK(to_nfc("a\u0306\u0323") == "ặ");
    CHECK(to_nfc("o\u0323\u031B") == "ợ");
    CHECK(to_nfc("o\u031B\u0323") == "ợ");
    CHECK(to_nfc("\u1EA1\u0302") == "ậ");  // ạ + circumflex
    CHECK(to_nfc("\u00E2\u0323") == "ậ");  // â + dot below
}

TEST_CASE("nfc does not swap two marks of the same class") {
    // acute then circumflex is a different (non-Vietnamese) sequence from ấ
    CHECK(to_nfc("a\u0301\u0302") == "á\u0302");
}

TEST_CASE("nfd orders marks canonically") {
    CHECK(to_nfd("ậ") == "a\u0323\u0302");
    CHECK(to_nfd("ợ") == "o\u031B\u0323");
    CHECK(to_nfd("ấ") == "a\u0302\u0301");
    CHECK(to_nfd("a\u0302\u0323") == "a\u0323\u0302");
    CHECK(to_nfd("đ") == "đ");  // the stroke is part of the letter
}

TEST_CASE("every Vietnamese letter survives an nfd and nfc round trip") {
    int letters = 0;
    for (char32_t cp = 0x41; cp <= 0x1EF9; ++cp) {
        const auto parts = split_vietnamese_letter(cp);
        if (!parts) continue;
        ++letters;
        const std::u32string one(1, cp);
        const std::u32string nfd = to_nfd(one);
        INFO(encode(cp));
        CHECK(to_nfc(nfd) == one);
        const char32_t ascii_base = parts->upper ? parts->base - 0x20 : parts->base;
        CHECK(nfd.front() == (parts->mark == Mark::Stroke ? cp : ascii_base));
        CHECK(nfd.size() ==
              1 + (parts->tone != Tone::None) + (parts->mark != Mark::None && parts->mark != Mark::Stroke));
    }
    CHECK(letters == 2 * (12 * 6 + 2));
}

TEST_CASE("nfc and nfd round trip a Vietnamese sentence") {
    const std::string nfc = "Bà Nguyễn Thị Phượng ở phường Khương Trung, quận Thanh Xuân.";
    const std::string nfd = to_nfd(nfc);
    CHECK(nfd != nfc);
    CHECK(to_nfc(nfd) == nfc);
    CHECK(to_nfc(nfc) == nfc);
    CHECK(to_nfd(nfd) == nfd);
}

TEST_CASE("nfc handles old Windows tone marks") {
    CHECK(to_nfc("a\u0341") == "á");
    CHECK(to_nfc("a\u0340") == "à");
}

TEST_CASE("nfc composes other Latin letters") {
    CHECK(to_nfc("C\u0327a va, Man\u0303ana, Zu\u0308rich, S\u030Ckoda, A\u030Angstro\u0308m") ==
          "Ça va, Mañana, Zürich, Škoda, Ångström");
    CHECK(to_nfd("Ça") == "C\u0327a");
}

TEST_CASE("nfc leaves ASCII, unknown marks and other scripts unchanged") {
    CHECK(to_nfc("hello, world 123") == "hello, world 123");
    CHECK(to_nfc("q\u0303") == "q\u0303");
    CHECK(to_nfc("日本語") == "日本語");
    CHECK(to_nfc("\u0301a") == "\u0301a");
}

TEST_CASE("combining classes match the Unicode data for Vietnamese marks") {
    CHECK(combining_class(0x0301) == 230);
    CHECK(combining_class(0x0302) == 230);
    CHECK(combining_class(0x0309) == 230);
    CHECK(combining_class(0x0323) == 220);
    CHECK(combining_class(0x031B) == 216);
    CHECK(combining_class(0x0327) == 202);
    CHECK(combining_class(U'a') == 0);
}

TEST_CASE("nfc and nfd cover scripts beyond Latin") {
    CHECK(to_nfd("한") == "\u1112\u1161\u11AB");  // Hangul syllable into its jamo
    CHECK(to_nfc("\u1112\u1161\u11AB") == "한");
    CHECK(to_nfc("\u03B1\u0301") == "\u03AC");  // Greek ά
    CHECK(to_nfc("\u0438\u0306") == "й");       // Cyrillic й
    CHECK(to_nfc("\uF900") == "\u8C48");        // CJK compatibility ideograph: a singleton
    CHECK(to_nfc("\u212B") == "Å");             // Angstrom sign
    CHECK(to_nfc("\u0958") == "\u0915\u093C");  // excluded from composition
}

TEST_CASE("combining classes cover every script") {
    CHECK(combining_class(0x05B0) == 10);   // Hebrew sheva
    CHECK(combining_class(0x0E38) == 103);  // Thai sara u
    CHECK(combining_class(0x3099) == 8);    // kana voiced sound mark
    CHECK(combining_class(0xD800) == 0);
    CHECK(combining_class(0x110000) == 0);
}

TEST_CASE("malformed UTF-8 becomes U+FFFD before normalising") {
    CHECK(to_nfc("a\xFF\u0301") == "a\uFFFD\u0301");
    CHECK(to_nfd("\xC3\xA1\xC3") == "a\u0301\uFFFD");
    CHECK(to_nfc(std::string("e\0\u0302", 4)) == std::string("e\0\u0302", 4));
}

TEST_CASE("code points that are not scalar values become U+FFFD") {
    CHECK(to_nfc(std::u32string{U'a', char32_t{0xD800}, 0x0301}) == U"a\uFFFD\u0301");
    CHECK(to_nfd(std::u32string{char32_t{0x110000}, U'á'}) == U"\uFFFDa\u0301");
}
