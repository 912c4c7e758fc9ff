#include "store/schema.h"

#include <string>

namespace tramso::store {

namespace {

// Version 1: the tables. Times are Unix epoch milliseconds (INTEGER, *_ms).
constexpr char kSqlMigration1[] = R"sql(
CREATE TABLE learners (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(code) = 6),
    full_name TEXT,
    search_key TEXT,
    birth_year INTEGER,
    birth_decade INTEGER,
    phone TEXT,
    ward TEXT,
    union_member INTEGER NOT NULL DEFAULT 0 CHECK (union_member IN (0, 1)),
    consent_ms INTEGER NOT NULL,
    created_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL,
    erased_ms INTEGER,
    CHECK (erased_ms IS NOT NULL OR (full_name IS NOT NULL AND search_key IS NOT NULL))
) STRICT;

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    kiosk_id TEXT NOT NULL,
    learner_id INTEGER REFERENCES learners (id),
    started_ms INTEGER NOT NULL,
    ended_ms INTEGER,
    end_reason TEXT CHECK (end_reason IN ('completed', 'idle', 'staff', 'interrupted', 'error')),
    language TEXT NOT NULL,
    CHECK ((ended_ms IS NULL) = (end_reason IS NULL))
) STRICT;

CREATE TABLE lesson_runs (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    lesson_id TEXT NOT NULL,
    lesson_version INTEGER NOT NULL,
    started_ms INTEGER NOT NULL,
    ended_ms INTEGER,
    completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
    score INTEGER,
    last_step INTEGER NOT NULL DEFAULT 0,
    max_step INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    run_id INTEGER REFERENCES lesson_runs (id),
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    step INTEGER,
    target TEXT,
    ok INTEGER CHECK (ok IN (0, 1)),
    duration_ms INTEGER,
    payload TEXT CHECK (payload IS NULL OR json_valid(payload))
) STRICT;

CREATE TABLE staff_audit (
    id INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE kiosk_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_ms INTEGER NOT NULL
) STRICT;

CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER staff_audit_append_only_update BEFORE UPDATE ON staff_audit
BEGIN SELECT RAISE(ABORT, 'staff_audit is append-only'); END;
CREATE TRIGGER staff_audit_append_only_delete BEFORE DELETE ON staff_audit
BEGIN SELECT RAISE(ABORT, 'staff_audit is append-only'); END;

CREATE INDEX events_by_session ON events (session_id, seq);
CREATE INDEX lesson_runs_by_session ON lesson_runs (session_id);
CREATE INDEX sessions_by_learner ON sessions (learner_id, started_ms);
CREATE INDEX learners_by_search_key ON learners (search_key);
CREATE INDEX learners_by_phone ON learners (phone);
)sql";

// Version 2: for the staff reports (measured with bench_store: ~1M events, 50k sessions).
// Covering indexes so range reports read only the index; quiz_hourly tallies quiz answers per
// UTC hour, question and lesson as they are written, so "most often wrong" reads a few
// thousand rows instead of every answer joined to its run. Hours are exact for any range that
// starts on the hour, whatever the kiosk's UTC offset.
constexpr char kSqlMigration2[] = R"sql(
CREATE INDEX sessions_by_start ON sessions (started_ms, ended_ms, end_reason, learner_id);
CREATE INDEX sessions_open ON sessions (kiosk_id) WHERE ended_ms IS NULL;
CREATE INDEX lesson_runs_by_lesson
    ON lesson_runs (lesson_id, started_ms, completed, max_step, session_id);
CREATE INDEX learners_by_created ON learners (created_ms);
CREATE INDEX learners_to_retain ON learners (last_seen_ms) WHERE erased_ms IS NULL;

CREATE TABLE quiz_hourly (
    hour INTEGER NOT NULL,
    lesson_id TEXT NOT NULL,
    step INTEGER NOT NULL,
    answers INTEGER NOT NULL,
    wrong INTEGER NOT NULL,
    PRIMARY KEY (hour, lesson_id, step)
) STRICT, WITHOUT ROWID;

INSERT INTO quiz_hourly (hour, lesson_id, step, answers, wrong)
SELECT e.at_ms / 3600000, r.lesson_id, e.step, count(*), sum(e.ok = 0)
FROM events AS e JOIN lesson_runs AS r ON r.id = e.run_id
WHERE e.kind = 'quiz_answer' AND e.step IS NOT NULL AND e.ok IS NOT NULL
GROUP BY 1, 2, 3;
)sql";

