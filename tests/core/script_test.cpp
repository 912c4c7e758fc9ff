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
    CHECK(s.error().message == "expected tap \"Label\", tap \"Label\" DX DY or tap X Y");
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

namespace {
std::string error_of(const char* source) {
    auto s = tramso::parse_script(source, "f.script");
    return s.ok() ? "" : s.error().to_string();
}
}  // namespace

TEST_CASE("a shot name stays inside the shots folder") {
    CHECK(error_of("shot ../../etc/x\n") ==
          "f.script:1: shot names are letters, digits, '-', '_' and '.', not starting with '.'");
    CHECK_FALSE(error_of("shot /tmp/x\n").empty());
    CHECK_FALSE(error_of("shot .hidden\n").empty());
    CHECK_FALSE(error_of("shot a/b\n").empty());
    CHECK_FALSE(error_of("shot \"bad name\"\n").empty());
    CHECK(error_of("shot cuoc-goi-lua-dao-05-practice_wrong.v2\n").empty());
}

TEST_CASE("every duration is bounded") {
    CHECK(error_of("press \"Logo\" 1e12\n") == "f.script:1: at most 60 seconds");
    CHECK(error_of("press \"Logo\" 3.2\n").empty());
    CHECK(error_of("press \"Logo\" -1\n") == "f.script:1: seconds must not be negative");
    CHECK(error_of("wait 1\nwait 86401\n") == "f.script:2: at most 86400 seconds");
    CHECK(error_of("wait 86400\n").empty());
    CHECK(error_of("wait -0.5\n") == "f.script:1: seconds must not be negative");
}

TEST_CASE("numbers must be finite") {
    CHECK(error_of("wait inf\n") == "f.script:1: 'inf' is not a finite number");
    CHECK(error_of("wait nan\n") == "f.script:1: 'nan' is not a finite number");
    CHECK(error_of("wait 1e999\n") == "f.script:1: '1e999' is not a finite number");
    CHECK(error_of("tap nan nan\n") == "f.script:1: 'nan' is not a finite number");
    CHECK(error_of("drag 0 0 infinity 5\n") == "f.script:1: 'infinity' is not a finite number");
    CHECK(error_of("press \"Logo\" -inf\n") == "f.script:1: '-inf' is not a finite number");
}

TEST_CASE("coordinates must not be negative") {
    CHECK(error_of("tap -1 400\n") == "f.script:1: coordinates must not be negative");
    CHECK(error_of("drag 600 700 600 -200\n") == "f.script:1: coordinates must not be negative");
    CHECK(error_of("tap 0 0\n").empty());
}
