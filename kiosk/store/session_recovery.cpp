#include "store/session_recovery.h"

namespace tramso::store {

namespace {

constexpr char kSqlCloseInterruptedRuns[] =
    "UPDATE lesson_runs SET ended_ms = coalesce("
    "  (SELECT max(e.at_ms) FROM events AS e WHERE e.run_id = lesson_runs.id), started_ms) "
    "WHERE ended_ms IS NULL AND session_id IN ("
    "  SELECT s.id FROM sessions AS s WHERE s.kiosk_id = ? AND s.ended_ms IS NULL)";

constexpr char kSqlCloseInterruptedSessions[] =
    "UPDATE sessions SET end_reason = 'interrupted', ended_ms = coalesce("
    "  (SELECT max(e.at_ms) FROM events AS e WHERE e.session_id = sessions.id), started_ms) "
    "WHERE kiosk_id = ? AND ended_ms IS NULL";

}  // namespace

Result<int> close_interrupted_sessions(Db& db, std::string_view kiosk_id) {
    Transaction txn(db);
    if (!txn.begun()) return txn.begun().error();
    {
        auto q = db.query(kSqlCloseInterruptedRuns);
        if (!q) return q.error();
        if (auto st = q->bind_all(kiosk_id).run(); !st) return st.error();
    }
    int closed = 0;
    {
        auto q = db.query(kSqlCloseInterruptedSessions);
        if (!q) return q.error();
        if (auto st = q->bind_all(kiosk_id).run(); !st) return st.error();
        closed = db.changes();
    }
    if (auto st = txn.commit(); !st) return st.error();
    return closed;
}

}  // namespace tramso::store
