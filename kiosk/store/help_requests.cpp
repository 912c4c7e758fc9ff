#include "store/help_requests.h"

namespace tramso::store {
namespace {

// A request is closed by the first help_closed of its session that follows it.
constexpr char kSqlHelpRequests[] =
    "SELECT r.at_ms, r.target, COALESCE(json_extract(r.payload, '$.lesson'), ''), r.step, "
    "c.target, c.duration_ms "
    "FROM events r "
    "LEFT JOIN events c ON c.seq = (SELECT min(x.seq) FROM events x "
    "WHERE x.session_id = r.session_id AND x.kind = 'help_closed' AND x.seq > r.seq) "
    "WHERE r.kind = 'help_requested' AND r.at_ms >= ? AND r.at_ms < ? "
    "ORDER BY r.at_ms, r.seq";

}  // namespace

Result<std::vector<HelpRequestRow>> help_requests(Db& db, TimeRange range) {
    auto q = db.query(kSqlHelpRequests);
    if (!q) return q.error();
    q->bind_all(range.from_ms, range.to_ms);
    std::vector<HelpRequestRow> rows;
    for (;;) {
        auto row = q->next();
        if (!row) return row.error();
        if (!*row) break;
        HelpRequestRow h;
        h.at_ms = q->int64(0);
        h.screen = q->text(1);
        h.lesson_id = q->text(2);
        h.step = q->opt_int32(3);
        h.closed_how = q->opt_text(4).value_or("");
        h.waited_ms = q->opt_int64(5);
        rows.push_back(std::move(h));
    }
    return rows;
}

}  // namespace tramso::store
