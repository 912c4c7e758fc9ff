#include <doctest/doctest.h>

#include <random>
#include <set>
#include <string>

#include "qr/follow_up_url.h"

using tramso::build_follow_up_url;

TEST_CASE("the reference is joined with ? or & as the lesson URL needs") {
    CHECK(*build_follow_up_url("https://hoctapso.vn/bai/zalo", "K7Q2XM") == "https://hoctapso.vn/bai/zalo?r=K7Q2XM");
    CHECK(*build_follow_up_url("https://hoctapso.vn/bai?id=7", "K7Q2XM") == "https://hoctapso.vn/bai?id=7&r=K7Q2XM");
    CHECK(*build_follow_up_url("https://hoctapso.vn/bai?", "K7Q2XM") == "https://hoctapso.vn/bai?r=K7Q2XM");
    CHECK(*build_follow_up_url("https://hoctapso.vn/bai?id=7&", "K7Q2XM") == "https://hoctapso.vn/bai?id=7&r=K7Q2XM");
    CHECK(*build_follow_up_url("https://hoctapso.vn/bai?id=7#video", "K7Q2XM", "ref") ==
          "https://hoctapso.vn/bai?id=7&ref=K7Q2XM#video");
    CHECK(*build_follow_up_url("https://hoctapso.vn/bai#video", "K7Q2XM") == "https://hoctapso.vn/bai?r=K7Q2XM#video");
}

TEST_CASE("a '?' inside the query is a value, and the reference is still a parameter of its own") {
    CHECK(*build_follow_up_url("https://a.vn?x=1y?#top", "K7Q2XM") == "https://a.vn?x=1y?&r=K7Q2XM#top");
}

TEST_CASE("a Vietnamese slug is percent-encoded and an encoded one is left as it is") {
    CHECK(*build_follow_up_url("https://hoctapso.vn/bài-học/gọi-video", "K7Q2XM") ==
          "https://hoctapso.vn/b%C3%A0i-h%E1%BB%8Dc/g%E1%BB%8Di-video?r=K7Q2XM");
    CHECK(*build_follow_up_url("https://hoctapso.vn/b%C3%A0i-h%E1%BB%8Dc", "K7Q2XM") ==
          "https://hoctapso.vn/b%C3%A0i-h%E1%BB%8Dc?r=K7Q2XM");
    CHECK(tramso::percent_encode_url("https://x.vn/a b") == "https://x.vn/a%20b");
}

TEST_CASE("unusable follow-up links are refused with what to fix") {
    auto not_http = build_follow_up_url("hoctapso.vn/bai", "K7Q2XM");
    REQUIRE_FALSE(not_http.ok());
    CHECK(not_http.error().where == "hoctapso.vn/bai");
    CHECK(not_http.error().message.find("https://") != std::string::npos);

    auto dup = build_follow_up_url("https://hoctapso.vn/bai?r=OLD", "K7Q2XM");
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().message.find("'r='") != std::string::npos);
    // A different parameter that merely ends in r is fine.
    CHECK(build_follow_up_url("https://hoctapso.vn/bai?for=1", "K7Q2XM").ok());

    CHECK_FALSE(build_follow_up_url("https://hoctapso.vn/bai", "K7 Q2").ok());
    CHECK_FALSE(build_follow_up_url("https://hoctapso.vn/bai", "K7Q2XM", "r&x").ok());
    CHECK_FALSE(build_follow_up_url("https://hoctapso.vn/bai", "K7Q2XM", "").ok());
}

TEST_CASE("references come from the random source, use only unambiguous characters and vary") {
    std::mt19937 rng(12345);
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const std::string ref = tramso::make_reference(rng);
        CHECK(ref.size() == 6);
        CHECK(ref.find_first_not_of(tramso::kReferenceAlphabet) == std::string::npos);
        seen.insert(ref);
    }
    CHECK(seen.size() == 200);

    std::mt19937 a(7), b(7);
    CHECK(tramso::make_reference(a, 8) == tramso::make_reference(b, 8));
    CHECK(std::string(tramso::kReferenceAlphabet).find_first_of("01OIL") == std::string::npos);
}
