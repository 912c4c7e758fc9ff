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
    CHECK(*resolve_followup_url(lesson, "https://tramso.vn/hoc") == "https://tramso.vn/hoc/bao-mat/otp");

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

TEST_CASE("a slug is not joined to a base URL with a query or fragment, where it would leave the path") {
    Lesson lesson;
    lesson.id = "zalo";
    lesson.followup = "goi-video/zalo";
    for (const char* base : {"https://a.vn?x=1y?#tnp", "https://a.vn/bai?id=7", "https://a.vn/bai#top"}) {
        CAPTURE(base);
        auto url = resolve_followup_url(lesson, base);
        REQUIRE_FALSE(url.ok());
        CHECK(url.error().where == "followup.base_url");
        CHECK(url.error().message.find("'?' or '#'") != std::string::npos);
    }
}

// The finish screen's QR code: the follow-up URL plus an opaque reference, which must fit.
TEST_CASE("lesson_qr_link adds the kiosk's reference parameter to the resolved follow-up URL") {
    Lesson lesson;
    lesson.id = "otp";
    lesson.followup = "bao-mat/otp";
    CHECK(*lesson_qr_link(lesson, "https://tramso.vn/hoc/", "r", "K7Q2XM") ==
          "https://tramso.vn/hoc/bao-mat/otp?r=K7Q2XM");
    lesson.followup = "https://dichvucong.gov.vn/p/home?lang=vi#top";
    CHECK(*lesson_qr_link(lesson, "", "ma", "K7Q2XM") == "https://dichvucong.gov.vn/p/home?lang=vi&ma=K7Q2XM#top");
    lesson.followup.clear();
    CHECK_FALSE(lesson_qr_link(lesson, "https://tramso.vn/hoc", "r", "K7Q2XM").ok());
}

TEST_CASE("a QR link longer than a version 10 code holds is a problem naming the link and the fix") {
    Lesson lesson;
    lesson.id = "otp";
    lesson.followup = "otp";
    CHECK_FALSE(check_followup_fits_qr(lesson, "https://hoctapso.vn/bai/", "r").has_value());

    // Version 10 at level M holds 213 bytes: "<base>/otp?r=XXXXXX" is 4 + 9 bytes past the base.
    const std::string fits_base = "https://hoctapso.vn/" + std::string(213 - 20 - 13, 'a');
    REQUIRE(fits_base.size() + 13 == 213);
    CHECK_FALSE(check_followup_fits_qr(lesson, fits_base, "r").has_value());
    auto p = check_followup_fits_qr(lesson, fits_base + "b", "r");
    REQUIRE(p.has_value());
    CHECK(p->problem.find("is too long for the QR code") != std::string::npos);
    CHECK(p->problem.find("is 214 characters with its reference; at most 213 fit") != std::string::npos);
    CHECK(p->fix.find("shorter slug") != std::string::npos);
    // A longer parameter name counts too: the kiosk's settings are part of the link.
    CHECK(check_followup_fits_qr(lesson, fits_base, "ref").has_value());

    lesson.followup.clear();  // no follow-up: nothing to put in a code, nothing to check
    CHECK_FALSE(check_followup_fits_qr(lesson, fits_base + "b", "r").has_value());
}

#include <sstream>

#include "core/config.h"
#include "fixtures.h"
#include "lessons/content.h"

TEST_CASE("check-content checks every lesson's QR link against the kiosk's settings") {
    auto config = load_config((test::source_dir() / "config/kiosk.toml").string());
    REQUIRE(config.ok());
    std::ostringstream ok;
    CHECK(check_content(test::source_dir() / "content", ok, &config->followup) == 0);
    CHECK(ok.str() == "12 lessons OK\n");

    Config::Followup too_long = config->followup;
    too_long.base_url = "https://hoctapso.vn/" + std::string(200, 'a');
    std::ostringstream out;
    CHECK(check_content(test::source_dir() / "content", out, &too_long) == 1);
    INFO(out.str());
    // Reported where the author can fix it: the followup line of each lesson file.
    CHECK(out.str().find("content/lessons/vneid.toml:7:12: the follow-up link \"https://hoctapso.vn/aaa") !=
          std::string::npos);
    CHECK(out.str().find("12 files with errors (0 lessons OK)") != std::string::npos);
}
