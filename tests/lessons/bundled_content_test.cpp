// The 12 lessons that ship in content/lessons/ must all pass the checker and be real lessons:
// enough steps to teach something, at least one hands-on practice and one quiz.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "fixtures.h"
#include "lessons/content.h"
#include "lessons/lesson_loader.h"

using namespace tramso;
namespace fs = std::filesystem;

namespace {

fs::path content_dir() { return test::source_dir() / "content"; }

std::vector<fs::path> bundled_files() {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(content_dir() / "lessons", ec)) {
        if (entry.path().extension() == ".toml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("every bundled lesson passes check-content") {
    for (const fs::path& file : bundled_files()) {
        const LessonFile result = load_lesson_file(file, content_dir());
        std::string errors;
        for (const Diagnostic& d : result.errors) errors += d.to_string() + "\n";
        INFO(errors);
        CHECK_MESSAGE(result.ok(), file.filename().string());
    }
    std::ostringstream out;
    const int code = check_content(content_dir(), out);
    INFO(out.str());
    CHECK(code == 0);
}

TEST_CASE("there are exactly 12 bundled lessons") { CHECK(bundled_files().size() == 12); }

TEST_CASE("each bundled lesson has at least 6 steps, a practice and a quiz") {
    for (const fs::path& file : bundled_files()) {
        const LessonFile result = load_lesson_file(file, content_dir());
        if (!result.lesson) continue;  // reported by the test above
        const Lesson& l = *result.lesson;
        INFO(file.filename().string());
        CHECK(l.steps.size() >= 6);
        auto count = [&](StepKind k) {
            return std::count_if(l.steps.begin(), l.steps.end(), [&](const Step& s) { return s.kind == k; });
        };
        CHECK(count(StepKind::practice) >= 1);
        CHECK(count(StepKind::quiz) >= 1);
    }
}

TEST_CASE("bundled lessons have distinct home-screen positions") {
    const Content c = load_content(content_dir());
    std::set<int> orders;
    for (const Lesson& l : c.lessons) {
        INFO(l.id, " order ", l.order);
        CHECK(orders.insert(l.order).second);
    }
}
