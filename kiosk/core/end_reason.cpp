#include "core/end_reason.h"

#include <array>

namespace tramso {
namespace {

constexpr std::array<std::string_view, 6> kEndReasons = {"completed", "idle",  "staff",
                                                         "interrupted", "error", "shutdown"};

}  // namespace

std::string_view to_string(EndReason reason) { return kEndReasons[static_cast<std::size_t>(reason)]; }

std::optional<EndReason> end_reason_from_string(std::string_view text) {
    for (std::size_t i = 0; i < kEndReasons.size(); ++i)
        if (kEndReasons[i] == text) return static_cast<EndReason>(i);
    return std::nullopt;
}

}  // namespace tramso
