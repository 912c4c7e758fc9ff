// Follow-up links end up in QR codes learners scan at home, so only https addresses and clean
// slugs are accepted.
#include "lessons/followup.h"

#include <doctest/doctest.h>

using namespace tramso;

TEST_CASE("valid follow-ups: slugs and https addresses") {
    CHECK_FALSE(check_followup("otp").has_value());
    CHECK_FALSE(check_followup("bao-mat/otp-2").has_value());
    CHECK_FALSE(check_followup("https://tramso.vn").has_value());
    CHECK_FALSE(check_followup("https://tramso.vn:8443/hoc/otp?lang=vi#cuoi").has_value());
}

TEST_CASE("invalid follow-ups say what is wrong") {
    auto problem = [](std::string_view f) {
        auto p = check_followup(f);
        return p ? p->problem + " — " + p->fix : std::string();
    };
    CHECK(problem("http://tramso.vn/otp").find("not secure") != std::string::npos);
    CHECK(problem("ftp://tramso.vn").find("does not start with https://") != std::string::npos);
    CHECK(problem("tramso.vn/otp").find("does not start with https://") != std::string::npos);
    CHECK(problem("https://").find("has no site name") != std::string::npos);
    CHECK(problem("https:///otp").find("has no site name") != std::string::npos);
    CHECK(problem("https://user@evil.example").find("'@'") != std::string::npos);
    CHECK(problem("https://tramso..vn").find("is not valid") != std::string::npos);
    CHECK(problem("https://tramso.vn:abc/").find("port") != std::string::npos);
    CHECK(problem("https://tramso.vn/bài học").find("contains") != std::string::npos);
    CHECK(problem("Bai-Hoc").find("capitals") != std::string::npos);
    CHECK(problem("bai_hoc").find("contains '_'") != std::string::npos);
    CHECK(problem("bài").find("non-ASCII") != std::string::npos);
    CHECK(problem("/otp").find("stray '/'") != std::string::npos);
    CHECK(problem("a//b").find("stray '/'") != std::string::npos);
    CHECK(problem("").find("empty") != std::string::npos);
}

TEST_CASE("resolve_followup_url joins a slug to the base URL, keeps absolute URLs") {
    Lesson lesson;
    lesson.id = "otp";
    lesson.followup = "bao-mat/otp";
    auto url = resolve_followup_url(lesson, "https://tramso.vn/hoc/");
    REQUIRE(url.ok());
    CHECK(*url == "https://tramso.vn/hoc/bao-mat/otp");
    CHECK(*resolve_followup_url(lesson, "https://tramso.vn/hoc") ==
          "https://tramso.vn/hoc/bao-mat/otp");

    lesson.followup = "https://dichvucong.gov.vn/p/home";
    CHECK(*resolve_followup_url(lesson, "") == "https://dichvucong.gov.vn/p/home");
}

TEST_CASE("resolve_followup_url fails clearly without a follow-up or a usable base URL") {
    Lesson lesson;
    lesson.id = "otp";
    auto none = resolve_followup_url(lesson, "https://tramso.vn");
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.find("has no follow-up link") != std::string::npos);

    lesson.followup = "otp";
    auto no_base = resolve_followup_url(lesson, "");
    REQUIRE_FALSE(no_base.ok());
    CHECK(no_base.error().where == "followup.base_url");
    auto bad_base = resolve_followup_url(lesson, "http://tramso.vn");
    REQUIRE_FALSE(bad_base.ok());
    CHECK(bad_base.error().to_string().find("not secure") != std::string::npos);
}
