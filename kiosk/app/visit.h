// What every part of the flow shares while the kiosk runs: the state the screens draw, what
// the flow was given (config, clock, lessons, inputs) and the counters that outlive a visit.
// Each feature's reducer (lesson, finish, idle, registration, returning, staff, session) works
// on this one Visit; Flow owns it and routes events to the part whose screen shows.
#pragma once

#include <cstdint>
#include <optional>

#include "app/flow_types.h"

namespace tramso::app {

class SessionFlow;
class LessonFlow;
class FinishFlow;
class IdleFlow;
class RegistrationFlow;
class ReturningFlow;
class StaffFlow;
class HelpFlow;

// The parts, for the few calls that cross from one feature into another (a finished lesson
// opens the finish screen, staff mode ends the visit, …).
struct FlowParts {
    SessionFlow* session = nullptr;
    LessonFlow* lesson = nullptr;
    FinishFlow* finish = nullptr;
    IdleFlow* idle = nullptr;
    RegistrationFlow* registration = nullptr;
    ReturningFlow* returning = nullptr;
    StaffFlow* staff = nullptr;
    HelpFlow* help = nullptr;
};

struct Visit {
    Visit(const Config& config_, const Clock& clock_, ContentSnapshot content_, FlowInputs inputs_)
        : config(config_), clock(clock_), content(std::move(content_)), inputs(std::move(inputs_)) {}

    const Config& config;
    const Clock& clock;
    ContentSnapshot content;
    FlowInputs inputs;
    State state;
    std::uint64_t next_ticket = 0;     // store look-ups: an answer is used only if it is the awaited one
    std::optional<Lang> default_lang;  // set by staff, else the config's
    FlowParts parts;
};

}  // namespace tramso::app
