// A returning learner: found by her code, phone or name, greeted with her progress, and
// taken back to the step where she left her lesson.
#pragma once

#include "app/flow_part.h"

namespace tramso::app {

class ReturningFlow final : public FlowPart {
public:
    explicit ReturningFlow(Visit& visit) : FlowPart(visit) {}

    void returning_event(const Event& event, std::vector<Effect>& effects);
    void returning_reply(const ev::LearnerReply& reply, std::vector<Effect>& effects);

private:
    void returning_search(std::vector<Effect>& effects);
    void resume_lesson(std::vector<Effect>& effects);
};

}  // namespace tramso::app
