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
