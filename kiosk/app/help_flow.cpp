#include "app/help_flow.h"

namespace tramso::app {

bool HelpFlow::help_event(const Event& event, std::vector<Effect>& effects) {
    if (std::holds_alternative<ev::AskHelp>(event)) {
        // Attract has no visitor to help, and staff are already there.
        if (m_state.help || m_state.screen == Screen::Attract || m_state.screen == Screen::Staff) return true;
        HelpWait wait;
        wait.since_ms = m_clock.monotonic_ms();
        wait.asked_wall_ms = m_clock.wall_ms();
        wait.screen = screen_name(m_state.screen);
        if (m_state.lesson) {
            wait.lesson_id = m_state.lesson->lesson->id;
            wait.lesson_title = m_state.lesson->lesson->title.get(Lang::vi);
        }
        wait.step = lesson_step();
        effects.push_back(fx::Record{rec::HelpRequested{wait.screen, wait.lesson_id, wait.step}});
        // A calm screen: whatever was being read stops; the chime tells the room, not her.
        effects.push_back(fx::StopSpeech{});
        if (m_config.help.chime) effects.push_back(fx::Chime{});
        m_state.help = std::move(wait);
        return true;
    }
    if (std::holds_alternative<ev::HelpBack>(event)) {
        close_help(effects, "back");
        effects.push_back(fx::StopSpeech{});
        return true;
    }
    return false;
}

void HelpFlow::close_help(std::vector<Effect>& effects, std::string_view how) {
    if (!m_state.help) return;
    const HelpWait& wait = *m_state.help;
    effects.push_back(fx::Record{rec::HelpClosed{std::string(how), m_clock.monotonic_ms() - wait.since_ms, wait.step}});
    m_state.help.reset();
}

}  // namespace tramso::app
