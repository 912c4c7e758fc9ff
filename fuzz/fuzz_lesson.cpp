// The lesson reader on arbitrary text, as a whole lesson file (content/lessons/*.toml). It
// never throws; it reports either a lesson or its problems in file order; and a lesson it
// accepts keeps the promises content/README.md makes to the flow: steps end with a finish,
// quizzes have 2–4 answers with a correct one, every practice target is on its scene, and the
// follow-up link is a valid slug or https:// address.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "lessons/content.h"
#include "lessons/followup.h"
#include "lessons/lesson_loader.h"

using namespace tramso;

namespace {

void check_lesson(const Lesson& lesson) {
    FUZZ_CHECK(!lesson.id.empty());
    FUZZ_CHECK(!lesson.steps.empty());
    FUZZ_CHECK(lesson.steps.back().kind == StepKind::finish);
    for (const Step& step : lesson.steps) {
        switch (step.kind) {
            case StepKind::practice:
                FUZZ_CHECK(step.scene.has_value());
                FUZZ_CHECK(step.target == "back" || scene_has_target(*step.scene, step.target));
                break;
            case StepKind::quiz: {
                FUZZ_CHECK(step.answers.size() >= 2 && step.answers.size() <= 4);
                bool any_correct = false;
                for (const Answer& a : step.answers) any_correct = any_correct || a.correct;
                FUZZ_CHECK(any_correct);
                break;
            }
            case StepKind::finish:
                FUZZ_CHECK(!step.learned.empty() && step.learned.size() <= 3);
                break;
            case StepKind::explain:
                break;
        }
    }
    if (!lesson.followup.empty()) FUZZ_CHECK(!check_followup(lesson.followup));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // No pictures or recordings are there: the reader must say so, not fail.
    LessonFile file = parse_lesson(text, "fuzz.toml", "/nonexistent-fuzz-content");
    FUZZ_CHECK(file.ok() == file.lesson.has_value());
    int line = 0, column = 0;
    for (const Diagnostic& d : file.errors) {
        FUZZ_CHECK(d.file == "fuzz.toml");
        FUZZ_CHECK(!d.problem.empty());
        FUZZ_CHECK(d.line > line || (d.line == line && d.column >= column));
        line = d.line;
        column = d.column;
    }
    if (!file.lesson) return 0;
    check_lesson(*file.lesson);
    // The kiosk holds accepted lessons in a snapshot; a lesson reference keeps it alive.
    ContentSnapshot snapshot = make_snapshot({*file.lesson});
    LessonRef ref = lesson_ref(snapshot, snapshot->lessons.front());
    snapshot.reset();
    FUZZ_CHECK(ref->id == file.lesson->id);
    return 0;
}
