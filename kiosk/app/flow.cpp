#include "app/flow.h"

namespace tramso::app {

const char* screen_name(Screen s) {
    switch (s) {
        case Screen::Attract: return "attract";
        case Screen::Home: return "home";
    }
    return "?";
}

Flow::Flow(const Config& config, const Clock& clock) : m_config(config), m_clock(clock) {
    m_state.lang = lang_from_code(config.kiosk.language);
    m_state.last_touch_ms = clock.monotonic_ms();
    m_state.screen_since_ms = clock.monotonic_ms();
}

void Flow::go(Screen s) {
    m_state.screen = s;
    m_state.screen_since_ms = m_clock.monotonic_ms();
}

void Flow::reset_to_attract(std::vector<Effect>& effects, const char* reason) {
    effects.push_back(fx::Record{"session_end", reason});
    // A new visitor starts in the center's default language, not the last visitor's.
    m_state.lang = lang_from_code(m_config.kiosk.language);
    go(Screen::Attract);
}

std::vector<Effect> Flow::handle(const Event& event) {
    std::vector<Effect> effects;
    m_state.last_touch_ms = m_clock.monotonic_ms();
    std::visit(
        [&](const auto& e) {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, ev::Wake>) {
                if (m_state.screen == Screen::Attract) {
                    go(Screen::Home);
                    effects.push_back(fx::Record{"session_start", ""});
                }
            } else if constexpr (std::is_same_v<E, ev::ToggleLanguage>) {
                m_state.lang = other_lang(m_state.lang);
                effects.push_back(fx::Record{"language", std::string(lang_code(m_state.lang))});
            } else if constexpr (std::is_same_v<E, ev::Goodbye>) {
                if (m_state.screen != Screen::Attract) reset_to_attract(effects, "completed");
            } else if constexpr (std::is_same_v<E, ev::OpenEntry>) {
                effects.push_back(fx::Record{"open", e.id});
            }
        },
        event);
    return effects;
}

std::optional<Millis> Flow::next_deadline_ms() const {
    if (m_state.screen == Screen::Attract) return std::nullopt;
    return m_state.last_touch_ms + Millis(m_config.session.idle_seconds) * 1000;
}

std::vector<Effect> Flow::tick() {
    std::vector<Effect> effects;
    if (auto deadline = next_deadline_ms(); deadline && m_clock.monotonic_ms() >= *deadline)
        reset_to_attract(effects, "idle");
    return effects;
}

}  // namespace tramso::app
