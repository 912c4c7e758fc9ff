#include "store/records.h"

#include <array>
#include <cstdio>

namespace tramso::store {

namespace {

constexpr std::array<std::string_view, kEventKindCount> kEventKinds = {
    "session_start", "learner_identified", "session_end",       "lesson_start", "lesson_finished", "lesson_left",
    "step_shown",    "step_left",          "practice_tap",      "quiz_answer",  "hint_shown",      "listen_pressed",
    "qr_shown",      "qr_printed",         "language_switched", "idle_warning", "idle_continue",   "consent_given",
};

}  // namespace

std::string_view to_string(EventKind kind) { return kEventKinds[static_cast<int>(kind)]; }

std::string json_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                    out += buf;
                } else {
                    out += c;  // UTF-8 passes through unchanged
                }
        }
    }
    out += '"';
    return out;
}

}  // namespace tramso::store
