// What the kiosk records about a learner session, as values that travel from the frame loop
// to the writer thread. A Record is flat and cheap to move; which fields matter depends on its
// type (see the comments on RecordType).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/end_reason.h"
#include "core/json_quote.h"

namespace tramso::store {

// Monotonically increasing number the Recorder gives each accepted record (0 = not accepted).
using Seq = std::uint64_t;

using tramso::end_reason_from_string;
using tramso::EndReason;
using tramso::to_string;

// The kinds of row in the events table; the text form is what the table stores.
enum class EventKind {
    session_start,       // target: language
    learner_identified,  // the session became a registered learner's
    session_end,         // target: end reason
    lesson_start,        // target: lesson id, duration_ms unused
    lesson_finished,     // the learner reached the finish step; ok = completed
    lesson_left,         // the run ended without finishing
    step_shown,          // step
    step_left,           // step, duration_ms: time spent on it
    practice_tap,        // step, target: element tapped, ok: right or wrong
    quiz_answer,         // step, target: answer index, ok: right or wrong
    hint_shown,          // step
    listen_pressed,      // step (if in a lesson)
    qr_shown,            // target: what the code was for
    qr_printed,          // target: what the slip was for
    language_switched,   // target: the new language
    idle_warning,        // "Chị vẫn đang học chứ?" appeared; target: the screen under it
    idle_continue,       // she answered it; duration_ms: how long it showed
    consent_given,       // she agreed to registration's consent screen
    help_requested,      // "Nhờ cán bộ giúp"; target: the screen, step, payload {"lesson":id} in a lesson
    help_closed,         // the request ended; target: how (back, staff, end reason), duration_ms: her wait
};
inline constexpr int kEventKindCount = int(EventKind::help_closed) + 1;
std::string_view to_string(EventKind kind);

enum class RecordType {
    session_start,    // session_key, learner_id (optional), text = language
    session_learner,  // session_key, learner_id
    session_end,      // session_key, reason
    run_start,        // session_key, run_key, text = lesson id, number = lesson version,
                      // payload = {"resumed_at":step} for a returning learner, else empty
    run_end,          // run_key, completed, number = score (optional; also the event payload);
                      // left unfinished: step = where she was, text = why
    event,            // session_key, run_key (0 = none), kind, step, text = target, ok,
                      // number = duration_ms, payload = small JSON object or empty
    audit,            // text = action, payload = detail
    meta,             // text = key, payload = value
};

struct Record {
    RecordType type = RecordType::event;
    Seq seq = 0;
    Millis at_ms = 0;
    std::uint64_t session_key = 0;  // the Recorder's handle, mapped to a row id by the writer
    std::uint64_t run_key = 0;
    std::optional<std::int64_t> learner_id;
    EventKind kind = EventKind::session_start;
    EndReason reason = EndReason::completed;
    bool completed = false;
    std::optional<int> step;
    std::optional<bool> ok;
    std::optional<std::int64_t> number;
    std::string text;
    std::string payload;
};

}  // namespace tramso::store
