#include <doctest/doctest.h>

#include "common/source_dir.h"
#include "core/config.h"

using tramso::parse_config;

TEST_CASE("the shipped config file loads and matches the built-in defaults") {
    auto c = tramso::load_config(std::string(TRAMSO_SOURCE_DIR) + "/config/kiosk.toml");
    REQUIRE_MESSAGE(c.ok(), (c.ok() ? "" : c.error().to_string()));
    tramso::Config d;
    CHECK(c->display.diagonal_inches == d.display.diagonal_inches);
    CHECK(c->session.idle_seconds == d.session.idle_seconds);
    CHECK(c->paths.database == d.paths.database);
}

TEST_CASE("an out-of-range value names the file, the line and the allowed range") {
    auto c = parse_config("[kiosk]\nid = \"x\"\n\n[display]\nscale = 7\n", "config/kiosk.toml");
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().to_string() == "config/kiosk.toml:5: display.scale must be between 0.5 and 3");
}

TEST_CASE("an unknown key is an error, not silently ignored") {
    auto c = parse_config("[display]\nscael = 1.0\n", "k.toml");
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().where == "k.toml:2");
    CHECK(c.error().message.find("unknown key display.scael") != std::string::npos);
}

TEST_CASE("a wrong type is an error naming the key") {
    auto c = parse_config("[session]\nidle_seconds = \"two minutes\"\n", "k.toml");
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().where == "k.toml:2");
    CHECK(c.error().message == "session.idle_seconds must be a whole number");
}

TEST_CASE("a choice outside its list lists the allowed values") {
    auto c = parse_config("[display]\nrenderer = \"opengl\"\n", "k.toml");
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().message == "display.renderer must be one of \"auto\", \"software\", \"accelerated\"");
}

TEST_CASE("a TOML syntax error points at its line") {
    auto c = parse_config("[kiosk]\nid = \"unterminated\n", "k.toml");
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().where == "k.toml:2");
}

TEST_CASE("every problem in a file is reported at once") {
    auto c = parse_config("[display]\nscale = 9\nfoo = 1\n", "k.toml");
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().message.find("display.scale") != std::string::npos);
    CHECK(c.error().message.find("unknown key display.foo") != std::string::npos);
}

TEST_CASE("integers are accepted where a number is expected") {
    auto c = parse_config("[display]\ndiagonal_inches = 24\n", "k.toml");
    REQUIRE(c.ok());
    CHECK(c->display.diagonal_inches == 24.0);
}

TEST_CASE("a missing config file is a clear error naming the path") {
    auto c = tramso::load_config("/nonexistent/kiosk.toml");
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().where == "/nonexistent/kiosk.toml");
}
