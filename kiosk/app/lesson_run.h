// One learner's way through one lesson: which step she is on and what she did on each, so
// Back never loses an answer and a hint appears after two wrong taps. Pure data + rules.
#pragma once

#include <string>
#include <vector>

#include "core/clock.h"
#include "lessons/content.h"
#include "lessons/lesson.h"

namespace tramso::app {

struct StepProgress {
    int wrong_taps = 0;
    bool done = false;        // practice: target tapped; quiz: a correct answer chosen
    int chosen = -1;          // quiz: the answer last chosen (its feedback is shown)
    std::vector<bool> tried;  // quiz: answers already tried
    std::string last_wrong;   // practice: the element just tapped wrongly (gentle flash)
};

// After this many wrong taps the practice target is highlighted (two wrong taps).
constexpr int kWrongTapsBeforeHighlight = 2;

struct LessonRun {
    LessonRef lesson;  // keeps its content snapshot alive while the run lasts
    size_t step = 0;
    std::vector<StepProgress> progress;
    Millis step_started_ms = 0;
    bool confirm_leave = false;  // the "leave the lesson?" question is showing

    LessonRun(LessonRef l, Millis now) : lesson(std::move(l)), progress(lesson->steps.size()), step_started_ms(now) {}

    const Step& current() const { return lesson->steps[step]; }
    StepProgress& here() { return progress[step]; }
    const StepProgress& here() const { return progress[step]; }
    bool on_first() const { return step == 0; }
    bool on_last() const { return step + 1 == lesson->steps.size(); }
    bool highlight_target() const {
        return current().kind == StepKind::practice && !here().done && here().wrong_taps >= kWrongTapsBeforeHighlight;
    }
    // Next is the main action once the step's task is done (or there is no task).
    bool task_done() const {
        const StepKind k = current().kind;
        return (k != StepKind::practice && k != StepKind::quiz) || here().done;
    }
};

}  // namespace tramso::app
