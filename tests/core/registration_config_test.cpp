// The [registration] table: the ward list, keyboard layout and tone style are
// checked as strictly as every other key, with the line named.
#include <doctest/doctest.h>

#include "common/source_dir.h"
#include "core/config.h"

using tramso::parse_config;

TEST_CASE("the shipped config lists this center's wards with the qwerty keyboard and classic tones") {
    auto c = tramso::load_config(std::string(TRAMSO_SOURCE_DIR) + "/config/kiosk.toml");
    REQUIRE_MESSAGE(c.ok(), (c.ok() ? "" : c.error().to_string()));
    CHECK(c->registration.wards.size() >= 2);
    CHECK(c->registration.keyboard_layout == "qwerty");
    CHECK(c->registration.tone_style == "classic");
    tramso::Config d;
    CHECK(d.registration.wards.empty());  // no list: the ward question is skipped
}

TEST_CASE("the registration table reads a ward list, a layout and a tone style") {
    auto c = parse_config(
        "[registration]\nwards = [\"Phường Láng\", \"Xã Bát Tràng\"]\nkeyboard_layout = \"abc\"\n"
        "tone_style = \"modern\"\n",
        "k.toml");
    REQUIRE_MESSAGE(c.ok(), (c.ok() ? "" : c.error().to_string()));
    CHECK(c->registration.wards == std::vector<std::string>{"Phường Láng", "Xã Bát Tràng"});
    CHECK(c->registration.keyboard_layout == "abc");
    CHECK(c->registration.tone_style == "modern");
}

TEST_CASE("a bad registration value names the line and what is allowed") {
    struct Case {
        const char* text;
        const char* where;
        const char* message;
    };
    const Case cases[] = {
        {"[registration]\nwards = \"Phường Láng\"\n", "k.toml:2", "registration.wards must be a list of quoted names"},
        {"[registration]\n\nwards = [\"A\", 3]\n", "k.toml:3", "registration.wards must hold only quoted names"},
        {"[registration]\nwards = [\"A\", \"  \"]\n", "k.toml:2", "registration.wards has an empty name"},
        {"[registration]\nwards = [\"Xã A\", \"Xã A\"]\n", "k.toml:2", "registration.wards lists \"Xã A\" twice"},
        {"[registration]\nkeyboard_layout = \"dvorak\"\n", "k.toml:2",
         "registration.keyboard_layout must be one of \"qwerty\", \"abc\""},
        {"[registration]\ntone_style = \"new\"\n", "k.toml:2",
         "registration.tone_style must be one of \"classic\", \"modern\""},
        {"[registration]\nlayout = \"abc\"\n", "k.toml:2", "unknown key registration.layout"},
    };
    for (const Case& t : cases) {
        INFO(t.text);
        auto c = parse_config(t.text, "k.toml");
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().where == t.where);
        CHECK(c.error().message.find(t.message) == 0);
    }
    std::string many = "[registration]\nwards = [";
    for (int i = 0; i < 41; ++i) many += (i ? ", \"X" : "\"X") + std::to_string(i) + "\"";
    auto c = parse_config(many + "]\n", "k.toml");
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().message == "registration.wards may list at most 40 names");
}
