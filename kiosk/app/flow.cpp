#include "app/flow.h"

#include "app/json_detail.h"

namespace tramso::app {

const char* screen_name(Screen s) {
    switch (s) {
        case Screen::Attract: return "attract";
        case Screen::Home: return "home";
        case Screen::Lesson: return "lesson";
        // Finish screen, QR and printing:
        case Screen::Finish: return "finish";
        // Registration and returning learners:
        case Screen::Register: return "register";
        case Screen::Returning: return "returning";
        // Staff mode:
        case Screen::Staff: return "staff";
    }
    return "?";
}

Flow::Flow(const Config& config, const Clock& clock, ContentSnapshot content, FlowInputs inputs)
    : m_config(config), m_clock(clock), m_content(std::move(content)), m_inputs(std::move(inputs)) {
    m_state.lang = lang_from_code(config.kiosk.language);
    m_state.last_touch_ms = clock.monotonic_ms();
    m_state.screen_since_ms = clock.monotonic_ms();
    build_home_entries();
}

void Flow::build_home_entries() {
    if (!m_content) return;
    for (const Lesson& l : m_content->lessons) {
        const std::string minutes = std::to_string(l.minutes);
        m_state.home_entries.push_back(HomeEntry{"lesson:" + l.id, l.title,
                                                 LocalText{minutes + " phút", minutes + " min"}, l.pictogram,
                                                 "home.group." + std::string(category_name(l.category))});
    }
}

void Flow::go(Screen s) {
    m_state.screen = s;
    m_state.screen_since_ms = m_clock.monotonic_ms();
}

void Flow::reset_to_attract(std::vector<Effect>& effects, const char* reason) {
    if (m_state.lesson) {
        leave_step(effects);
        effects.push_back(left_record(reason));
        m_state.lesson.reset();
    }
    fx::Record end{"session_end", JsonDetail().add("reason", reason).str()};
    end.target = reason;
    effects.push_back(std::move(end));
    // Nothing personal outlives the session: the next visitor must not see her name.
    clear_learner();
    // Idle warning and attract:
    m_state.idle_warning_since_ms.reset();
    // Finish screen, QR and printing: her QR code and slip state go with her, and a
    // slip of hers that comes out later is not recorded in the next visitor's session.
    m_state.finish.reset();
    m_print_requests_before_session = m_print_requests;
    // A new visitor starts in the center's default language, not the last visitor's.
    m_state.lang = default_lang();
    go(Screen::Attract);
}

std::vector<Effect> Flow::handle(const Event& event) {
    std::vector<Effect> effects;
    m_state.last_touch_ms = m_clock.monotonic_ms();
    // Idle warning and attract: while the warning shows, its own events come first.
    if (m_state.idle_warning_since_ms && idle_warning_event(event, effects)) return effects;
    std::visit(
        [&](const auto& e) {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, ev::Wake>) {
                if (m_state.screen == Screen::Attract) {
                    go(Screen::Home);
                    fx::Record r{"session_start", ""};
                    r.target = std::string(lang_code(m_state.lang));
                    effects.push_back(std::move(r));
                }
            } else if constexpr (std::is_same_v<E, ev::Touch>) {
                // Only keeps the session alive (last_touch_ms above).
            } else if constexpr (std::is_same_v<E, ev::ToggleLanguage>) {
                m_state.lang = other_lang(m_state.lang);
                fx::Record r{"language", JsonDetail().add("lang", lang_code(m_state.lang)).str()};
                r.target = std::string(lang_code(m_state.lang));
                effects.push_back(std::move(r));
            } else if constexpr (std::is_same_v<E, ev::Goodbye>) {
                if (m_state.screen != Screen::Attract) reset_to_attract(effects, "completed");
            } else if constexpr (std::is_same_v<E, ev::Shutdown>) {
                shut_down(effects);  // idle_flow.cpp
            } else if constexpr (std::is_same_v<E, ev::OpenEntry>) {
                if (e.id.rfind("lesson:", 0) == 0)
                    if (LessonRef l = find_lesson(std::string_view(e.id).substr(7))) open_lesson(std::move(l), effects);
                // Registration and returning learners:
                open_learner_entry(e.id, effects);
            } else if constexpr (std::is_same_v<E, ev::Listen>) {
                effects.push_back(fx::Speak{e.text, e.audio_file, m_state.lang});
                fx::Record r = lesson_record("listen", "");
                if (!m_state.lesson) r.detail = JsonDetail().add("screen", screen_name(m_state.screen)).str();
                effects.push_back(std::move(r));
            } else if constexpr (std::is_same_v<E, ev::StopListening>) {
                effects.push_back(fx::StopSpeech{});
            } else if constexpr (std::is_same_v<E, ev::PrintFinished>) {
                // Finish screen, QR and printing: a slip may come out after she left.
                print_finished(e, effects);
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
                // Staff mode: the hidden entry works on every screen.
                if (m_state.screen != Screen::Staff) staff_enter(effects);
            } else {
                // The rest belong to one screen each.
                switch (m_state.screen) {
                    case Screen::Lesson: lesson_event(event, effects); break;
                    // Finish screen, QR and printing:
                    case Screen::Finish: finish_event(event, effects); break;
                    // Registration and returning learners:
                    case Screen::Register: registration_event(event, effects); break;
                    case Screen::Returning: returning_event(event, effects); break;
                    // Staff mode:
                    case Screen::Staff: staff_event(event, effects); break;
                    default: break;
                }
            }
        },
        event);
    return effects;
}

std::optional<Millis> Flow::next_deadline_ms() const {
    if (m_state.screen == Screen::Attract) return std::nullopt;
    // Idle warning and attract: see idle_flow.cpp.
    return idle_deadline_ms();
}

std::vector<Effect> Flow::tick() {
    std::vector<Effect> effects;
    // Idle warning and attract: see idle_flow.cpp.
    idle_tick(effects);
    return effects;
}

}  // namespace tramso::app
