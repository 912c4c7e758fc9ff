#include "store/progress.h"

namespace tramso::store {

namespace {

constexpr char kSqlResumePoint[] =
    "SELECT r.id, r.lesson_id, r.lesson_version, r.last_step, "
    "  coalesce(r.ended_ms, r.started_ms) "
    "FROM sessions AS s JOIN lesson_runs AS r ON r.session_id = s.id "
    "WHERE s.learner_id = ?1 AND r.completed = 0 "
    "AND NOT EXISTS (SELECT 1 FROM sessions AS s2 JOIN lesson_runs AS r2 ON r2.session_id = s2.id "
    "  WHERE s2.learner_id = ?1 AND r2.lesson_id = r.lesson_id AND r2.completed = 1 "
    "  AND r2.started_ms >= r.started_ms) "
    "ORDER BY r.started_ms DESC, r.id DESC LIMIT 1";

constexpr char kSqlLearnerProgress[] =
    "SELECT r.lesson_id, count(*), max(r.completed), max(r.score), max(r.max_step), "
    "  max(coalesce(r.ended_ms, r.started_ms)) "
    "FROM sessions AS s JOIN lesson_runs AS r ON r.session_id = s.id "
    "WHERE s.learner_id = ? "
    "GROUP BY r.lesson_id ORDER BY r.lesson_id";

}  // namespace

Result<std::optional<ResumePoint>> find_resume_point(Db& db, std::int64_t learner_id) {
    auto q = db.query(kSqlResumePoint);
    if (!q) return q.error();
    q->bind_all(learner_id);
    auto row = q->next();
    if (!row) return row.error();
    if (!*row) return std::optional<ResumePoint>{};
    return std::optional<ResumePoint>{ResumePoint{q->int64(0), q->text(1), q->int32(2), q->int32(3), q->int64(4)}};
}

Result<std::vector<LessonProgress>> learner_progress(Db& db, std::int64_t learner_id) {
    auto q = db.query(kSqlLearnerProgress);
    if (!q) return q.error();
    q->bind_all(learner_id);
    std::vector<LessonProgress> out;
    for (;;) {
        auto row = q->next();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back({q->text(0), q->int32(1), q->int64(2) != 0, q->opt_int32(3), q->int32(4), q->int64(5)});
    }
}

}  // namespace tramso::store
