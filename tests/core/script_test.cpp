#include <doctest/doctest.h>

#include "core/script.h"

using K = tramso::ScriptCommand::Kind;

TEST_CASE("the driver script parses every command with its arguments") {
    auto s = tramso::parse_script(
        "# a journey\n"
        "tap \"Bắt đầu\"\n"
        "tap 640 400\n"
        "press \"Logo\" 3\n"
        "drag 600 700 600 200\n"
        "keys \"Nguyeenx\"\n"
        "wait 95   # walk away\n"
        "shot home\n"
        "expect \"Chạm để bắt đầu\"\n"
        "expect-not \"Nguyễn\"\n",
        "a.script");
    REQUIRE(s.ok());
    const auto& c = s->commands;
    REQUIRE(c.size() == 9);
    CHECK(c[0].kind == K::TapLabel);
    CHECK(c[0].text == "Bắt đầu");
    CHECK(c[0].line == 2);
    CHECK(c[1].kind == K::TapAt);
    CHECK(c[1].nums == std::vector<double>{640, 400});
    CHECK(c[2].kind == K::PressLabel);
    CHECK(c[2].nums == std::vector<double>{3});
    CHECK(c[3].nums.size() == 4);
    CHECK(c[4].text == "Nguyeenx");
    CHECK(c[5].nums[0] == 95);
    CHECK(c[6].text == "home");
    CHECK(c[7].kind == K::Expect);
    CHECK(c[8].kind == K::ExpectNot);
}

TEST_CASE("a malformed line is an error with file and line") {
    auto s = tramso::parse_script("wait 1\ntap 640\n", "b.script");
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().where == "b.script:2");
    CHECK(s.error().message == "expected tap \"Label\" or tap X Y");
}

TEST_CASE("an unknown command is named") {
    auto s = tramso::parse_script("click \"x\"\n", "c.script");
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message == "unknown command 'click'");
}

TEST_CASE("an unclosed quote is reported") {
    auto s = tramso::parse_script("expect \"Xin chào\n", "d.script");
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().where == "d.script:1");
}

TEST_CASE("quotes inside a label can be escaped") {
    auto s = tramso::parse_script("expect \"say \\\"hi\\\"\"\n", "e.script");
    REQUIRE(s.ok());
    CHECK(s->commands[0].text == "say \"hi\"");
}
