// The base of every feature's reducer: the shared Visit under the names the rules use, and the
// few calls that cross into another feature, forwarded to the part that owns them (defined in
// flow_part.cpp, which sees every part). A part that owns one of these calls declares its own,
// which hides the forwarder inside that part.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/visit.h"

namespace tramso::app {

class FlowPart {
protected:
    explicit FlowPart(Visit& visit)
        : m_visit(visit),
          m_config(visit.config),
          m_clock(visit.clock),
          m_content(visit.content),
          m_inputs(visit.inputs),
          m_state(visit.state),
          m_next_ticket(visit.next_ticket) {}
    ~FlowPart() = default;
    FlowPart(const FlowPart&) = delete;
    FlowPart& operator=(const FlowPart&) = delete;

    void go(Screen s) {
        m_state.screen = s;
        m_state.screen_since_ms = m_clock.monotonic_ms();
    }

    // The year on the kiosk's local calendar (birth years are checked against it).
    int current_year() const;

    // The session (session_flow.cpp).
    void reset_to_attract(std::vector<Effect>& effects, EndReason reason);
    LessonRef find_lesson(std::string_view id) const;
    Lang default_lang() const;
    void content_reloaded(ContentSnapshot content);
    // The lesson player (lesson_flow.cpp).
    void open_lesson(LessonRef lesson, std::vector<Effect>& effects);
    void show_step(std::vector<Effect>& effects);
    void leave_step(std::vector<Effect>& effects);
    std::optional<int> lesson_step() const;
    rec::LessonLeft left_record(std::string_view reason) const;
    // The finish screen (finish_flow.cpp).
    void open_finish(LessonRef lesson, std::vector<Effect>& effects);
    // Registration (registration_flow.cpp).
    void identify(const FoundLearner& learner, std::vector<Effect>& effects);
    void clear_learner();
    void open_learner_entry(const std::string& id, std::vector<Effect>& effects);
    // Staff mode (staff_flow.cpp).
    void staff_leave(std::vector<Effect>& effects, const char* why);
    // Asking for a person (help_flow.cpp).
    void close_help(std::vector<Effect>& effects, std::string_view how);

    Visit& m_visit;
    const Config& m_config;
    const Clock& m_clock;
    ContentSnapshot& m_content;
    FlowInputs& m_inputs;
    State& m_state;
    std::uint64_t& m_next_ticket;
};

}  // namespace tramso::app
