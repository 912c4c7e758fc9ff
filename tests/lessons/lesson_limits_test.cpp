// Every count and length a lesson can carry is bounded; past the bound the file is one error
// at the line where the limit is crossed, naming the limit.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>

#include "fixtures.h"
#include "lessons/content.h"
#include "lessons/lesson_loader.h"

using namespace tramso;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> good_lines() {
    std::ifstream in(test::fixture("good-lesson.toml"));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// good-lesson.toml with `text` inserted before its 1-based line `before`.
std::string good_with(int before, const std::string& text) {
    std::string out;
    const auto lines = good_lines();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (static_cast<int>(i) + 1 == before) out += text;
        out += lines[i] + "\n";
    }
    return out;
}

// good-lesson.toml with lines first..last (1-based) replaced by `with`.
std::string good_replacing(int first, const std::string& with, int last = 0) {
    std::string out;
    const auto lines = good_lines();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const int n = static_cast<int>(i) + 1;
        if (n == first)
            out += with + "\n";
        else if (n < first || n > std::max(first, last))
            out += lines[i] + "\n";
    }
    return out;
}

LessonFile parse(const std::string& text) { return parse_lesson(text, "lessons/limits.toml", test::fixture_root()); }

void expect_one_error(const LessonFile& f, int line, const std::string& phrase) {
    CHECK_FALSE(f.lesson);
    REQUIRE(f.errors.size() == 1);
    INFO("error: ", f.errors[0].to_string());
    CHECK(f.errors[0].file == "lessons/limits.toml");
    CHECK(f.errors[0].line == line);
    CHECK(f.errors[0].problem.find(phrase) != std::string::npos);
}

}  // namespace

TEST_CASE("the unmodified fixture parses, so each error below comes from the limit") {
    CHECK(parse(good_with(1, "")).ok());
}

TEST_CASE("a scene of 10,000 elements is one error at the 41st, quickly") {
    // Two lines per element, inserted after the scene's three (lines 26, 31, 38).
    std::string extra;
    for (int i = 0; i < 10000; ++i) extra += "[[steps.scene.elements]]\ntype = \"text\"\n";
    const std::string text = good_with(44, extra);
    const auto start = std::chrono::steady_clock::now();
    const LessonFile f = parse(text);
    const auto took = std::chrono::steady_clock::now() - start;
    expect_one_error(f, 44 + 37 * 2, "10003 elements; the limit is 40");
    CHECK(took < std::chrono::seconds(10));  // toml++ reads the file; nothing else is built
}

TEST_CASE("a practice scene past the limit is one error, not also a missing target") {
    std::string extra;
    for (int i = 0; i < 41; ++i) extra += "[[steps.scene.elements]]\ntype = \"text\"\n";
    // Inserted as the first elements of the practice step's scene (line 51).
    expect_one_error(parse(good_with(51, extra)), 51 + 40 * 2, "elements; the limit is 40");
}

TEST_CASE("a lesson of more than 60 steps is one error at the 61st") {
    std::string extra;
    for (int i = 0; i < 60; ++i) extra += "[[steps]]\nkind = \"explain\"\ntext = { vi = \"Bước.\" }\n";
    // Inserted before the fixture's first step (line 13): the 61st step is the fixture's first.
    expect_one_error(parse(good_with(13, extra)), 13 + 60 * 3, "67 steps; the limit is 60");
}

TEST_CASE("a tab bar of more than 8 tabs is one error at the 9th") {
    std::string tabs;
    for (int i = 0; i < 9; ++i) tabs += "{ id = \"t" + std::to_string(i) + "\", label = \"Tab\", icon = \"home\" }, ";
    // The fixture's two tabs (lines 69-72) become nine on one line.
    expect_one_error(parse(good_replacing(69, "items = [ " + tabs + "]", 72)), 69, "9 tabs; the limit is 8");
}

TEST_CASE("narration longer than 1000 characters is an error naming the limit") {
    const std::string long_vi(1001, 'a');
    expect_one_error(parse(good_replacing(16, "narration = { vi = \"" + long_vi + "\" }")), 16,
                     "1001 characters long; the limit is 1000");
}

TEST_CASE("a path or name of more than 200 bytes is an error naming the limit") {
    const std::string path = "images/" + std::string(300, 'a') + ".png";
    expect_one_error(parse(good_replacing(17, "image = \"" + path + "\"")), 17, "the limit is 200");
}

TEST_CASE("at most 500 lesson files are read from one folder; the rest are reported") {
    const fs::path root = fs::temp_directory_path() / ("tramso-many-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root / "lessons");
    for (int i = 0; i < 501; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "l%03d.toml", i);
        std::ofstream(root / "lessons" / name) << "x = 1\n";
    }
    const Content content = load_content(root);
    std::error_code ec;
    fs::remove_all(root, ec);
    REQUIRE(content.skipped.size() == 501);
    const SkippedFile& last = content.skipped.back();
    CHECK(last.file.filename() == "l500.toml");
    REQUIRE(last.errors.size() == 1);
    CHECK(last.errors[0].problem.find("limit of 500 lesson files") != std::string::npos);
    CHECK(content.skipped[499].errors[0].problem.find("limit of 500") == std::string::npos);
}
