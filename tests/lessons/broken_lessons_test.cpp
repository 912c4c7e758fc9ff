// Each file in tests/data/lessons/lessons/ other than good-lesson.toml has one mistake a staff
// member could make; the loader must name the file, the line and what is wrong, and report
// nothing else (a second, follow-on error would send staff looking in the wrong place).
#include <doctest/doctest.h>

#include <string>

#include "fixtures.h"
#include "lessons/lesson_loader.h"

using tramso::Diagnostic;
using tramso::LessonFile;

namespace {

struct Expected {
    const char* file;
    int line;
    const char* phrase;  // must appear in "what is wrong — what to fix"
};

void expect_single_error(const Expected& e) {
    const auto path = tramso::test::fixture(e.file);
    const LessonFile result = tramso::load_lesson_file(path, tramso::test::fixture_root());
    INFO("fixture ", e.file);
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.lesson.has_value());
    REQUIRE(result.errors.size() == 1);
    const Diagnostic& d = result.errors.front();
    INFO("error: ", d.to_string());
    CHECK(d.file == path.string());
    CHECK(d.line == e.line);
    CHECK(d.column > 0);
    CHECK(d.to_string().find(e.phrase) != std::string::npos);
    // The printed form is file:line:column: problem — fix
    CHECK(d.to_string().rfind(path.string() + ":" + std::to_string(e.line) + ":", 0) == 0);
    CHECK(d.to_string().find(" — ") != std::string::npos);
}

void expect_all(std::initializer_list<Expected> cases) {
    for (const Expected& e : cases) expect_single_error(e);
}

}  // namespace

TEST_CASE("a misspelt key is reported where it is written, with the key it was meant to be") {
    expect_all({
        {"unknown-key.toml", 7, "unknown key `tittle` in the lesson — did you mean `title`?"},
        {"unknown-element-key.toml", 21, "unknown key `colour` in element \"zalo\""},
        {"unknown-element-key.toml", 21, "did you mean `color`?"},
        {"hint-in-quiz.toml", 30, "`hint` is used in practice steps"},
    });
}

TEST_CASE("missing and mistyped values name the key and how to write it") {
    expect_all({
        {"missing-vi.toml", 9, "`summary` has no Vietnamese text (`vi`)"},
        {"missing-title.toml", 1, "the lesson has no `title`"},
        {"wrong-type.toml", 6, "`minutes` must be a whole number, not text in quotes"},
        {"title-plain-string.toml", 8, "write title = { vi = \"Bài thử\" }"},
    });
}

TEST_CASE("a TOML syntax error stops the file at the line toml++ reports") {
    expect_all({{"bad-syntax.toml", 13, "not valid TOML"}});
}

TEST_CASE("text longer than its screen limit is an error counted in characters") {
    expect_all({{"text-too-long.toml", 8, "`title` (vi) is 70 characters long; the limit is 60"}});
}

TEST_CASE("text with separately typed accents (not NFC) is an error naming the word") {
    expect_all({{"non-nfc.toml", 9, "not in Unicode NFC form"}});
    expect_all({{"non-nfc.toml", 9, "uconv -x any-nfc"}});
}

TEST_CASE("a practice target must name something tappable in its scene") {
    expect_all({
        {"target-not-in-scene.toml", 14, "target \"zallo\" is not an element of this step's scene"},
        {"target-not-in-scene.toml", 14, "did you mean \"zalo\"?"},
        {"unknown-part.toml", 14, "element \"zalo\" (app) has no tappable parts"},
    });
}

TEST_CASE("element ids are unique within a scene and types come from the README table") {
    expect_all({
        {"duplicate-element-id.toml", 22,
         "element id \"zalo\" is used twice in this scene (first "
         "on line 17)"},
        {"unknown-element-type.toml", 18,
         "unknown element type \"buton\" — did you mean "
         "\"button\"?"},
    });
}

