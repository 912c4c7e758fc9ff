#include "store/staff_audit.h"

namespace tramso::store {

namespace {

constexpr char kSqlAppendAudit[] = "INSERT INTO staff_audit (at_ms, action, detail) VALUES (?, ?, ?)";

constexpr char kSqlRecentAudit[] = "SELECT id, at_ms, action, detail FROM staff_audit ORDER BY id DESC LIMIT ?";

}  // namespace

Status append_audit(Db& db, Millis at_ms, std::string_view action, std::string_view detail) {
    auto q = db.query(kSqlAppendAudit);
    if (!q) return q.error();
    return q->bind_all(at_ms, action, detail).run();
}

Result<std::vector<AuditEntry>> recent_audit(Db& db, int limit) {
    auto q = db.query(kSqlRecentAudit);
    if (!q) return q.error();
    q->bind_all(limit);
    std::vector<AuditEntry> out;
    for (;;) {
        auto row = q->next();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back({q->int64(0), q->int64(1), q->text(2), q->text(3)});
    }
}

}  // namespace tramso::store
