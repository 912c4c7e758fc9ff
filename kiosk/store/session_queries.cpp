#include "store/session_queries.h"

namespace tramso::store {

namespace {

// events_by_session (session_id, seq).
constexpr char kSqlSessionTimeline[] =
    "SELECT e.seq, e.at_ms, e.kind, e.run_id, r.lesson_id, e.step, e.target, e.ok, "
    "  e.duration_ms, e.payload "
    "FROM events AS e LEFT JOIN lesson_runs AS r ON r.id = e.run_id "
    "WHERE e.session_id = ? ORDER BY e.seq";

// The filters are fixed SQL: an absent filter is bound as NULL and switches its test off.
// sessions_by_start orders and bounds the scan and holds learner and end reason, so rows are
// only read for matches; the lesson's sessions come once from lesson_runs_by_lesson.
#define TRAMSO_SESSION_FILTER                                                \
    "WHERE s.started_ms >= ?1 AND s.started_ms < ?2 "                        \
    "AND (?3 IS NULL OR s.learner_id = ?3) "                                 \
    "AND (?4 IS NULL OR s.end_reason = ?4) "                                 \
    "AND (?5 IS NULL OR s.id IN (SELECT f.session_id FROM lesson_runs AS f " \
    "  WHERE f.lesson_id = ?5)) "

// The page is chosen from the index alone (the inner SELECT), then only its rows are read.
constexpr char kSqlListSessions[] =
    "SELECT p.id, p.kiosk_id, p.learner_id, l.code, l.full_name, p.started_ms, p.ended_ms, "
    "  p.end_reason, p.language, "
    "  (SELECT count(*) FROM lesson_runs AS r WHERE r.session_id = p.id), "
    "  (SELECT count(*) FROM lesson_runs AS r WHERE r.session_id = p.id AND r.completed = 1) "
    "FROM (SELECT s.id AS page_id FROM sessions AS s " TRAMSO_SESSION_FILTER
    "  ORDER BY s.started_ms DESC, s.id DESC LIMIT ?6 OFFSET ?7) AS page "
    "JOIN sessions AS p ON p.id = page.page_id "
    "LEFT JOIN learners AS l ON l.id = p.learner_id "
    "ORDER BY p.started_ms DESC, p.id DESC";

constexpr char kSqlCountSessions[] = "SELECT count(*) FROM sessions AS s " TRAMSO_SESSION_FILTER;

#undef TRAMSO_SESSION_FILTER

std::optional<std::string_view> reason_or_null(const SessionFilter& f) {
    if (!f.end_reason) return std::nullopt;
    return to_string(*f.end_reason);
}

}  // namespace

Result<std::vector<TimelineEvent>> session_timeline(Db& db, std::int64_t session_id) {
    auto q = db.query(kSqlSessionTimeline);
    if (!q) return q.error();
    q->bind_all(session_id);
    std::vector<TimelineEvent> out;
    auto st = for_each_row(*q, [&](Query& r) {
        TimelineEvent e;
        e.seq = r.int64(0);
        e.at_ms = r.int64(1);
        e.kind = r.text(2);
        e.run_id = r.opt_int64(3);
        e.lesson_id = r.text(4);
        e.step = r.opt_int32(5);
        e.target = r.text(6);
        if (!r.is_null(7)) e.ok = r.int64(7) != 0;
        e.duration_ms = r.opt_int64(8);
        e.payload = r.text(9);
        out.push_back(std::move(e));
    });
    if (!st) return st.error();
    return out;
}

Result<SessionPage> list_sessions(Db& db, const SessionFilter& filter, PageRequest page) {
    SessionPage out;
    {
        auto q = db.query(kSqlCountSessions);
        if (!q) return q.error();
        q->bind_all(filter.range.from_ms, filter.range.to_ms, filter.learner_id, reason_or_null(filter),
                    filter.lesson_id);
        auto row = q->next();
        if (!row) return row.error();
        out.total = *row ? q->int32(0) : 0;
    }
    auto q = db.query(kSqlListSessions);
    if (!q) return q.error();
    q->bind_all(filter.range.from_ms, filter.range.to_ms, filter.learner_id, reason_or_null(filter), filter.lesson_id,
                page.limit, page.offset);
    auto st = for_each_row(*q, [&](Query& r) {
        SessionRow s;
        s.id = r.int64(0);
        s.kiosk_id = r.text(1);
        s.learner_id = r.opt_int64(2);
        s.learner_code = r.text(3);
        s.learner_name = r.text(4);
        s.started_ms = r.int64(5);
        s.ended_ms = r.opt_int64(6);
        s.end_reason = r.text(7);
        s.language = r.text(8);
        s.lesson_runs = r.int32(9);
        s.lessons_completed = r.int32(10);
        out.rows.push_back(std::move(s));
    });
    if (!st) return st.error();
    return out;
}

}  // namespace tramso::store
