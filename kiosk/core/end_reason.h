// Why a learner's visit ended. The flow decides it, the session store keeps it (the CHECK on
// sessions.end_reason lists the same words), staff mode and the reports count by it.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace tramso {

// In the order staff mode's sessions filter steps through them.
enum class EndReason {
    completed,    // she said goodbye, or finished and went back to the start
    idle,         // she walked away: nobody answered the idle question
    staff,        // staff ended it from staff mode
    interrupted,  // the kiosk stopped without ending it (found open at the next start)
    shutdown,     // the kiosk was stopped (a stop signal) while she was there
    error,        // a fault in a screen or a rule ended it
};

inline constexpr std::array<EndReason, 6> kEndReasons = {EndReason::completed,   EndReason::idle,     EndReason::staff,
                                                         EndReason::interrupted, EndReason::shutdown, EndReason::error};

std::string_view to_string(EndReason reason);
std::optional<EndReason> end_reason_from_string(std::string_view text);

}  // namespace tramso
