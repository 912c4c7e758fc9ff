// The lesson player's rules: steps, practice taps, quiz answers, Back that keeps answers,
// and the question before leaving. Part of Flow; kept apart so each file has one job.
#include "app/flow.h"
#include "app/json_detail.h"

namespace tramso::app {

fx::Record Flow::lesson_record(std::string kind, std::string detail) const {
    fx::Record r{std::move(kind), std::move(detail)};
    if (m_state.lesson) {
        r.lesson_id = m_state.lesson->lesson->id;
        r.lesson_version = m_state.lesson->lesson->version;
        r.step = int(m_state.lesson->step);
    }
    return r;
}

fx::Record Flow::left_record(const char* reason) const {
    fx::Record r = lesson_record("lesson_left", JsonDetail().add("reason", reason).str());
    r.target = reason;
    return r;
}

void Flow::open_lesson(LessonRef lesson, std::vector<Effect>& effects) {
    m_state.lesson.emplace(std::move(lesson), m_clock.monotonic_ms());
    go(Screen::Lesson);
    effects.push_back(lesson_record("lesson_start", ""));
    show_step(effects);
}

void Flow::show_step(std::vector<Effect>& effects) {
    LessonRun& run = *m_state.lesson;
    run.step_started_ms = m_clock.monotonic_ms();
    run.here().last_wrong.clear();
    effects.push_back(lesson_record("step_shown", JsonDetail().add("kind", step_kind_name(run.current().kind)).str()));
}

// Records how long she spent on the step she is leaving.
void Flow::leave_step(std::vector<Effect>& effects) {
    const LessonRun& run = *m_state.lesson;
    const Millis spent = m_clock.monotonic_ms() - run.step_started_ms;
    fx::Record r = lesson_record("step_left", JsonDetail().add("ms", static_cast<long long>(spent)).str());
    r.value = spent;
    effects.push_back(std::move(r));
}

void Flow::lesson_event(const Event& event, std::vector<Effect>& effects) {
    if (m_state.screen != Screen::Lesson || !m_state.lesson) return;
    LessonRun& run = *m_state.lesson;
    const Step& step = run.current();

    if (run.confirm_leave) {
        // While the question shows, only its answer counts.
        if (const auto* a = std::get_if<ev::AnswerLeaveLesson>(&event)) {
            run.confirm_leave = false;
            if (a->leave) {
                leave_step(effects);
                effects.push_back(left_record("home"));
                m_state.lesson.reset();
                go(Screen::Home);
            }
        }
        return;
    }

    if (std::holds_alternative<ev::Next>(event)) {
        leave_step(effects);
        if (run.on_last()) {
            effects.push_back(lesson_record("lesson_finished", ""));
            LessonRef finished = run.lesson;
            m_state.lesson.reset();
            open_finish(std::move(finished), effects);  // QR code and slip (finish_flow.cpp)
            return;
        }
        ++run.step;
        show_step(effects);
    } else if (std::holds_alternative<ev::Back>(event)) {
        leave_step(effects);
        if (run.on_first()) {
            effects.push_back(left_record("back"));
            m_state.lesson.reset();
            go(Screen::Home);
            return;
        }
        --run.step;
        show_step(effects);
    } else if (const auto* tap = std::get_if<ev::PhoneTap>(&event)) {
        if (step.kind != StepKind::practice || run.here().done) return;
        const bool correct = tap->target == step.target;
        fx::Record r = lesson_record("practice_tap", JsonDetail().add("target", tap->target).add("correct", correct).str());
        r.target = tap->target;
        r.ok = correct;
        effects.push_back(std::move(r));
        if (correct) {
            run.here().done = true;
            run.here().last_wrong.clear();
        } else {
            ++run.here().wrong_taps;
            run.here().last_wrong = tap->target;
            if (run.here().wrong_taps == kWrongTapsBeforeHighlight)
                effects.push_back(lesson_record("hint_shown", JsonDetail().add("target", step.target).str()));
        }
    } else if (const auto* answer = std::get_if<ev::QuizAnswer>(&event)) {
        if (step.kind != StepKind::quiz || answer->index < 0 || answer->index >= int(step.answers.size())) return;
        StepProgress& p = run.here();
        p.tried.resize(step.answers.size());
        p.tried[answer->index] = true;
        p.chosen = answer->index;
        const bool correct = step.answers[answer->index].correct;
        if (correct) p.done = true;
        fx::Record r = lesson_record("quiz_answer", JsonDetail().add("answer", answer->index).add("correct", correct).str());
        r.value = answer->index;
        r.ok = correct;
        effects.push_back(std::move(r));
    } else if (std::holds_alternative<ev::AskLeaveLesson>(event)) {
        run.confirm_leave = true;
    }
}

}  // namespace tramso::app
