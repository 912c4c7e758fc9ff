// Files a lesson names, and lesson files found in the folder, are read only from inside the
// content folder: a symlink out of it is an error at the line that names the file.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "fixtures.h"
#include "lessons/content.h"
#include "lessons/lesson_loader.h"

using namespace tramso;
namespace fs = std::filesystem;

namespace {

// A copy of tests/data/lessons, and a folder beside it standing for "anywhere else".
struct LinkedContent {
    fs::path base, root, elsewhere;
    LinkedContent() {
        static int counter = 0;
        base = fs::temp_directory_path() /
               ("tramso-links-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(base);
        root = base / "content";
        elsewhere = base / "elsewhere";
        fs::create_directories(root / "lessons");
        fs::create_directories(elsewhere);
        fs::copy(test::fixture_root() / "images", root / "images", fs::copy_options::recursive);
        fs::copy(test::fixture_root() / "audio", root / "audio", fs::copy_options::recursive);
        fs::copy_file(test::fixture("good-lesson.toml"), root / "lessons" / "good-lesson.toml");
    }
    ~LinkedContent() {
        std::error_code ec;
        fs::remove_all(base, ec);
    }
    LessonFile load_good() const { return load_lesson_file(root / "lessons" / "good-lesson.toml", root); }
};

bool has_error(const LessonFile& f, int line, const std::string& text) {
    return std::any_of(f.errors.begin(), f.errors.end(), [&](const Diagnostic& d) {
        return d.line == line && d.problem.find(text) != std::string::npos;
    });
}

}  // namespace

TEST_CASE("the copied fixture lesson loads, so each refusal below is the link's doing") {
    LinkedContent c;
    CHECK(c.load_good().ok());
}

TEST_CASE("a picture linked to /etc/passwd is refused at the line that names it") {
    LinkedContent c;
    fs::remove(c.root / "images" / "touch.png");
    fs::create_symlink("/etc/passwd", c.root / "images" / "touch.png");
    const LessonFile f = c.load_good();
    CHECK_FALSE(f.ok());
    CHECK(has_error(f, 17, "leads outside the content folder (to /etc/passwd)"));
    CHECK(has_error(f, 100, "leads outside the content folder"));
}

TEST_CASE("a folder of pictures linked outside the content folder is refused, even when the picture is good") {
    LinkedContent c;
    fs::rename(c.root / "images", c.elsewhere / "images");
    fs::create_directory_symlink(c.elsewhere / "images", c.root / "images");
    const LessonFile f = c.load_good();
    CHECK_FALSE(f.ok());
    CHECK(has_error(f, 17, "leads outside the content folder"));
}

TEST_CASE("a recording linked outside the content folder is refused") {
    LinkedContent c;
    fs::rename(c.root / "audio" / "hello.wav", c.elsewhere / "hello.wav");
    fs::create_symlink(c.elsewhere / "hello.wav", c.root / "audio" / "hello.wav");
    CHECK(has_error(c.load_good(), 18, "leads outside the content folder"));
}

TEST_CASE("a link that stays inside the content folder is fine") {
    LinkedContent c;
    fs::rename(c.root / "images" / "touch.png", c.root / "images" / "real-touch.png");
    fs::create_symlink("real-touch.png", c.root / "images" / "touch.png");
    const LessonFile f = c.load_good();
    CHECK_MESSAGE(f.ok(), (f.errors.empty() ? "" : f.errors[0].to_string()));
}

TEST_CASE("a lesson file linked from outside the content folder is skipped with the reason") {
    LinkedContent c;
    fs::copy_file(test::fixture("good-lesson.toml"), c.elsewhere / "planted.toml");
    fs::create_symlink(c.elsewhere / "planted.toml", c.root / "lessons" / "planted.toml");
    const Content content = load_content(c.root);
    REQUIRE(content.lessons.size() == 1);
    REQUIRE(content.skipped.size() == 1);
    CHECK(content.skipped[0].file.filename() == "planted.toml");
    CHECK(content.skipped[0].errors.at(0).problem.find("leads outside the content folder") != std::string::npos);
}

TEST_CASE("a pipe or folder named like a lesson is reported at once, not waited on or ignored") {
    LinkedContent c;
    REQUIRE(::mkfifo((c.root / "lessons" / "pipe.toml").c_str(), 0644) == 0);
    fs::create_directory(c.root / "lessons" / "folder.toml");
    const Content content = load_content(c.root);
    CHECK(content.lessons.size() == 1);
    REQUIRE(content.skipped.size() == 2);
    CHECK(content.skipped[0].file.filename() == "folder.toml");
    CHECK(content.skipped[0].errors.at(0).problem.find("is a folder") != std::string::npos);
    CHECK(content.skipped[1].file.filename() == "pipe.toml");
    CHECK(content.skipped[1].errors.at(0).problem.find("is a pipe (FIFO)") != std::string::npos);
}
