#include "store/records.h"

#include <array>
#include <cstdio>

namespace tramso::store {

namespace {

// The texts the database stores; the CHECK on sessions.end_reason lists the same words.
constexpr std::array<std::string_view, 6> kEndReasons = {"completed", "idle",  "staff",
                                                         "interrupted", "error", "shutdown"};

constexpr std::array<std::string_view, 15> kEventKinds = {
    "session_start", "learner_identified", "session_end", "lesson_start", "lesson_finished",
    "lesson_left",   "step_shown",         "step_left",   "practice_tap", "quiz_answer",
    "hint_shown",    "listen_pressed",     "qr_shown",    "qr_printed",   "language_switched",
};

}  // namespace

std::string_view to_string(EndReason reason) {
    return kEndReasons[static_cast<int>(reason)];
}

std::optional<EndReason> end_reason_from_string(std::string_view text) {
    for (std::size_t i = 0; i < kEndReasons.size(); ++i)
        if (kEndReasons[i] == text) return static_cast<EndReason>(i);
    return std::nullopt;
}

std::string_view to_string(EventKind kind) {
    return kEventKinds[static_cast<int>(kind)];
}

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
