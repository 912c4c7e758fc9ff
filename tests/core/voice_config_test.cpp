// The [voice] section: read strictly like every other section.
#include <doctest/doctest.h>

#include "common/source_dir.h"
#include "core/config.h"

using tramso::parse_config;

TEST_CASE("the shipped config has the voice defaults: speech on, read on request, cache under var/") {
    auto c = tramso::load_config(std::string(TRAMSO_SOURCE_DIR) + "/config/kiosk.toml");
    REQUIRE_MESSAGE(c.ok(), (c.ok() ? "" : c.error().to_string()));
    const tramso::Config d;
    CHECK(c->voice.enabled == d.voice.enabled);
    CHECK(c->voice.rate == d.voice.rate);
    CHECK(c->voice.volume == d.voice.volume);
    CHECK(c->voice.auto_read == d.voice.auto_read);
    CHECK(c->voice.cache_dir == "var/voice-cache");
}

TEST_CASE("voice settings are read from the [voice] section") {
    auto c = parse_config("[voice]\nenabled = false\nrate = 120\nvolume = 150\nauto_read = true\ncache_dir = \"\"\n",
                          "k.toml");
    REQUIRE_MESSAGE(c.ok(), (c.ok() ? "" : c.error().to_string()));
    CHECK_FALSE(c->voice.enabled);
    CHECK(c->voice.rate == 120);
    CHECK(c->voice.volume == 150);
    CHECK(c->voice.auto_read);
    CHECK(c->voice.cache_dir.empty());
}

TEST_CASE("a voice rate or volume out of range, a wrong type or a typo is an error naming the line") {
    auto fast = parse_config("[voice]\nrate = 600\n", "k.toml");
    REQUIRE_FALSE(fast.ok());
    CHECK(fast.error().to_string() == "k.toml:2: voice.rate must be between 80 and 450");

    auto loud = parse_config("[voice]\n\nvolume = -1\n", "k.toml");
    REQUIRE_FALSE(loud.ok());
    CHECK(loud.error().to_string() == "k.toml:3: voice.volume must be between 0 and 200");

    auto word = parse_config("[voice]\nauto_read = \"yes\"\n", "k.toml");
    REQUIRE_FALSE(word.ok());
    CHECK(word.error().message == "voice.auto_read must be true or false");

    auto typo = parse_config("[voice]\nautoread = true\n", "k.toml");
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.error().message.find("unknown key voice.autoread") != std::string::npos);
}
