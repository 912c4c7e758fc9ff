// Asking for a person: the request, the waiting screen's one way back, and closing a request
// when staff came or the visit ended (app/help.h says when a request counts as closed).
#pragma once

#include "app/flow_part.h"

namespace tramso::app {

class HelpFlow final : public FlowPart {
public:
    explicit HelpFlow(Visit& visit) : FlowPart(visit) {}

    // ev::AskHelp and ev::HelpBack; true if the event was one of them.
    bool help_event(const Event& event, std::vector<Effect>& effects);
    // Closes an open request, recording `how` (see app/help.h); nothing when none is open.
    void close_help(std::vector<Effect>& effects, std::string_view how);
};

}  // namespace tramso::app
