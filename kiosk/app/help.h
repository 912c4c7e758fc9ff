// "Nhờ cán bộ giúp": every learner screen carries one button that asks for a person. The
// flow keeps what the request was about while the calm "Chị chờ một chút…" screen covers the
// screen she left; the rules are in help_flow.cpp, the screens in ui/screens/help.cpp.
//
// A request is open from her tap until one of:
// - she taps "Quay lại" on the waiting screen ("back");
// - a staff member logs in to staff mode and leaves it again, back to her visit ("staff"):
//   someone came, so she sees the screen she left;
// - the visit ends (the end reason: "idle", "shutdown", "error", …).
// Each close is recorded as help_closed with how long she waited.
#pragma once

#include <optional>
#include <string>

#include "core/clock.h"

namespace tramso::app {

struct HelpWait {
    Millis since_ms = 0;       // monotonic: when she asked (idle timing, the waiting screen)
    Millis asked_wall_ms = 0;  // wall clock: the time staff mode shows
    std::string screen;        // screen_name() of the screen she left
    std::string lesson_id;     // the open lesson, if any
    std::string lesson_title;  // its title in Vietnamese, for staff mode
    std::optional<int> step;   // its step
};

}  // namespace tramso::app
