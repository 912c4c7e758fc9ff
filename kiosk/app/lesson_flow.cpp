// The lesson player's rules: steps, practice taps, quiz answers, Back that keeps answers,
// and the question before leaving.
#include "app/lesson_flow.h"

namespace tramso::app {

std::optional<int> LessonFlow::lesson_step() const {
    if (!m_state.lesson) return std::nullopt;
    return int(m_state.lesson->step);
}

rec::LessonLeft LessonFlow::left_record(std::string_view reason) const {
    return rec::LessonLeft{lesson_step().value_or(0), std::string(reason)};
}

void LessonFlow::open_lesson(LessonRef lesson, std::vector<Effect>& effects) {
    m_state.lesson.emplace(std::move(lesson), m_clock.monotonic_ms());
    go(Screen::Lesson);
    const Lesson& l = *m_state.lesson->lesson;
    effects.push_back(fx::Record{rec::LessonStart{l.id, l.version, std::nullopt}});
    show_step(effects);
}

void LessonFlow::show_step(std::vector<Effect>& effects) {
    LessonRun& run = *m_state.lesson;
    run.step_started_ms = m_clock.monotonic_ms();
    run.here().last_wrong.clear();
    effects.push_back(fx::Record{rec::StepShown{int(run.step), run.current().kind}});
}

// Records how long she spent on the step she is leaving.
void LessonFlow::leave_step(std::vector<Effect>& effects) {
    const LessonRun& run = *m_state.lesson;
    const Millis spent = m_clock.monotonic_ms() - run.step_started_ms;
    effects.push_back(fx::Record{rec::StepLeft{int(run.step), spent}});
}

void LessonFlow::lesson_event(const Event& event, std::vector<Effect>& effects) {
    if (m_state.screen != Screen::Lesson || !m_state.lesson) return;
    LessonRun& run = *m_state.lesson;
    const Step& step = run.current();

    if (run.confirm_leave) {
        // While the question shows, only its answer counts.
        if (const auto* a = std::get_if<ev::AnswerLeaveLesson>(&event)) {
            run.confirm_leave = false;
            if (a->leave) {
                leave_step(effects);
                effects.push_back(fx::Record{left_record("home")});
                m_state.lesson.reset();
                go(Screen::Home);
            }
        }
        return;
    }

    if (std::holds_alternative<ev::Next>(event)) {
        leave_step(effects);
        m_state.made_progress = true;
        if (run.on_last()) {
            effects.push_back(fx::Record{rec::LessonFinished{int(run.step)}});
            m_state.lessons_finished.insert(run.lesson->id);
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
            effects.push_back(fx::Record{left_record("back")});
            m_state.lesson.reset();
            go(Screen::Home);
            return;
        }
        --run.step;
        show_step(effects);
    } else if (const auto* tap = std::get_if<ev::PhoneTap>(&event)) {
        if (step.kind != StepKind::practice || run.here().done) return;
        const bool correct = tap->target == step.target;
        effects.push_back(fx::Record{rec::PracticeTap{int(run.step), tap->target, correct}});
        if (correct) {
            run.here().done = true;
            run.here().last_wrong.clear();
        } else {
            ++run.here().wrong_taps;
            run.here().last_wrong = tap->target;
            if (run.here().wrong_taps == kWrongTapsBeforeHighlight)
                effects.push_back(fx::Record{rec::HintShown{int(run.step), step.target}});
        }
    } else if (const auto* answer = std::get_if<ev::QuizAnswer>(&event)) {
        if (step.kind != StepKind::quiz || answer->index < 0 || answer->index >= int(step.answers.size())) return;
        StepProgress& p = run.here();
        p.tried.resize(step.answers.size());
        p.tried[answer->index] = true;
        p.chosen = answer->index;
        const bool correct = step.answers[answer->index].correct;
        if (correct) p.done = true;
        effects.push_back(fx::Record{rec::QuizAnswer{int(run.step), answer->index, correct}});
    } else if (std::holds_alternative<ev::AskLeaveLesson>(event)) {
        run.confirm_leave = true;
    }
}

}  // namespace tramso::app
