// Unattended operation: the idle question before a reset, staff mode's own timeout, and the
// way out after a fault.
#pragma once

#include "app/flow_part.h"

namespace tramso::app {

class IdleFlow final : public FlowPart {
public:
    explicit IdleFlow(Visit& visit) : FlowPart(visit) {}

    std::optional<Millis> idle_deadline_ms() const;
    void idle_tick(std::vector<Effect>& effects);
    // While the question shows: its own events; true if the event was the question's.
    bool idle_warning_event(const Event& event, std::vector<Effect>& effects);
    void set_idle_question(LocalText question) { m_idle_question = std::move(question); }
    std::vector<Effect> end_after_error();

private:
    LocalText m_idle_question;
};

}  // namespace tramso::app
