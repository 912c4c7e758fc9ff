#include <doctest/doctest.h>

#include <string>

#include "core/config.h"
#include "core/string_table.h"
#include "core/toml_guard.h"

namespace {

// "[a.a.a…]" with `parts` parts: what once overflowed toml++'s recursion.
std::string deep_header(int parts) {
    std::string key = "a";
    for (int i = 1; i < parts; ++i) key += ".a";
    return "[" + key + "]\n";
}

std::string nested_arrays(int depth) {
    return "x = " + std::string(static_cast<size_t>(depth), '[') + std::string(static_cast<size_t>(depth), ']') + "\n";
}

}  // namespace

TEST_CASE("a header with tens of thousands of dotted parts is an error on its line, not a crash") {
    const std::string text = "# a comment\n\n" + deep_header(30000);
    auto problem = tramso::check_toml_shape(text);
    REQUIRE(problem);
    CHECK(problem->line == 3);
    CHECK(problem->message.find("more than 16 dotted parts") != std::string::npos);
}

TEST_CASE("a key with too many dotted parts before '=' is refused where it is written") {
    std::string key = "b";
    for (int i = 0; i < 40; ++i) key += ".b";
    auto problem = tramso::check_toml_shape("[x]\nok = 1.5\n" + key + " = 1\n");
    REQUIRE(problem);
    CHECK(problem->line == 3);
}

TEST_CASE("lists and inline tables nested too deep are refused") {
    auto problem = tramso::check_toml_shape("a = 1\n" + nested_arrays(20000));
    REQUIRE(problem);
    CHECK(problem->line == 2);
    CHECK(problem->message.find("nested more than 16 deep") != std::string::npos);
    CHECK_FALSE(tramso::check_toml_shape(nested_arrays(4)));
}

TEST_CASE("dots, brackets and long text inside strings and comments are not counted") {
    const std::string text = "title = \"" + std::string(300, '.') + "[[[[[[[[[[[[[[[[[[[[\"\n" + "lit = '" +
                             std::string(300, '.') + "'\n" + "multi = \"\"\"\n" + std::string(300, '{') + "\n\"\"\"\n" +
                             "# " + std::string(300, '.') + "\n" + "\"quoted.key\".b.c = 1979-05-27T07:32:00.999\n";
    auto problem = tramso::check_toml_shape(text);
    CHECK_MESSAGE(!problem, (problem ? problem->message : ""));
}

TEST_CASE("an over-long line and an over-large file are refused with the limit") {
    auto line = tramso::check_toml_shape("a = 1\nb = \"" + std::string(10000, 'x') + "\"\n");
    REQUIRE(line);
    CHECK(line->line == 2);
    CHECK(line->message.find("longer than 8192 bytes") != std::string::npos);

    tramso::TomlLimits small;
    small.max_bytes = 10;
    auto big = tramso::check_toml_shape("a = \"0123456789\"\n", small);
    REQUIRE(big);
    CHECK(big->message.find("at most 10") != std::string::npos);
}

TEST_CASE("the guarded parser reports a shape problem as a TOML error with file and line") {
    try {
        (void)tramso::parse_toml_guarded("\n" + deep_header(30000), "lessons/deep.toml");
        FAIL("expected a parse error");
    } catch (const toml::parse_error& e) {
        CHECK(e.source().begin.line == 2);
        REQUIRE(e.source().path);
        CHECK(*e.source().path == "lessons/deep.toml");
    }
}

TEST_CASE("a config with a deep header is an error naming config file and line") {
    auto c = tramso::parse_config("[kiosk]\nid = \"x\"\n" + deep_header(30000), "config/kiosk.toml");
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().where == "config/kiosk.toml:3");
}

TEST_CASE("a string table with a deep header is an error naming the file and line") {
    auto t = tramso::StringTable::parse(deep_header(30000), "[a]\nb = \"x\"\n");
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().where == "vi.toml:1");
}
