#include "store/learners.h"

#include <sqlite3.h>

namespace tramso::store {

namespace {

#define TRAMSO_LEARNER_COLUMNS                                                               \
    "id, code, full_name, search_key, birth_year, phone, ward, union_member, birth_decade, " \
    "consent_ms, created_ms, last_seen_ms, erased_ms"

constexpr char kSqlInsertLearner[] =
    "INSERT INTO learners (code, full_name, search_key, birth_year, birth_decade, phone, ward, "
    "union_member, consent_ms, created_ms, last_seen_ms) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

constexpr char kSqlUpdateLearner[] =
    "UPDATE learners SET full_name = ?, search_key = ?, birth_year = ?, birth_decade = ?, "
    "phone = ?, ward = ?, union_member = ? WHERE id = ? AND erased_ms IS NULL";

constexpr char kSqlLearnerById[] = "SELECT " TRAMSO_LEARNER_COLUMNS " FROM learners WHERE id = ?";

constexpr char kSqlLearnerByCode[] =
    "SELECT " TRAMSO_LEARNER_COLUMNS " FROM learners WHERE code = ? AND erased_ms IS NULL";

// Prefix as a key range so learners_by_search_key serves it: ?2 is ?1 followed by U+10FFFF,
// which sorts after every key that starts with ?1.
constexpr char kSqlLearnersByKeyPrefix[] = "SELECT " TRAMSO_LEARNER_COLUMNS
                                           " FROM learners "
                                           "WHERE search_key >= ?1 AND search_key < ?2 AND erased_ms IS NULL "
                                           "AND (?3 IS NULL OR birth_year = ?3) "
                                           "ORDER BY search_key, id LIMIT ?4";

constexpr char kSqlLearnersByKeyContains[] = "SELECT " TRAMSO_LEARNER_COLUMNS
                                             " FROM learners "
                                             "WHERE instr(search_key, ?1) > 0 AND erased_ms IS NULL "
                                             "AND (?2 IS NULL OR birth_year = ?2) "
                                             "ORDER BY search_key, id LIMIT ?3";

constexpr char kSqlLearnersByPhone[] = "SELECT " TRAMSO_LEARNER_COLUMNS
                                       " FROM learners "
                                       "WHERE phone = ?1 AND erased_ms IS NULL AND (?2 IS NULL OR birth_year = ?2) "
                                       "ORDER BY id";

#undef TRAMSO_LEARNER_COLUMNS

constexpr char kSqlLearnerNames[] = "SELECT id, full_name, search_key FROM learners WHERE erased_ms IS NULL";
constexpr char kSqlSetSearchKey[] = "UPDATE learners SET search_key = ? WHERE id = ?";

constexpr int kMaxCodeAttempts = 32;
constexpr std::string_view kMaxCodePoint = "\xF4\x8F\xBF\xBF";

Learner read_learner(const Query& q) {
    Learner l;
    l.id = q.int64(0);
    l.code = q.text(1);
    l.details.full_name = q.text(2);
    l.details.search_key = q.text(3);
    l.details.birth_year = q.opt_int32(4);
    l.details.phone = q.text(5);
    l.details.ward = q.text(6);
    l.details.union_member = q.int64(7) != 0;
    l.birth_decade = q.opt_int32(8);
    l.consent_ms = q.int64(9);
    l.created_ms = q.int64(10);
    l.last_seen_ms = q.int64(11);
    l.erased_ms = q.opt_int64(12);
    return l;
}

Result<std::vector<Learner>> read_all(Query& q) {
    std::vector<Learner> out;
    for (;;) {
        auto row = q.next();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back(read_learner(q));
    }
}

Result<std::optional<Learner>> read_one(Query& q) {
    auto row = q.next();
    if (!row) return row.error();
    if (!*row) return std::optional<Learner>{};
    return std::optional<Learner>{read_learner(q)};
}

std::optional<std::string_view> or_null(const std::string& s) {
    if (s.empty()) return std::nullopt;
    return std::string_view(s);
}

std::optional<int> decade_of(std::optional<int> year) {
    if (!year) return std::nullopt;
    return *year / 10 * 10;
}

Status validate(const Db& db, const LearnerDetails& d) {
    if (d.full_name.empty()) return Error{db.path(), "A learner needs a name."};
    if (d.search_key.empty()) return Error{db.path(), "Internal error: the learner's search key is empty."};
    if (d.birth_year && (*d.birth_year < 1900 || *d.birth_year > 2100))
        return Error{db.path(), "The birth year " + std::to_string(*d.birth_year) +
                                    " is not plausible; check it with the learner."};
    return Ok{};
}

}  // namespace

Result<Learner> create_learner(Db& db, const LearnerDetails& details, Millis consent_ms, Millis now_ms,
                               const RandomSource& random) {
    if (auto st = validate(db, details); !st) return st.error();
    for (int attempt = 0; attempt < kMaxCodeAttempts; ++attempt) {
        const std::string code = make_resume_code(random);
        auto q = db.query(kSqlInsertLearner);
        if (!q) return q.error();
        q->bind_all(code, details.full_name, details.search_key, details.birth_year, decade_of(details.birth_year),
                    or_null(details.phone), or_null(details.ward), details.union_member, consent_ms, now_ms, now_ms);
        auto st = q->run();
        if (st) {
            auto made = get_learner(db, db.last_insert_id());
            if (!made) return made.error();
            if (!made->has_value()) return Error{db.path(), "Internal error: new learner missing."};
            return std::move(**made);
        }
        if (q->last_code() != SQLITE_CONSTRAINT_UNIQUE) return st.error();
        // The code is taken: draw another.
    }
    return Error{db.path(),
                 "No free resume code found after " + std::to_string(kMaxCodeAttempts) + " tries; try again."};
}

Status update_learner(Db& db, std::int64_t id, const LearnerDetails& details) {
    if (auto st = validate(db, details); !st) return st;
    auto q = db.query(kSqlUpdateLearner);
    if (!q) return q.error();
    q->bind_all(details.full_name, details.search_key, details.birth_year, decade_of(details.birth_year),
                or_null(details.phone), or_null(details.ward), details.union_member, id);
    if (auto st = q->run(); !st) return st;
    if (db.changes() == 0) return Error{db.path(), "Learner " + std::to_string(id) + " does not exist or was erased."};
    return Ok{};
}

Result<int> refresh_search_keys(Db& db, const SearchKeyRule& key_of) {
    struct Stale {
        std::int64_t id;
        std::string key;
    };
    std::vector<Stale> stale;
    {
        auto q = db.query(kSqlLearnerNames);
        if (!q) return q.error();
        auto st = for_each_row(*q, [&](const Query& row) {
            std::string key = key_of(row.text(1));
            if (!key.empty() && key != row.text(2)) stale.push_back({row.int64(0), std::move(key)});
        });
        if (!st) return st.error();
    }
    if (stale.empty()) return 0;
    Transaction tx(db);
    if (!tx.begun()) return tx.begun().error();
    for (const Stale& s : stale) {
        auto q = db.query(kSqlSetSearchKey);
        if (!q) return q.error();
        q->bind_all(s.key, s.id);
        if (auto st = q->run(); !st) return st.error();
    }
    if (auto st = tx.commit(); !st) return st.error();
    return static_cast<int>(stale.size());
}

Result<std::optional<Learner>> get_learner(Db& db, std::int64_t id) {
    auto q = db.query(kSqlLearnerById);
    if (!q) return q.error();
    q->bind_all(id);
    return read_one(*q);
}

Result<std::optional<Learner>> find_learner_by_code(Db& db, std::string_view code) {
    auto normal = normalize_resume_code(code);
    if (!normal) return std::optional<Learner>{};
    auto q = db.query(kSqlLearnerByCode);
    if (!q) return q.error();
    q->bind_all(*normal);
    return read_one(*q);
}

Result<std::vector<Learner>> search_learners(Db& db, const LearnerSearch& search) {
    if (search.match == KeyMatch::prefix) {
        auto q = db.query(kSqlLearnersByKeyPrefix);
        if (!q) return q.error();
        q->bind_all(search.key, search.key + std::string(kMaxCodePoint), search.birth_year, search.limit);
        return read_all(*q);
    }
    auto q = db.query(kSqlLearnersByKeyContains);
    if (!q) return q.error();
    q->bind_all(search.key, search.birth_year, search.limit);
    return read_all(*q);
}

Result<std::vector<Learner>> find_learners_by_phone(Db& db, std::string_view phone, std::optional<int> birth_year) {
    if (phone.empty()) return std::vector<Learner>{};
    auto q = db.query(kSqlLearnersByPhone);
    if (!q) return q.error();
    q->bind_all(phone, birth_year);
    return read_all(*q);
}

}  // namespace tramso::store
