#include "app/session_flow.h"

#include <algorithm>

#include "app/finish_flow.h"
#include "app/registration_flow.h"
#include "app/staff_flow.h"

namespace tramso::app {

void SessionFlow::build_home_entries() {
    if (!m_content) return;
    for (const Lesson& l : m_content->lessons) {
        const std::string minutes = std::to_string(l.minutes);
        m_state.home_entries.push_back(HomeEntry{"lesson:" + l.id, l.title,
                                                 LocalText{minutes + " phút", minutes + " min"}, l.pictogram,
                                                 "home.group." + std::string(category_name(l.category))});
    }
}

void SessionFlow::reset_to_attract(std::vector<Effect>& effects, EndReason reason) {
    // Before the lesson run ends, so that the close belongs to the run she asked from.
    close_help(effects, to_string(reason));
    if (m_state.lesson) {
        leave_step(effects);
        effects.push_back(fx::Record{left_record(to_string(reason))});
        m_state.lesson.reset();
    }
    effects.push_back(fx::Record{rec::SessionEnd{reason}});
    // Nothing personal outlives the session: the next visitor must not see her name, nor
    // which lessons she finished.
    clear_learner();
    m_state.lessons_finished.clear();
    m_state.home_page = 0;
    m_state.made_progress = m_state.end_question = m_state.end_question_asked = false;
    m_state.idle_warning_since_ms.reset();
    // Her QR code and slip state go with her.
    m_state.finish.reset();
    m_visit.parts.finish->visit_ended();
    // A new visitor starts in the center's default language, not the last visitor's.
    m_state.lang = default_lang();
    go(Screen::Attract);
}

bool SessionFlow::session_event(const Event& event, std::vector<Effect>& effects) {
    bool handled = true;
    std::visit(
        [&](const auto& e) {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, ev::Wake>) {
                if (m_state.screen == Screen::Attract) {
                    go(Screen::Home);
                    effects.push_back(fx::Record{rec::SessionStart{m_state.lang}});
                }
            } else if constexpr (std::is_same_v<E, ev::Touch>) {
                // Only keeps the session alive (Flow::handle notes the time of every event).
            } else if constexpr (std::is_same_v<E, ev::HomePage>) {
                if (m_state.screen == Screen::Home) m_state.home_page = std::max(0, e.page);
            } else if constexpr (std::is_same_v<E, ev::ToggleLanguage>) {
                m_state.lang = other_lang(m_state.lang);
                effects.push_back(fx::Record{rec::LanguageSwitched{m_state.lang}});
            } else if constexpr (std::is_same_v<E, ev::Goodbye>) {
                // What she learned is kept only if she registers: ask once before it is lost.
                if (m_state.screen == Screen::Attract) return;
                if (m_state.made_progress && !m_state.learner && !m_state.end_question_asked)
                    m_state.end_question = m_state.end_question_asked = true;
                else
                    reset_to_attract(effects, EndReason::completed);
            } else if constexpr (std::is_same_v<E, ev::Shutdown>) {
                // Whoever is at the kiosk is leaving with it: her visit ends now with its own
                // reason, distinct from the 'interrupted' a crash leaves (staff mode over it
                // logs out first, back to the visit under it).
                if (m_state.screen == Screen::Staff) staff_leave(effects, "shutdown");
                if (m_state.screen != Screen::Attract) reset_to_attract(effects, EndReason::shutdown);
            } else if constexpr (std::is_same_v<E, ev::OpenEntry>) {
                if (e.id.rfind("lesson:", 0) == 0)
                    if (LessonRef l = find_lesson(std::string_view(e.id).substr(7))) open_lesson(std::move(l), effects);
                m_visit.parts.registration->open_learner_entry(e.id, effects);
            } else if constexpr (std::is_same_v<E, ev::Listen>) {
                effects.push_back(fx::Speak{e.text, e.audio_file, m_state.lang});
                effects.push_back(fx::Record{rec::ListenPressed{lesson_step(), screen_name(m_state.screen)}});
            } else if constexpr (std::is_same_v<E, ev::StopListening>) {
                effects.push_back(fx::StopSpeech{});
            } else if constexpr (std::is_same_v<E, ev::PrintFinished>) {
                // A slip may come out after she left.
                m_visit.parts.finish->print_finished(e, effects);
            } else if constexpr (std::is_same_v<E, ev::StaffContentReloaded>) {
                // New lessons for the next visitor, even if staff mode has timed out since it was
                // asked; what is on screen keeps the snapshot it was drawn from.
                content_reloaded(e.content);
                if (m_state.screen == Screen::Staff) {
                    m_state.staff.notice_key = "staff.maintenance.reloaded";
                    m_state.staff.notice_detail = e.detail;
                    m_state.staff.notice_error = e.problems;
                }
            } else if constexpr (std::is_same_v<E, ev::StaffHold>) {
                // The hidden entry to staff mode works on every screen.
                if (m_state.screen != Screen::Staff) m_visit.parts.staff->staff_enter(effects);
            } else {
                handled = false;
            }
        },
        event);
    return handled;
}

bool SessionFlow::end_question_event(const Event& event, std::vector<Effect>& effects) {
    if (const auto* a = std::get_if<ev::AnswerEndVisit>(&event)) {
        m_state.end_question = false;
        if (a->save)
            m_visit.parts.registration->open_learner_entry("register", effects);
        else
            reset_to_attract(effects, EndReason::completed);
        return true;
    }
    return !(std::holds_alternative<ev::Listen>(event) || std::holds_alternative<ev::StopListening>(event) ||
             std::holds_alternative<ev::AskHelp>(event) || std::holds_alternative<ev::StaffHold>(event) ||
             std::holds_alternative<ev::Shutdown>(event) || std::holds_alternative<ev::PrintFinished>(event) ||
             std::holds_alternative<ev::StaffContentReloaded>(event));
}

LessonRef SessionFlow::find_lesson(std::string_view id) const {
    if (!m_content) return nullptr;
    for (const Lesson& l : m_content->lessons)
        if (l.id == id) return lesson_ref(m_content, l);
    return nullptr;
}

Lang SessionFlow::default_lang() const {
    return m_visit.default_lang ? *m_visit.default_lang : lang_from_code(m_config.kiosk.language);
}

void SessionFlow::set_default_language(Lang lang) {
    m_visit.default_lang = lang;
    if (m_state.screen == Screen::Attract) m_state.lang = lang;
}

void SessionFlow::content_reloaded(ContentSnapshot content) {
    m_content = std::move(content);
    m_state.home_entries.clear();
    build_home_entries();
}

}  // namespace tramso::app
