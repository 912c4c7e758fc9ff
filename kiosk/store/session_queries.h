// Staff mode's view of individual sessions: a filtered, paged list, and one session's events in
// the order they happened (enough to replay what the learner saw and tapped).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "store/records.h"
#include "store/reports.h"
#include "store/sqlite_db.h"

namespace tramso::store {

struct TimelineEvent {
    std::int64_t seq = 0;
    Millis at_ms = 0;
    std::string kind;  // see EventKind
    std::optional<std::int64_t> run_id;
    std::string lesson_id;  // of the run, if any
    std::optional<int> step;
    std::string target;
    std::optional<bool> ok;
    std::optional<Millis> duration_ms;
    std::string payload;
};

Result<std::vector<TimelineEvent>> session_timeline(Db& db, std::int64_t session_id);

struct SessionFilter {
    TimeRange range;  // on the start time; local_day_range() for one day
    std::optional<std::string> lesson_id;
    std::optional<std::int64_t> learner_id;
    std::optional<EndReason> end_reason;
};

struct PageRequest {
    int limit = 50;
    int offset = 0;
};

struct SessionRow {
    std::int64_t id = 0;
    std::string kiosk_id;
    std::optional<std::int64_t> learner_id;
    std::string learner_code;
    std::string learner_name;  // empty for anonymous or erased learners
    Millis started_ms = 0;
    std::optional<Millis> ended_ms;
    std::string end_reason;  // empty while open
    std::string language;
    int lesson_runs = 0;
    int lessons_completed = 0;
};

struct SessionPage {
    std::vector<SessionRow> rows;  // newest first
    int total = 0;                 // matching sessions over all pages
};

Result<SessionPage> list_sessions(Db& db, const SessionFilter& filter, PageRequest page);

}  // namespace tramso::store
