// Unattended operation: the idle warning before a reset, and the way out
// after a fault.
//
// Timeline of a learner who walks away: idle_seconds after her last touch the warning covers
// the screen (the question is spoken once); warning_seconds later the visit ends with reason
// "idle". Any touch on the warning continues exactly where she was — the screen, the lesson
// step and her answers are never touched while it shows. While she waits for a person
// (app/help.h) the warning holds off for session.help_wait_seconds.
#include "app/idle_flow.h"

#include <algorithm>

namespace tramso::app {

std::optional<Millis> IdleFlow::idle_deadline_ms() const {
    // Staff mode: logged out after its own time without a touch, with no question.
    if (m_state.screen == Screen::Staff) return m_state.last_touch_ms + Millis(m_config.staff.idle_seconds) * 1000;
    if (m_state.idle_warning_since_ms)
        return *m_state.idle_warning_since_ms + Millis(m_config.session.warning_seconds) * 1000;
    const Millis idle = m_state.last_touch_ms + Millis(m_config.session.idle_seconds) * 1000;
    // Waiting for a person is not walking away: the question waits help_wait_seconds from her
    // request (or the usual time from her last touch, if that is later).
    if (m_state.help) return std::max(idle, m_state.help->since_ms + Millis(m_config.session.help_wait_seconds) * 1000);
    return idle;
}

void IdleFlow::idle_tick(std::vector<Effect>& effects) {
    if (m_state.screen == Screen::Attract) return;
    const Millis now = m_clock.monotonic_ms();
    const std::optional<Millis> deadline = idle_deadline_ms();
    if (!deadline || now < *deadline) return;
    if (m_state.screen == Screen::Staff) {
        staff_leave(effects, "timeout");
        return;
    }
    if (m_state.idle_warning_since_ms) {
        // Nobody answered: the lesson_left record (from reset_to_attract) carries the step.
        reset_to_attract(effects, EndReason::idle);
        return;
    }
    m_state.idle_warning_since_ms = now;
    effects.push_back(fx::Record{rec::IdleWarning{screen_name(m_state.screen), lesson_step()}});
    if (const std::string& question = m_idle_question.get(m_state.lang); !question.empty())
        effects.push_back(fx::Speak{question, "", m_state.lang});
}

bool IdleFlow::idle_warning_event(const Event& event, std::vector<Effect>& effects) {
    // Silencing the voice is a touch too: she is there, so the warning goes and the voice stops.
    if (std::holds_alternative<ev::StillHere>(event) || std::holds_alternative<ev::StopListening>(event)) {
        const Millis shown = m_clock.monotonic_ms() - *m_state.idle_warning_since_ms;
        m_state.idle_warning_since_ms.reset();
        effects.push_back(fx::Record{rec::IdleContinue{shown, lesson_step()}});
        effects.push_back(fx::StopSpeech{});
        return true;
    }
    // Listening to the question again shows she is there: the countdown starts over, and the
    // usual Listen handling speaks it.
    if (std::holds_alternative<ev::Listen>(event)) m_state.idle_warning_since_ms = m_clock.monotonic_ms();
    // A bare touch (the warning's own surface turns taps into StillHere) changes nothing; any
    // other event is not a learner's tap on the hidden screen, so it is handled as usual.
    return std::holds_alternative<ev::Touch>(event);
}

std::vector<Effect> IdleFlow::end_after_error() {
    std::vector<Effect> effects;
    if (m_state.screen == Screen::Attract) {
        // No visit to end; still make sure nothing personal or half-shown survives.
        m_state.idle_warning_since_ms.reset();
        m_state.learner.reset();
        return effects;
    }
    if (m_state.lesson) {
        // The fault may have struck half-way through a lesson rule: record where she was from
        // the fields that cannot be inconsistent (lesson id, step index) and drop the run
        // rather than trust its progress.
        LessonRun& run = *m_state.lesson;
        if (run.step >= run.lesson->steps.size()) run.step = run.lesson->steps.size() - 1;
        effects.push_back(fx::Record{left_record("error")});
        m_state.lesson.reset();
    }
    reset_to_attract(effects, EndReason::error);
    return effects;
}

}  // namespace tramso::app
