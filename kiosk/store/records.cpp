#include "store/records.h"

#include <array>

namespace tramso::store {

namespace {

constexpr std::array<std::string_view, kEventKindCount> kEventKinds = {
    "session_start", "learner_identified", "session_end",   "lesson_start",   "lesson_finished",
    "lesson_left",   "step_shown",         "step_left",     "practice_tap",   "quiz_answer",
    "hint_shown",    "listen_pressed",     "qr_shown",      "qr_printed",     "language_switched",
    "idle_warning",  "idle_continue",      "consent_given", "help_requested", "help_closed",
};

}  // namespace

std::string_view to_string(EventKind kind) { return kEventKinds[static_cast<int>(kind)]; }

}  // namespace tramso::store