// Version 3: the end reason 'shutdown', a visit ended because the kiosk was stopped (a stop
// signal), apart from the 'interrupted' a crash or power cut leaves. SQLite cannot change a
// CHECK in place: the table is built again under its name, rows and ids kept, and its indexes
// with it. migrate_to() runs this with foreign keys off, as a table rebuild needs, and checks
// them before committing.
constexpr char kSqlMigration3[] = R"sql(
CREATE TABLE sessions_v3 (
    id INTEGER PRIMARY KEY,
    kiosk_id TEXT NOT NULL,
    learner_id INTEGER REFERENCES learners (id),
    started_ms INTEGER NOT NULL,
    ended_ms INTEGER,
    end_reason TEXT CHECK (end_reason IN ('completed', 'idle', 'staff', 'interrupted', 'error', 'shutdown')),
    language TEXT NOT NULL,
    CHECK ((ended_ms IS NULL) = (end_reason IS NULL))
) STRICT;
INSERT INTO sessions_v3 (id, kiosk_id, learner_id, started_ms, ended_ms, end_reason, language)
SELECT id, kiosk_id, learner_id, started_ms, ended_ms, end_reason, language FROM sessions;
DROP TABLE sessions;
ALTER TABLE sessions_v3 RENAME TO sessions;
CREATE INDEX sessions_by_learner ON sessions (learner_id, started_ms);
CREATE INDEX sessions_by_start ON sessions (started_ms, ended_ms, end_reason, learner_id);
CREATE INDEX sessions_open ON sessions (kiosk_id) WHERE ended_ms IS NULL;
)sql";

// Index i holds the SQL that takes a database from version i to i + 1.
constexpr const char* kMigrations[] = {kSqlMigration1, kSqlMigration2, kSqlMigration3};

constexpr char kSqlUserVersion[] = "PRAGMA user_version";
constexpr char kSqlForeignKeys[] = "PRAGMA foreign_keys";
constexpr char kSqlForeignKeysOff[] = "PRAGMA foreign_keys = OFF";
constexpr char kSqlForeignKeysOn[] = "PRAGMA foreign_keys = ON";
constexpr char kSqlForeignKeyViolations[] = "SELECT count(*) FROM pragma_foreign_key_check";

// Foreign keys are off while a migration runs and back as they were after it, however it ends:
// dropping a table that others refer to (a rebuild) would fail with them on. The pragma does
// nothing inside a transaction, so this wraps the migration's transaction, never the reverse.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Db& db) : m_db(db) {
        auto on = db.query_int(kSqlForeignKeys);
        m_was_on = on && *on == 1;
        if (m_was_on) m_status = db.exec(kSqlForeignKeysOff);
    }
    ~ForeignKeysOff() {
        if (m_was_on) (void)m_db.exec(kSqlForeignKeysOn);
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;
    const Status& status() const { return m_status; }

private:
    Db& m_db;
    bool m_was_on = false;
    Status m_status = Ok{};
};

}  // namespace

int latest_schema_version() { return static_cast<int>(std::size(kMigrations)); }

Result<int> schema_version(Db& db) {
    auto v = db.query_int(kSqlUserVersion);
    if (!v) return v.error();
    return static_cast<int>(*v);
}

Status migrate(Db& db) { return migrate_to(db, latest_schema_version()); }

Status migrate_to(Db& db, int target) {
    if (target < 0 || target > latest_schema_version())
        return Error{db.path(), "No schema version " + std::to_string(target) + "."};
    for (;;) {
        auto before = schema_version(db);
        if (!before) return before.error();
        if (*before == target) return Ok{};
        if (*before > target && *before <= latest_schema_version())
            return Error{db.path(), "The database is at schema " + std::to_string(*before) + ", past " +
                                        std::to_string(target) + "."};
        if (*before > latest_schema_version())
            return Error{db.path(),
                         "This database was written by a newer version of Trạm Số "
                         "(schema " +
                             std::to_string(*before) + ", this program knows " +
                             std::to_string(latest_schema_version()) + "). Update the kiosk software."};

        ForeignKeysOff foreign_keys_off(db);
        if (!foreign_keys_off.status()) return foreign_keys_off.status();
        Transaction txn(db);
        if (!txn.begun()) return txn.begun();
        // Re-read inside the write lock: another connection may have migrated meanwhile.
        auto current = schema_version(db);
        if (!current) return current.error();
        if (*current != *before) continue;

        const int next = *current + 1;
        // Counted before as well: rows orphaned earlier (someone's sqlite3 shell, where foreign
        // keys are off) must not stop the kiosk from starting.
        auto orphans_before = db.query_int(kSqlForeignKeyViolations);
        if (!orphans_before) return orphans_before.error();
        if (auto st = db.exec(kMigrations[*current]); !st)
            return Error{db.path(),
                         "Upgrading the database to schema " + std::to_string(next) + " failed: " + st.error().message};
        // With foreign keys off nothing else would notice a row the migration orphaned.
        auto orphans = db.query_int(kSqlForeignKeyViolations);
        if (!orphans) return orphans.error();
        if (*orphans > *orphans_before)
            return Error{db.path(), "Upgrading the database to schema " + std::to_string(next) + " would leave " +
                                        std::to_string(*orphans - *orphans_before) +
                                        " rows pointing at nothing; it was not upgraded."};
        // PRAGMA takes no parameters; the number comes from this table, never from input.
        if (auto st = db.exec("PRAGMA user_version = " + std::to_string(next)); !st) return st;
        if (auto st = txn.commit(); !st) return st;
    }
}

}  // namespace tramso::store
