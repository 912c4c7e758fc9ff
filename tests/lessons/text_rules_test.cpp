// Text rules and loader robustness, on lessons written in memory.
#include "lessons/text_rules.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "fixtures.h"
#include "lessons/lesson_loader.h"

using namespace tramso;

namespace {

std::string read(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

// A valid lesson whose title is `title`.
std::string lesson_with_title(const std::string& title) {
    std::string text = read(test::fixture("duplicate-id-a.toml"));
    const std::string old = "title = { vi = \"Bài thử\"";
    text.replace(text.find(old), old.size(), "title = { vi = \"" + title + "\"");
    return text;
}

}  // namespace

TEST_CASE("length limits count characters, not bytes") {
    CHECK(count_code_points("abc") == 3);
    CHECK(count_code_points("Việt") == 4);  // 'ệ' is 3 bytes
    CHECK(count_code_points("") == 0);

    // 60 Vietnamese letters (180 bytes) is exactly the title limit.
    const std::string sixty = repeat("ệ", 60);
    CHECK(parse_lesson(lesson_with_title(sixty), "t.toml", test::fixture_root()).ok());
    const LessonFile over = parse_lesson(lesson_with_title(sixty + "ệ"), "t.toml", test::fixture_root());
    REQUIRE(over.errors.size() == 1);
    CHECK(over.errors[0].problem == "`title` (vi) is 61 characters long; the limit is 60");
}

TEST_CASE("NFC text passes; decomposed accents are found and their word named") {
    CHECK_FALSE(first_non_nfc_word("Xin chào Việt Nam").has_value());
    CHECK_FALSE(first_non_nfc_word("plain ascii").has_value());
    const std::string decomposed = "Xin cha\xCC\x80o Vie\xCC\xA3\xCC\x82t";  // chào Việt, NFD
    const auto word = first_non_nfc_word(decomposed);
    REQUIRE(word.has_value());
    CHECK(*word == "cha\xCC\x80o");
}

TEST_CASE("scene strings may be plain; lesson texts must be { vi, en } tables") {
    std::string text = read(test::fixture("duplicate-id-a.toml"));
    const std::string old = "text = { vi = \"Chạm vào Zalo.\" }";
    text.replace(text.find(old), old.size(), "text = \"Chạm vào Zalo.\"");
    const LessonFile result = parse_lesson(text, "t.toml", test::fixture_root());
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].line == 13);
    CHECK(result.errors[0].problem.find("must be a table with Vietnamese text") != std::string::npos);
}

TEST_CASE("unknown keys inside a { vi, en } table suggest the language key") {
    const LessonFile result = parse_lesson(lesson_with_title("Bài\", vn = \"x"), "t.toml", test::fixture_root());
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].to_string().find("unknown key `vn`") != std::string::npos);
    CHECK(result.errors[0].to_string().find("did you mean `vi`?") != std::string::npos);
}

TEST_CASE("a lesson cut off anywhere never crashes the loader and always says where") {
    const std::string good = read(test::fixture("good-lesson.toml"));
    REQUIRE(parse_lesson(good, "g.toml", test::fixture_root()).ok());
    // Up to the closing "]" of the last step: without it the file cannot be valid.
    for (std::size_t cut = 0; cut + 1 < good.size(); cut += 7) {
        const LessonFile result = parse_lesson(good.substr(0, cut), "g.toml", test::fixture_root());
        INFO("cut at byte ", cut);
        REQUIRE_FALSE(result.ok());
        for (const Diagnostic& d : result.errors) {
            CHECK(d.line >= 1);
            CHECK_FALSE(d.problem.empty());
            CHECK_FALSE(d.fix.empty());
        }
    }
}

TEST_CASE("garbage bytes are a TOML error, not a crash") {
    const LessonFile result = parse_lesson(std::string("\xff\xfe\x00[[steps", 10), "bin.toml", test::fixture_root());
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].problem.find("not valid TOML") != std::string::npos);
}

TEST_CASE("the example lesson in content/README.md is itself valid") {
    const std::string readme = read(test::source_dir() / "content/README.md");
    const std::string open = "```toml\n";
    const auto begin = readme.find(open);
    REQUIRE(begin != std::string::npos);
    const auto end = readme.find("```", begin + open.size());
    REQUIRE(end != std::string::npos);
    const std::string example = readme.substr(begin + open.size(), end - begin - open.size());
    // tests/data/lessons holds the picture and recording the example names.
    const LessonFile result = parse_lesson(example, "README.md", test::fixture_root());
    std::string errors;
    for (const Diagnostic& d : result.errors) errors += d.to_string() + "\n";
    INFO(errors);
    CHECK(result.ok());
}
