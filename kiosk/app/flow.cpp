#include "app/flow.h"

#include "app/finish_flow.h"
#include "app/help_flow.h"
#include "app/idle_flow.h"
#include "app/lesson_flow.h"
#include "app/registration_flow.h"
#include "app/returning_flow.h"
#include "app/session_flow.h"
#include "app/staff_flow.h"

namespace tramso::app {

const char* screen_name(Screen s) {
    switch (s) {
        case Screen::Attract:
            return "attract";
        case Screen::Home:
            return "home";
        case Screen::Lesson:
            return "lesson";
        case Screen::Finish:
            return "finish";
        case Screen::Register:
            return "register";
        case Screen::Returning:
            return "returning";
        case Screen::Staff:
            return "staff";
    }
    return "?";
}

Flow::Flow(const Config& config, const Clock& clock, ContentSnapshot content, FlowInputs inputs)
    : m_visit(config, clock, std::move(content), std::move(inputs)),
      m_session(std::make_unique<SessionFlow>(m_visit)),
      m_lesson(std::make_unique<LessonFlow>(m_visit)),
      m_finish(std::make_unique<FinishFlow>(m_visit)),
      m_idle(std::make_unique<IdleFlow>(m_visit)),
      m_registration(std::make_unique<RegistrationFlow>(m_visit)),
      m_returning(std::make_unique<ReturningFlow>(m_visit)),
      m_staff(std::make_unique<StaffFlow>(m_visit)),
      m_help(std::make_unique<HelpFlow>(m_visit)) {
    m_visit.parts = FlowParts{m_session.get(),      m_lesson.get(),    m_finish.get(), m_idle.get(),
                              m_registration.get(), m_returning.get(), m_staff.get(),  m_help.get()};
    State& s = m_visit.state;
    s.lang = lang_from_code(config.kiosk.language);
    s.last_touch_ms = clock.monotonic_ms();
    s.screen_since_ms = clock.monotonic_ms();
    m_session->build_home_entries();
}

Flow::~Flow() = default;

void Flow::set_default_language(Lang lang) { m_session->set_default_language(lang); }
void Flow::set_idle_question(LocalText question) { m_idle->set_idle_question(std::move(question)); }
std::vector<Effect> Flow::end_after_error() { return m_idle->end_after_error(); }

std::vector<Effect> Flow::handle(const Event& event) {
    std::vector<Effect> effects;
    State& s = m_visit.state;
    s.last_touch_ms = m_visit.clock.monotonic_ms();
    // While the idle question shows, its own events come first.
    if (s.idle_warning_since_ms && m_idle->idle_warning_event(event, effects)) return effects;
    // Asking for a person: the screen she left stays as it was under the waiting screen, which
    // sends only its own events and Listen.
    if (m_help->help_event(event, effects)) return effects;
    if (s.end_question && m_session->end_question_event(event, effects)) return effects;
    if (m_session->session_event(event, effects)) return effects;
    // The rest belong to one screen each.
    switch (s.screen) {
        case Screen::Lesson:
            m_lesson->lesson_event(event, effects);
            break;
        case Screen::Finish:
            m_finish->finish_event(event, effects);
            break;
        case Screen::Register:
            m_registration->registration_event(event, effects);
            break;
        case Screen::Returning:
            m_returning->returning_event(event, effects);
            break;
        case Screen::Staff:
            m_staff->staff_event(event, effects);
            break;
        case Screen::Attract:
        case Screen::Home:
            break;
    }
    return effects;
}

std::optional<Millis> Flow::next_deadline_ms() const {
    if (m_visit.state.screen == Screen::Attract) return std::nullopt;
    return m_idle->idle_deadline_ms();
}

std::vector<Effect> Flow::tick() {
    std::vector<Effect> effects;
    m_idle->idle_tick(effects);
    return effects;
}

}  // namespace tramso::app
