// A registered learner's progress: where to resume, and how far she got in each lesson.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "store/sqlite_db.h"

namespace tramso::store {

struct ResumePoint {
    std::int64_t run_id = 0;
    std::string lesson_id;
    int lesson_version = 0;  // compare with the loaded lesson: steps may have changed
    int step = 0;            // the last step shown
    Millis last_ms = 0;
};

// Her most recent lesson run that did not finish, unless she finished that lesson later.
// Covers every way a run can stop short: she left it, the session ended idle or by staff, or
// the kiosk died (start-up recovery closes such runs at their last event, keeping the step).
// Runs of a session she identified herself in part-way count too. It reads what is committed:
// records still queued in the Recorder (normally a few ms; longer while the disk is failing)
// are not seen, so call recorder().flush() with a short timeout first if she may have left a
// lesson moments ago. Resume at `step` only if lesson_version matches the loaded lesson.
//   auto point = store.query([&](Db& db) { return find_resume_point(db, learner.id); });
Result<std::optional<ResumePoint>> find_resume_point(Db& db, std::int64_t learner_id);

struct LessonProgress {
    std::string lesson_id;
    int runs = 0;
    bool completed = false;
    std::optional<int> best_score;
    int furthest_step = 0;
    Millis last_ms = 0;
};

// One row per lesson she has opened, ordered by lesson id.
Result<std::vector<LessonProgress>> learner_progress(Db& db, std::int64_t learner_id);

}  // namespace tramso::store
