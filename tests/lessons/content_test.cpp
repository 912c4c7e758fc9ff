// The content folder as the kiosk and `tramso check-content` see it: broken files are skipped
// with their errors, the rest load in home-screen order, and the summary tells staff what to do.
#include "lessons/content.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "fixtures.h"

using namespace tramso;
namespace fs = std::filesystem;

namespace {

// A scratch content folder (lessons/, images/) removed when the test ends.
struct TempContent {
    fs::path root;
    TempContent() {
        static int counter = 0;
        root = fs::temp_directory_path() /
               ("tramso-lessons-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(root);
        fs::create_directories(root / "lessons");
    }
    ~TempContent() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    void copy(const std::string& fixture_name, const std::string& as = {}) const {
        fs::copy_file(test::fixture(fixture_name), root / "lessons" / (as.empty() ? fixture_name : as));
    }
    void write(const std::string& name, const std::string& text) const {
        std::ofstream(root / "lessons" / name) << text;
    }
};

const SkippedFile* find_skipped(const Content& c, const std::string& name) {
    for (const SkippedFile& s : c.skipped) {
        if (s.file.filename() == name) return &s;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("load_content skips broken files and keeps every good lesson") {
    const Content c = load_content(test::fixture_root());
    CHECK_FALSE(c.folder_error.has_value());
    CHECK_FALSE(c.ok());
    // good-lesson.toml and the first of the two duplicate-id files load; nothing else does.
    REQUIRE(c.lessons.size() == 2);
    CHECK(c.lessons[0].id == "trung-id");  // order 1
    CHECK(c.lessons[1].id == "bai-mau");   // order 2
    const auto files =
        std::distance(fs::directory_iterator(test::fixture_root() / "lessons"), fs::directory_iterator());
    CHECK(c.skipped.size() == static_cast<std::size_t>(files) - 2);
    for (const SkippedFile& s : c.skipped) {
        INFO(s.file);
        CHECK_FALSE(s.errors.empty());
    }
    CHECK(std::is_sorted(c.skipped.begin(), c.skipped.end(),
                         [](const SkippedFile& a, const SkippedFile& b) { return a.file < b.file; }));
}

TEST_CASE("two lessons with one id: the later file is skipped with an error naming both") {
    const Content c = load_content(test::fixture_root());
    const SkippedFile* dup = find_skipped(c, "duplicate-id-b.toml");
    REQUIRE(dup != nullptr);
    REQUIRE(dup->errors.size() == 1);
    const Diagnostic& d = dup->errors[0];
    CHECK(d.file == test::fixture("duplicate-id-b.toml").string());
    CHECK(d.line == 2);
    CHECK(d.problem.find("lesson id \"trung-id\" is already used by " + test::fixture("duplicate-id-a.toml").string() +
                         ":2") != std::string::npos);
    CHECK(find_skipped(c, "duplicate-id-a.toml") == nullptr);
}

TEST_CASE("lessons are sorted by order, then by id") {
    TempContent dir;
    auto lesson = [](const std::string& id, int order) {
        std::ifstream in(test::fixture("duplicate-id-a.toml"));
        std::stringstream text;
        text << in.rdbuf();
        std::string s = text.str();
        s.replace(s.find("\"trung-id\""), 10, "\"" + id + "\"");
        s.replace(s.find("order = 1"), 9, "order = " + std::to_string(order));
        return s;
    };
    dir.write("a.toml", lesson("zeta", 2));
    dir.write("b.toml", lesson("beta", 1));
    dir.write("c.toml", lesson("alpha", 2));
    const Content c = load_content(dir.root);
    CHECK(c.ok());
    REQUIRE(c.lessons.size() == 3);
    CHECK(c.lessons[0].id == "beta");
    CHECK(c.lessons[1].id == "alpha");
    CHECK(c.lessons[2].id == "zeta");
}

TEST_CASE("check-content prints each error and a summary, and exits 1 on errors") {
    TempContent dir;
    dir.copy("good-lesson.toml");
    dir.copy("unknown-key.toml");
    dir.copy("missing-vi.toml");
    fs::copy(test::fixture_root() / "images", dir.root / "images");
    fs::copy(test::fixture_root() / "audio", dir.root / "audio");
    std::ostringstream out;
    CHECK(check_content(dir.root, out) == 1);
    const std::string text = out.str();
    CHECK(text.find((dir.root / "lessons/unknown-key.toml").string() + ":7:1: unknown key") != std::string::npos);
    CHECK(text.find((dir.root / "lessons/missing-vi.toml").string() + ":9:11:") != std::string::npos);
    CHECK(text.find("2 files with errors (1 lesson OK)\n") != std::string::npos);
}

TEST_CASE("check-content says how many lessons are OK and exits 0 when all are") {
    TempContent dir;
    dir.copy("good-lesson.toml");
    dir.copy("duplicate-id-a.toml");
    fs::copy(test::fixture_root() / "images", dir.root / "images");
    fs::copy(test::fixture_root() / "audio", dir.root / "audio");
    std::ostringstream out;
    CHECK(check_content(dir.root, out) == 0);
    CHECK(out.str() == "2 lessons OK\n");
}

TEST_CASE("a missing or empty content folder is one clear error and exit code 2") {
    TempContent dir;
    std::ostringstream empty_out;
    CHECK(check_content(dir.root, empty_out) == 2);
    CHECK(empty_out.str().find("holds no lesson files") != std::string::npos);

    std::ostringstream missing_out;
    const Content c = load_content(dir.root / "nowhere");
    CHECK(c.lessons.empty());
    REQUIRE(c.folder_error.has_value());
    CHECK(check_content(dir.root / "nowhere", missing_out) == 2);
    CHECK(missing_out.str().find("cannot open the lessons folder") != std::string::npos);
}

TEST_CASE("files that are not lessons are ignored; unreadable ones are skipped, not fatal") {
    TempContent dir;
    dir.copy("duplicate-id-a.toml", "ok.toml");
    dir.write("notes.txt", "not a lesson");
    dir.write("empty.toml", "");
    {
        std::ofstream bin(dir.root / "lessons/binary.toml", std::ios::binary);
        bin << std::string("\x00\xff\xfe garbage \x89PNG", 17);
    }
    const Content c = load_content(dir.root);
    CHECK(c.lessons.size() == 1);
    CHECK(c.skipped.size() == 2);
    CHECK(find_skipped(c, "empty.toml") != nullptr);
    CHECK(find_skipped(c, "binary.toml") != nullptr);
    CHECK(find_skipped(c, "notes.txt") == nullptr);
}

TEST_CASE("check-content reports text to reword at its column, and the lesson still loads") {
    TempContent dir;
    std::ifstream in(test::fixture("duplicate-id-a.toml"));
    std::stringstream text;
    text << in.rdbuf();
    std::string lesson = text.str();
    const std::string old = "title = { vi = \"Bài thử\"";
    lesson.replace(lesson.find(old), old.size(), "title = { vi = \"Xoá tin online\"");
    dir.write("reword.toml", lesson);

    const Content content = load_content(dir.root);
    REQUIRE(content.lessons.size() == 1);
    REQUIRE(content.wording.size() == 2);
    // title = { vi = "Xoá tin online"   — "Xoá" starts at column 17, "online" at 25.
    CHECK(content.wording[0].where() == (dir.root / "lessons/reword.toml").string() + ":8:17");
    CHECK(content.wording[0].fix.find("\"Xóa\"") != std::string::npos);
    CHECK(content.wording[1].column == 25);
    CHECK(content.wording[1].fix.find("“qua mạng”") != std::string::npos);

    std::ostringstream out;
    CHECK(check_content(dir.root, out) == 1);
    CHECK(out.str().find(":8:17: \"Xoá\" puts the tone mark on the second vowel — write \"Xóa\"") != std::string::npos);
    CHECK(out.str().find("1 lesson OK; 2 texts to reword (the lessons still load)\n") != std::string::npos);
}
