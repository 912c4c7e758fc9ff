#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "common/scratch_dir.h"
#include "common/source_dir.h"
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

namespace {
void write(const std::string& path, const std::string& text) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path) << text;
}
}  // namespace

TEST_CASE("each feature's strings load from their own file beside the shared table") {
    tramso::test::ScratchDir dir;
    write(dir.file("vi.toml"), "[common]\nback = \"Quay lại\"\n");
    write(dir.file("en.toml"), "[common]\nback = \"Back\"\n");
    write(dir.file("vi/finish.toml"), "[finish]\ntitle = \"Chị đã học xong!\"\n");
    write(dir.file("en/finish.toml"), "[finish]\ntitle = \"You finished!\"\n");
    auto t = tramso::StringTable::load(dir.path().string());
    REQUIRE_MESSAGE(t.ok(), (t.ok() ? "" : t.error().to_string()));
    CHECK(t->get(Lang::vi, "finish.title") == "Chị đã học xong!");
    CHECK(t->get(Lang::en, "common.back") == "Back");

    SUBCASE("a key defined twice is an error naming the file") {
        write(dir.file("vi/again.toml"), "[common]\nback = \"Lùi\"\n");
        write(dir.file("en/again.toml"), "[other]\nx = \"x\"\n");
        auto twice = tramso::StringTable::load(dir.path().string());
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().where.find("again.toml") != std::string::npos);
        CHECK(twice.error().message.find("common.back") != std::string::npos);
    }
    SUBCASE("a feature key missing in one language names the key") {
        write(dir.file("vi/extra.toml"), "[extra]\nonly_vi = \"chỉ tiếng Việt\"\n");
        auto missing = tramso::StringTable::load(dir.path().string());
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().message.find("extra.only_vi") != std::string::npos);
    }
}
