// Values and files that once slipped past the config checks: each is an error naming the
// file and, for a value, its line.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <fstream>
#include <string>

#include "common/scratch_dir.h"
#include "core/config.h"
#include "core/string_table.h"

using tramso::parse_config;

namespace {

tramso::Error error_for(const std::string& text) {
    auto c = parse_config(text, "config/kiosk.toml");
    REQUIRE_FALSE(c.ok());
    return c.error();
}

}  // namespace

TEST_CASE("nan and inf are refused for every number key, at their line") {
    for (const char* value : {"nan", "+nan", "-nan", "inf", "-inf"}) {
        CAPTURE(value);
        auto e = error_for(std::string("[display]\n\nscale = ") + value + "\n");
        CHECK(e.where == "config/kiosk.toml:3");
        CHECK(e.message == "display.scale must be an ordinary number, not nan or inf");
        auto d = error_for(std::string("[display]\ndiagonal_inches = ") + value + "\n");
        CHECK(d.where == "config/kiosk.toml:2");
    }
}

TEST_CASE("kiosk.id may use only letters, digits and '-', so report files stay in their folder") {
    for (const char* id : {"a/../../x", "..", "tram so", "", "tram.so", "tram_so\\\\x"}) {
        CAPTURE(id);
        auto e = error_for(std::string("[kiosk]\nid = \"") + id + "\"\n");
        CHECK(e.where == "config/kiosk.toml:2");
        CHECK(e.message.find("kiosk.id may use only letters, digits and '-'") != std::string::npos);
    }
    auto ok = parse_config("[kiosk]\nid = \"Tram-So-07\"\n", "k.toml");
    REQUIRE_MESSAGE(ok.ok(), (ok.ok() ? "" : ok.error().to_string()));
    CHECK(ok->kiosk.id == "Tram-So-07");
    CHECK(error_for("[kiosk]\nid = \"" + std::string(65, 'a') + "\"\n").message.find("at most 64") !=
          std::string::npos);
}

TEST_CASE("followup.base_url must be https, like lesson links") {
    for (const char* url : {"javascript:alert(1)", "http://hoctapso.vn/bai/", "https://", "https:///x",
                            "https://hoctapso.vn/ bai/", "HTTPS//x", "file:///etc/passwd",
                            // Refused by the follow-up link builder, so every finish screen would fail:
                            "https://hopaths.font_dir[!od-0u1", "https://a..vn/", "https://a.vn:x/",
                            "https://a.vn/bai?id=7", "https://a.vn/bai#top", "https://h//hopat{x"}) {
        CAPTURE(url);
        auto e = error_for(std::string("[followup]\nbase_url = \"") + url + "\"\n");
        CHECK(e.where == "config/kiosk.toml:2");
        CHECK(e.message.find("followup.base_url must be an https:// address") != std::string::npos);
    }
    auto ok = parse_config("[followup]\nbase_url = \"https://hoctapso.vn/bai/\"\n", "k.toml");
    CHECK(ok.ok());
    CHECK(error_for("[followup]\nbase_url = \"https://x.vn/" + std::string(600, 'a') + "\"\n")
              .message.find("at most 512") != std::string::npos);
}

TEST_CASE("a 100,000-character center name is refused with the limit in characters") {
    auto huge = error_for("[kiosk]\ncenter_name = \"" + std::string(100000, 'x') + "\"\n");
    CHECK(huge.where == "config/kiosk.toml:2");
    auto e = error_for("[kiosk]\ncenter_name = \"" + std::string(81, 'x') + "\"\n");
    CHECK(e.where == "config/kiosk.toml:2");
    CHECK(e.message == "kiosk.center_name is 81 characters long; at most 80 fit on the screen");
    // Vietnamese letters take two or three bytes each; the limit counts letters.
    std::string name;
    for (int i = 0; i < 26; ++i) name += "Nhà";
    auto ok = parse_config("[kiosk]\ncenter_name = \"" + name + "\"\n", "k.toml");
    CHECK_MESSAGE(ok.ok(), (ok.ok() ? "" : ok.error().to_string()));
}

TEST_CASE("paths, choices and names are bounded and may not hold line breaks") {
    CHECK(error_for("[paths]\ndatabase = \"" + std::string(5000, 'a') + "\"\n").message.find("at most 4096") !=
          std::string::npos);
    CHECK(error_for("[paths]\ndatabase = \"a\\nb\"\n").message.find("control characters") != std::string::npos);
    CHECK(error_for("[kiosk]\ncenter_name = \"a\\u0000b\"\n").message.find("control characters") != std::string::npos);
    std::string wards;
    for (int i = 0; i < 41; ++i) wards += "\"w" + std::to_string(i) + "\", ";
    CHECK(error_for("[registration]\nwards = [" + wards + "]\n").message.find("at most 40") != std::string::npos);
}

TEST_CASE("a folder given as the config file is an error, not a run on defaults") {
    tramso::test::ScratchDir dir;
    auto c = tramso::load_config(dir.path().string());
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().where == dir.path().string());
    CHECK(c.error().message.find("is a folder") != std::string::npos);
}

TEST_CASE("a FIFO given as the config file or a string table is refused at once, not waited on") {
    tramso::test::ScratchDir dir;
    REQUIRE(::mkfifo(dir.file("kiosk.toml").c_str(), 0600) == 0);
    auto c = tramso::load_config(dir.file("kiosk.toml"));
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().message.find("is a pipe (FIFO)") != std::string::npos);

    std::ofstream(dir.file("en.toml")) << "[a]\nb = \"x\"\n";
    REQUIRE(::mkfifo(dir.file("vi.toml").c_str(), 0600) == 0);
    auto t = tramso::StringTable::load(dir.path().string());
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().where == dir.file("vi.toml"));
    CHECK(t.error().message.find("is a pipe (FIFO)") != std::string::npos);
}

TEST_CASE("a config file too big to be a config is refused with its size") {
    tramso::test::ScratchDir dir;
    std::ofstream(dir.file("kiosk.toml")) << std::string(300 * 1024, '#');
    auto c = tramso::load_config(dir.file("kiosk.toml"));
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().message.find("too big") != std::string::npos);
}
