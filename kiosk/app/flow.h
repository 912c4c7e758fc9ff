// The kiosk's flow: a pure state machine. The UI turns touches into Events; handle() returns
// the new State (read through state()) and Effects for adapters to carry out (record, speak,
// print). Nothing here knows SDL or ImGui, so doctest drives every journey and every timeout.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/clock.h"
#include "core/config.h"
#include "core/lang.h"

namespace tramso::app {

enum class Screen { Attract, Home };

// What the home screen offers; later features add entries as data, not new screen code.
struct HomeEntry {
    std::string id;         // what OpenEntry carries back
    std::string label_key;  // string-table key
    std::string pictogram;
};

struct State {
    Screen screen = Screen::Attract;
    Lang lang = Lang::vi;
    Millis last_touch_ms = 0;      // monotonic time of the last touch
    Millis screen_since_ms = 0;    // when the current screen appeared
    std::vector<HomeEntry> home_entries;
};

namespace ev {
struct Wake {};            // first touch on the attract screen: wakes only, presses nothing
struct Touch {};           // any touch anywhere: keeps the session alive
struct ToggleLanguage {};
struct Goodbye {};         // learner says she is done → attract
struct OpenEntry { std::string id; };
}  // namespace ev
using Event = std::variant<ev::Wake, ev::Touch, ev::ToggleLanguage, ev::Goodbye, ev::OpenEntry>;

namespace fx {
// An entry for the session log (the store records it when one is attached).
struct Record { std::string kind; std::string detail; };
}  // namespace fx
using Effect = std::variant<fx::Record>;

class Flow {
public:
    Flow(const Config& config, const Clock& clock);

    const State& state() const { return m_state; }
    std::vector<Effect> handle(const Event& event);
    // Runs the timers (idle reset); call every frame or when next_deadline_ms() passes.
    std::vector<Effect> tick();
    // Monotonic time at which tick() has something to do, if any: lets the frame loop sleep.
    std::optional<Millis> next_deadline_ms() const;

    void set_home_entries(std::vector<HomeEntry> entries) { m_state.home_entries = std::move(entries); }

private:
    void go(Screen s);
    void reset_to_attract(std::vector<Effect>& effects, const char* reason);

    const Config& m_config;
    const Clock& m_clock;
    State m_state;
};

const char* screen_name(Screen s);

}  // namespace tramso::app
