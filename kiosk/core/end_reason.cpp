#include "core/end_reason.h"

namespace tramso {

std::string_view to_string(EndReason reason) {
    switch (reason) {
        case EndReason::completed:
            return "completed";
        case EndReason::idle:
            return "idle";
        case EndReason::staff:
            return "staff";
        case EndReason::interrupted:
            return "interrupted";
        case EndReason::shutdown:
            return "shutdown";
        case EndReason::error:
            return "error";
    }
    return "error";
}

std::optional<EndReason> end_reason_from_string(std::string_view text) {
    for (EndReason r : kEndReasons)
        if (to_string(r) == text) return r;
    return std::nullopt;
}

}  // namespace tramso
