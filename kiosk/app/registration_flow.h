// Registration: consent in plain words, one question a screen on the on-screen keyboard,
// review, and her resume code. The store saves her through an effect and answers as an event.
#pragma once

#include "app/flow_part.h"

namespace tramso::app {

class RegistrationFlow final : public FlowPart {
public:
    explicit RegistrationFlow(Visit& visit) : FlowPart(visit) {}

    // "register", "returning" and "learn_now" on home.
    void open_learner_entry(const std::string& id, std::vector<Effect>& effects);
    void registration_event(const Event& event, std::vector<Effect>& effects);
    void registration_reply(const ev::LearnerReply& reply, std::vector<Effect>& effects);
    // The visit becomes hers (registered now, or found again).
    void identify(const FoundLearner& learner, std::vector<Effect>& effects);
    void clear_learner();

private:
    void registration_next(std::vector<Effect>& effects);
    void registration_back();
    TypedField blank_name_field() const;
};

}  // namespace tramso::app