TEST_CASE("quizzes have 2 to 4 answers, one of them correct, each with feedback") {
    expect_all({
        {"quiz-one-answer.toml", 30, "has 1 answer; a quiz needs 2 to 4"},
        {"quiz-no-correct.toml", 30, "no answer of step 2 (quiz) is marked correct"},
        {"answer-without-feedback.toml", 34, "answer 2 of step 2 (quiz) has no `feedback`"},
    });
}

TEST_CASE("a lesson ends with a finish step of 1 to 3 learned lines") {
    expect_all({
        {"no-finish.toml", 27, "the lesson does not end with a finish step"},
        {"too-many-learned.toml", 40, "has 4 learned lines; a finish step needs 1 to 3"},
    });
}

TEST_CASE("names from fixed lists are checked: pictograms, icons, categories, colours") {
    expect_all({
        {"unknown-pictogram.toml", 7, "unknown pictogram \"telephone\""},
        {"unknown-icon.toml", 20, "unknown icon \"zalo\""},
        {"unknown-category.toml", 5, "unknown category \"safty\" — did you mean \"safety\"?"},
        {"bad-color.toml", 21, "colour \"blue\" is not #RRGGBB"},
    });
}

TEST_CASE("numbers and ids must be in range and in the documented format") {
    expect_all({
        {"minutes-out-of-range.toml", 6, "`minutes` is 90; it must be 1–60"},
        {"bad-id.toml", 2, "`id` \"Bai Hoc\" contains 'B'"},
    });
}

TEST_CASE("a follow-up is an https address or a lower-case slug") {
    expect_all({
        {"bad-url.toml", 8, "is not secure (http://)"},
        {"bad-slug.toml", 8, "the follow-up slug \"bai hoc\" contains a space"},
    });
}

TEST_CASE("pictures must exist and decode as PNG; recordings must exist and be WAV") {
    expect_all({
        {"missing-image.toml", 30, "images/missing.png does not exist"},
        {"not-a-png.toml", 30, "is not a PNG picture"},
        {"damaged-png.toml", 30, "is a damaged PNG"},
        {"missing-audio.toml", 14, "audio/missing.wav does not exist"},
        {"not-a-wav.toml", 14, "is not a WAV recording"},
    });
}

TEST_CASE("every problem in a file is reported, in file order, not just the first") {
    const LessonFile result =
        tramso::load_lesson_file(tramso::test::fixture("many-problems.toml"), tramso::test::fixture_root());
    REQUIRE(result.errors.size() == 4);
    CHECK(result.errors[0].line == 7);
    CHECK(result.errors[0].problem.find("unknown key `tittle`") != std::string::npos);
    CHECK(result.errors[1].line == 10);
    CHECK(result.errors[1].problem.find("no Vietnamese text") != std::string::npos);
    CHECK(result.errors[2].line == 15);
    CHECK(result.errors[2].problem.find("\"zallo\"") != std::string::npos);
    CHECK(result.errors[3].line == 28);
    CHECK(result.errors[3].problem.find("does not end with a finish step") != std::string::npos);
}

TEST_CASE("a file that cannot be read is one error naming the file, not a crash") {
    const auto path = tramso::test::fixture("does-not-exist.toml");
    const LessonFile result = tramso::load_lesson_file(path, tramso::test::fixture_root());
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].file == path.string());
    CHECK(result.errors[0].line == 0);
    CHECK(result.errors[0].to_string().find("cannot be read") != std::string::npos);
}

TEST_CASE("a lesson with a header of thirty thousand dotted parts is one error at its line") {
    std::string key = "steps";
    for (int i = 0; i < 30000; ++i) key += ".a";
    const LessonFile result =
        tramso::parse_lesson("id = \"x\"\n[" + key + "]\n", "lessons/deep.toml", tramso::test::fixture_root());
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].file == "lessons/deep.toml");
    CHECK(result.errors[0].line == 2);
    CHECK(result.errors[0].problem.find("dotted parts") != std::string::npos);
    CHECK_FALSE(result.lesson);
}
