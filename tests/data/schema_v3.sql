-- Trạm Số database, schema version 3, as released: tables, indexes, triggers and a
-- few sample rows. tests/store/test_schema.cpp upgrades it to the latest schema.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
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
INSERT INTO learners VALUES(1,'ABC234','Nguyễn Thị Hoà','nguyen thi hoa',1958,1950,'0912345678','Phường 5',1,1760000000000,1760000000000,1760000600000,NULL);
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
INSERT INTO lesson_runs VALUES(1,1,'lam-quen-dien-thoai',1,1760000010000,1760000500000,1,2,4,4);
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
INSERT INTO events VALUES(1,1,NULL,1760000000000,'session_start',NULL,'vi',NULL,NULL,NULL);
INSERT INTO events VALUES(2,1,1,1760000010000,'lesson_start',NULL,'lam-quen-dien-thoai',NULL,NULL,NULL);
INSERT INTO events VALUES(3,1,1,1760000020000,'step_shown',0,NULL,NULL,NULL,NULL);
INSERT INTO events VALUES(4,1,1,1760000100000,'quiz_answer',2,'1',0,NULL,NULL);
INSERT INTO events VALUES(5,1,1,1760000500000,'lesson_finished',NULL,NULL,NULL,NULL,'{"score":2}');
INSERT INTO events VALUES(6,1,NULL,1760000600000,'session_end',NULL,'completed',NULL,NULL,NULL);
INSERT INTO events VALUES(7,2,NULL,1760001000000,'session_start',NULL,'vi',NULL,NULL,NULL);
INSERT INTO events VALUES(8,2,NULL,1760001090000,'qr_shown',NULL,'resume',NULL,NULL,NULL);
CREATE TABLE staff_audit (
    id INTEGER PRIMARY KEY,
    at_ms INTEGER NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO staff_audit VALUES(1,1760000700000,'login','staff PIN accepted');
CREATE TABLE kiosk_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_ms INTEGER NOT NULL
) STRICT;
INSERT INTO kiosk_meta VALUES('installed','2025-10-09',1760000000000);
CREATE TABLE quiz_hourly (
    hour INTEGER NOT NULL,
    lesson_id TEXT NOT NULL,
    step INTEGER NOT NULL,
    answers INTEGER NOT NULL,
    wrong INTEGER NOT NULL,
    PRIMARY KEY (hour, lesson_id, step)
) STRICT, WITHOUT ROWID;
INSERT INTO quiz_hourly VALUES(488888,'lam-quen-dien-thoai',2,1,1);
CREATE TABLE IF NOT EXISTS "sessions" (
    id INTEGER PRIMARY KEY,
    kiosk_id TEXT NOT NULL,
    learner_id INTEGER REFERENCES learners (id),
    started_ms INTEGER NOT NULL,
    ended_ms INTEGER,
    end_reason TEXT CHECK (end_reason IN ('completed', 'idle', 'staff', 'interrupted', 'error', 'shutdown')),
    language TEXT NOT NULL,
    CHECK ((ended_ms IS NULL) = (end_reason IS NULL))
) STRICT;
INSERT INTO sessions VALUES(1,'kiosk-1',1,1760000000000,1760000600000,'completed','vi');
INSERT INTO sessions VALUES(2,'kiosk-1',NULL,1760001000000,NULL,NULL,'vi');
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
CREATE INDEX learners_by_search_key ON learners (search_key);
CREATE INDEX learners_by_phone ON learners (phone);
CREATE INDEX lesson_runs_by_lesson
    ON lesson_runs (lesson_id, started_ms, completed, max_step, session_id);
CREATE INDEX learners_by_created ON learners (created_ms);
CREATE INDEX learners_to_retain ON learners (last_seen_ms) WHERE erased_ms IS NULL;
CREATE INDEX sessions_by_learner ON sessions (learner_id, started_ms);
CREATE INDEX sessions_by_start ON sessions (started_ms, ended_ms, end_reason, learner_id);
CREATE INDEX sessions_open ON sessions (kiosk_id) WHERE ended_ms IS NULL;
COMMIT;
PRAGMA user_version = 3;
