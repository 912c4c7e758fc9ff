#include <doctest/doctest.h>

#include "text/utf8.h"

using namespace tramso::text;

TEST_CASE("utf8 decodes and encodes Vietnamese text round trip") {
    const std::string s = "Nguyễn Thị Hương – 𝄞";
    const std::u32string cps = decode(s);
    CHECK(cps.size() == 20);
    CHECK(cps[4] == U'ễ');
    CHECK(cps.back() == U'\U0001D11E');
    CHECK(encode(cps) == s);
    CHECK(length(s) == 20);
    CHECK(is_valid_utf8(s));
}

TEST_CASE("utf8 encodes every length of sequence") {
    CHECK(encode(U'A') == "A");
    CHECK(encode(U'đ') == "\xC4\x91");
    CHECK(encode(U'ấ') == "\xE1\xBA\xA5");
    CHECK(encode(U'\U0001F600') == "\xF0\x9F\x98\x80");
}

TEST_CASE("utf8 turns malformed bytes into replacement characters") {
    const std::string truncated = "a\xE1\xBA";
    CHECK(decode(truncated) == std::u32string{U'a', kReplacementChar, kReplacementChar});
    CHECK_FALSE(is_valid_utf8(truncated));
    CHECK(decode("\xC0\xAF") == std::u32string{kReplacementChar, kReplacementChar});  // overlong
    CHECK(decode("\xED\xA0\x80").front() == kReplacementChar);                        // surrogate
    CHECK(decode("\xF4\x90\x80\x80").front() == kReplacementChar);                    // above U+10FFFF
    CHECK(decode("\xFF") == std::u32string{kReplacementChar});
    CHECK_FALSE(is_valid_utf8("\x80"));
    CHECK(length("a\xFF"
                 "b") == 3);
}

TEST_CASE("utf8 decode_next walks code points") {
    const std::string s = "hòa";
    std::size_t pos = 0;
    CHECK(decode_next(s, pos) == U'h');
    CHECK(decode_next(s, pos) == U'ò');
    CHECK(pos == 3);
    CHECK(decode_next(s, pos) == U'a');
    CHECK(pos == s.size());
}

TEST_CASE("utf8 helpers accept empty input") {
    CHECK(decode("").empty());
    CHECK(encode(std::u32string_view{}).empty());
    CHECK(length("") == 0);
    CHECK(is_valid_utf8(""));
}
