// What the flow asks the session store to keep: one type per kind of record, each with only
// the facts that kind has. The session log (app/session_log.cpp) writes each type its own
// way, chosen by the compiler (std::visit), so a new kind cannot be forgotten there: it does
// not compile until the log handles it.
//
// Steps are indexes into the open lesson; the session log knows which run they belong to.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/clock.h"
#include "core/end_reason.h"
#include "core/lang.h"
#include "lessons/lesson.h"

namespace tramso::app::rec {

// The visit.
struct SessionStart {
    Lang lang;
};
struct SessionEnd {
    EndReason reason;
};
struct LanguageSwitched {
    Lang lang;
};
struct LearnerIdentified {
    std::int64_t learner_id;
};  // only her id: her name stays in learners
struct ConsentGiven {};
struct ListenPressed {
    std::optional<int> step;  // in a lesson
    std::string screen;       // elsewhere: which screen she had read to her
};
struct IdleWarning {
    std::string screen;  // what the question covers
    std::optional<int> step;
};
struct IdleContinue {
    Millis shown_ms;  // how long the question showed before she answered it
    std::optional<int> step;
};
// Asking for a person (app/help.h says when a request is closed).
struct HelpRequested {
    std::string screen;     // the screen she asked from
    std::string lesson_id;  // the open lesson, if any
    std::optional<int> step;
};
struct HelpClosed {
    std::string how;  // "back", "staff", or why the visit ended
    Millis waited_ms;
    std::optional<int> step;
};
// The finish screen's code and slip: the lesson run has ended, so these belong to the visit.
struct QrShown {
    std::string lesson_id;
    std::string reference;  // the random ?r= of the link, nothing about her
};
struct QrPrinted {
    std::string lesson_id;
    bool ok;
    std::string error;  // the printer's problem in words when not ok
};

// A lesson run.
struct LessonStart {
    std::string lesson_id;
    int lesson_version;
    std::optional<int> resumed_at;  // a returning learner picking up at this step
};
struct StepShown {
    int step;
    StepKind kind;
};
struct StepLeft {
    int step;
    Millis spent_ms;
};
struct PracticeTap {
    int step;
    std::string target;  // what she tapped: element id, "id.part", or empty for the bare screen
    bool correct;
};
struct HintShown {
    int step;
    std::string target;  // the element now glowing
};
struct QuizAnswer {
    int step;
    int answer;
    bool correct;
};
struct LessonFinished {
    int step;
};
struct LessonLeft {
    int step;
    std::string reason;  // "home", "back", or why the visit ended ("idle", "error", …)
};

}  // namespace tramso::app::rec

namespace tramso::app::fx {

using Record =
    std::variant<rec::SessionStart, rec::SessionEnd, rec::LanguageSwitched, rec::LearnerIdentified, rec::ConsentGiven,
                 rec::ListenPressed, rec::IdleWarning, rec::IdleContinue, rec::QrShown, rec::QrPrinted,
                 rec::LessonStart, rec::StepShown, rec::StepLeft, rec::PracticeTap, rec::HintShown, rec::QuizAnswer,
                 rec::LessonFinished, rec::LessonLeft, rec::HelpRequested, rec::HelpClosed>;

}  // namespace tramso::app::fx

namespace tramso::app {

// The word the events table stores for this kind of record ("practice_tap", …): for traces,
// tests and anyone reading the database.
std::string_view record_kind(const fx::Record& record);

}  // namespace tramso::app
