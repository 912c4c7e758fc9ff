#include "store/retention.h"

#include <string>
#include <vector>

#include "core/civil_time.h"
#include "store/staff_audit.h"

namespace tramso::store {

namespace {

constexpr char kSqlLearnerCodeIfPresent[] = "SELECT code FROM learners WHERE id = ? AND erased_ms IS NULL";

constexpr char kSqlEraseLearner[] =
    "UPDATE learners SET full_name = NULL, search_key = NULL, birth_year = NULL, phone = NULL, "
    "erased_ms = ? WHERE id = ? AND erased_ms IS NULL";

constexpr char kSqlLearnersNotSeenSince[] =
    "SELECT id FROM learners WHERE erased_ms IS NULL AND last_seen_ms < ? ORDER BY id";

// The erasure itself; the caller holds the transaction.
Status erase_one(Db& db, std::int64_t id, Millis now_ms, std::string_view reason) {
    std::string code;
    {
        auto q = db.query(kSqlLearnerCodeIfPresent);
        if (!q) return q.error();
        q->bind_all(id);
        auto row = q->next();
        if (!row) return row.error();
        if (!*row) return Error{db.path(), "Learner " + std::to_string(id) + " does not exist or was already erased."};
        code = q->text(0);
    }
    {
        auto q = db.query(kSqlEraseLearner);
        if (!q) return q.error();
        if (auto st = q->bind_all(now_ms, id).run(); !st) return st;
    }
    return append_audit(
        db, now_ms, kAuditEraseLearner,
        "learner " + std::to_string(id) + " (code " + code + "): personal data erased; " + std::string(reason));
}

}  // namespace

Status erase_learner(Db& db, std::int64_t learner_id, Millis now_ms, std::string_view reason) {
    Transaction txn(db);
    if (!txn.begun()) return txn.begun();
    if (auto st = erase_one(db, learner_id, now_ms, reason); !st) return st;
    return txn.commit();
}

Result<int> apply_retention(Db& db, Millis now_ms, int personal_days) {
    if (personal_days <= 0) return 0;
    Transaction txn(db);
    if (!txn.begun()) return txn.begun().error();
    std::vector<std::int64_t> ids;
    {
        auto q = db.query(kSqlLearnersNotSeenSince);
        if (!q) return q.error();
        q->bind_all(now_ms - std::int64_t{personal_days} * kDayMs);
        for (;;) {
            auto row = q->next();
            if (!row) return row.error();
            if (!*row) break;
            ids.push_back(q->int64(0));
        }
    }
    const std::string reason = "retention: not seen for " + std::to_string(personal_days) + " days";
    for (std::int64_t id : ids)
        if (auto st = erase_one(db, id, now_ms, reason); !st) return st.error();
    if (auto st = txn.commit(); !st) return st.error();
    return static_cast<int>(ids.size());
}

}  // namespace tramso::store
