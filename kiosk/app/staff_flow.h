// Staff mode: entry by the hidden logo, the PIN pad with its growing lockout, pages and their
// filters, learner edits and erasure, maintenance. Everything that touches the store, the PIN
// hash or the disk is an effect; the answers come back as events.
#pragma once

#include "app/flow_part.h"

namespace tramso::app {

class StaffFlow final : public FlowPart {
public:
    explicit StaffFlow(Visit& visit) : FlowPart(visit) {}

    void staff_enter(std::vector<Effect>& effects);
    void staff_leave(std::vector<Effect>& effects, const char* why);
    void staff_event(const Event& event, std::vector<Effect>& effects);

private:
    void staff_show(StaffPage page, std::vector<Effect>& effects);
    void staff_pin_event(const Event& event, std::vector<Effect>& effects);
    void staff_learner_event(const Event& event, std::vector<Effect>& effects);
    void staff_load(std::vector<Effect>& effects);
};

}  // namespace tramso::app
