#include <doctest/doctest.h>

#include "core/string_table.h"

using tramso::Lang;

TEST_CASE("the bundled string tables load and have the same keys in both languages") {
    auto t = tramso::StringTable::load(std::string(TRAMSO_SOURCE_DIR) + "/assets/strings");
    REQUIRE_MESSAGE(t.ok(), (t.ok() ? "" : t.error().to_string()));
    CHECK(t->keys(Lang::vi) == t->keys(Lang::en));
    CHECK(t->get(Lang::vi, "attract.touch_to_start") == "Chạm để bắt đầu");
    CHECK(t->get(Lang::en, "attract.touch_to_start") == "Touch to start");
}

TEST_CASE("a key missing from one language is an error naming the key") {
    auto t = tramso::StringTable::parse("[a]\nx = \"một\"\ny = \"hai\"\n", "[a]\nx = \"one\"\n");
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().message.find("a.y") != std::string::npos);
}

TEST_CASE("an unknown key shows as [key] instead of crashing") {
    auto t = tramso::StringTable::parse("x = \"một\"\n", "x = \"one\"\n");
    REQUIRE(t.ok());
    CHECK(t->get(Lang::vi, "nope.key") == "[nope.key]");
}

TEST_CASE("placeholders are filled in") {
    auto t = tramso::StringTable::parse("hi = \"Chào chị {name}!\"\n", "hi = \"Hello {name}!\"\n");
    REQUIRE(t.ok());
    CHECK(t->format(Lang::vi, "hi", {{"name", "Hoà"}}) == "Chào chị Hoà!");
}
