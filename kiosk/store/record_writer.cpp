#include "store/record_writer.h"

#include <sqlite3.h>

#include "store/kiosk_meta.h"
#include "store/staff_audit.h"

namespace tramso::store {

namespace {

constexpr char kSqlInsertSession[] =
    "INSERT INTO sessions (kiosk_id, learner_id, started_ms, language) VALUES (?, ?, ?, ?)";

constexpr char kSqlSetSessionLearner[] = "UPDATE sessions SET learner_id = ? WHERE id = ?";

constexpr char kSqlTouchLearner[] = "UPDATE learners SET last_seen_ms = max(last_seen_ms, ?) WHERE id = ?";

constexpr char kSqlEndSession[] = "UPDATE sessions SET ended_ms = ?, end_reason = ? WHERE id = ? AND ended_ms IS NULL";

constexpr char kSqlEndOpenRunsOfSession[] =
    "UPDATE lesson_runs SET ended_ms = ? WHERE session_id = ? AND ended_ms IS NULL";

constexpr char kSqlInsertRun[] =
    "INSERT INTO lesson_runs (session_id, lesson_id, lesson_version, started_ms) "
    "VALUES (?, ?, ?, ?)";

constexpr char kSqlEndRun[] =
    "UPDATE lesson_runs SET ended_ms = ?, completed = ?, score = coalesce(?, score) WHERE id = ?";

constexpr char kSqlRunReachedStep[] = "UPDATE lesson_runs SET last_step = ?, max_step = max(max_step, ?) WHERE id = ?";

// Keeps quiz_hourly (see schema.cpp) in step with the quiz_answer events.
constexpr char kSqlTallyQuizAnswer[] =
    "INSERT INTO quiz_hourly (hour, lesson_id, step, answers, wrong) "
    "SELECT ?1 / 3600000, lesson_id, ?2, 1, ?3 FROM lesson_runs WHERE id = ?4 "
    "ON CONFLICT (hour, lesson_id, step) DO UPDATE SET answers = answers + 1, "
    "wrong = wrong + excluded.wrong";

constexpr char kSqlInsertEvent[] =
    "INSERT INTO events (session_id, run_id, at_ms, kind, step, target, ok, duration_ms, payload) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

}  // namespace

// One statement. A constraint failure rejects the record; anything else (full disk, read-only
// file, I/O error) fails the whole batch so it can be retried later.
template <class... Args>
RecordWriter::Applied RecordWriter::run_sql(Db& db, std::string_view sql, std::string& why, const Args&... args) {
    auto q = db.query(sql);
    if (!q) {
        why = q.error().message;
        return Applied::failed;
    }
    auto st = q->bind_all(args...).run();
    if (st) return Applied::ok;
    why = st.error().message;
    return primary_code(q->last_code()) == SQLITE_CONSTRAINT ? Applied::rejected : Applied::failed;
}

BatchOutcome RecordWriter::write(Db& db, std::span<const Record* const> batch) {
    BatchOutcome out;
    m_staged_sessions.clear();
    m_staged_runs.clear();
    {
        Transaction txn(db);
        if (!txn.begun()) {
            out.code = db.last_error_code();
            out.message = txn.begun().error().to_string();
            return out;
        }
        for (const Record* r : batch) {
            std::string why;
            switch (apply(db, *r, why)) {
                case Applied::ok:
                    break;
                case Applied::rejected:
                    if (out.rejected++ == 0) out.first_rejection = "record " + std::to_string(r->seq) + ": " + why;
                    break;
                case Applied::failed:
                    out.code = db.last_error_code();
                    out.message = db.path() + ": " + why;
                    out.rejected = 0;
                    m_staged_sessions.clear();
                    m_staged_runs.clear();
                    return out;  // ~Transaction rolls back
            }
        }
        if (auto st = txn.commit(); !st) {
            out.code = db.last_error_code();
            out.message = st.error().to_string();
            out.rejected = 0;
            m_staged_sessions.clear();
            m_staged_runs.clear();
            return out;
        }
    }
    m_sessions.merge(m_staged_sessions);
    m_runs.merge(m_staged_runs);
    m_staged_sessions.clear();
    m_staged_runs.clear();
    out.committed = true;
    return out;
}

const std::int64_t* RecordWriter::find_session(std::uint64_t key) const {
    if (auto it = m_staged_sessions.find(key); it != m_staged_sessions.end()) return &it->second;
    if (auto it = m_sessions.find(key); it != m_sessions.end()) return &it->second;
    return nullptr;
}

const RecordWriter::RunIds* RecordWriter::find_run(std::uint64_t key) const {
    if (auto it = m_staged_runs.find(key); it != m_staged_runs.end()) return &it->second;
    if (auto it = m_runs.find(key); it != m_runs.end()) return &it->second;
    return nullptr;
}

RecordWriter::Applied RecordWriter::apply(Db& db, const Record& r, std::string& why) {
    switch (r.type) {
        case RecordType::session_start:
            return session_start(db, r, why);
        case RecordType::session_learner:
            return session_learner(db, r, why);
        case RecordType::session_end:
            return session_end(db, r, why);
        case RecordType::run_start:
            return run_start(db, r, why);
        case RecordType::run_end:
            return run_end(db, r, why);
        case RecordType::event:
            return event(db, r, why);
        case RecordType::audit: {
            Status st = append_audit(db, r.at_ms, r.text, r.payload);
            if (st) return Applied::ok;
            why = st.error().message;
            return primary_code(db.last_error_code()) == SQLITE_CONSTRAINT ? Applied::rejected : Applied::failed;
        }
        case RecordType::meta: {
            Status st = set_meta(db, r.text, r.payload, r.at_ms);
            if (st) return Applied::ok;
            why = st.error().message;
            return primary_code(db.last_error_code()) == SQLITE_CONSTRAINT ? Applied::rejected : Applied::failed;
        }
    }
    why = "unknown record type";
    return Applied::rejected;
}

RecordWriter::Applied RecordWriter::session_start(Db& db, const Record& r, std::string& why) {
    if (find_session(r.session_key)) {
        why = "session started twice";
        return Applied::rejected;
    }
    // The INSERT goes first: it is the only statement here a constraint can refuse (an unknown
    // learner), so a rejected record leaves nothing behind.
    if (auto a = run_sql(db, kSqlInsertSession, why, m_kiosk_id, r.learner_id, r.at_ms, r.text); a != Applied::ok)
        return a;
    const std::int64_t id = db.last_insert_id();
    m_staged_sessions[r.session_key] = id;
    if (r.learner_id)
        if (auto a = run_sql(db, kSqlTouchLearner, why, r.at_ms, *r.learner_id); a != Applied::ok) return a;
    return insert_event(db, r, id, std::nullopt, EventKind::session_start, r.text, {}, why);
}

RecordWriter::Applied RecordWriter::session_learner(Db& db, const Record& r, std::string& why) {
    const std::int64_t* id = find_session(r.session_key);
    if (!id || !r.learner_id) {
        why = "unknown session";
        return Applied::rejected;
    }
    if (auto a = run_sql(db, kSqlSetSessionLearner, why, *r.learner_id, *id); a != Applied::ok) return a;
    if (auto a = run_sql(db, kSqlTouchLearner, why, r.at_ms, *r.learner_id); a != Applied::ok) return a;
    return insert_event(db, r, *id, std::nullopt, EventKind::learner_identified, {}, {}, why);
}

RecordWriter::Applied RecordWriter::session_end(Db& db, const Record& r, std::string& why) {
    const std::int64_t* id = find_session(r.session_key);
    if (!id) {
        why = "unknown session";
        return Applied::rejected;
    }
    const std::int64_t session_id = *id;
    if (auto a = run_sql(db, kSqlEndOpenRunsOfSession, why, r.at_ms, session_id); a != Applied::ok) return a;
    if (auto a = run_sql(db, kSqlEndSession, why, r.at_ms, to_string(r.reason), session_id); a != Applied::ok) return a;
    return insert_event(db, r, session_id, std::nullopt, EventKind::session_end, to_string(r.reason), {}, why);
}

RecordWriter::Applied RecordWriter::run_start(Db& db, const Record& r, std::string& why) {
    const std::int64_t* id = find_session(r.session_key);
    if (!id || find_run(r.run_key)) {
        why = id ? "lesson run started twice" : "unknown session";
        return Applied::rejected;
    }
    const std::int64_t session_id = *id;
    if (auto a = run_sql(db, kSqlInsertRun, why, session_id, r.text, r.number.value_or(0), r.at_ms); a != Applied::ok)
        return a;
    const std::int64_t run_id = db.last_insert_id();
    m_staged_runs[r.run_key] = RunIds{run_id, session_id};
    return insert_event(db, r, session_id, run_id, EventKind::lesson_start, r.text, r.payload, why);
}

RecordWriter::Applied RecordWriter::run_end(Db& db, const Record& r, std::string& why) {
    const RunIds* run = find_run(r.run_key);
    if (!run) {
        why = "unknown lesson run";
        return Applied::rejected;
    }
    const RunIds ids = *run;
    if (auto a = run_sql(db, kSqlEndRun, why, r.at_ms, r.completed, r.number, ids.run_id); a != Applied::ok) return a;
    const std::string score = r.number ? "{\"score\":" + std::to_string(*r.number) + "}" : "";
    return insert_event(db, r, ids.session_id, ids.run_id,
                        r.completed ? EventKind::lesson_finished : EventKind::lesson_left, r.text, score, why);
}

RecordWriter::Applied RecordWriter::event(Db& db, const Record& r, std::string& why) {
    std::optional<std::int64_t> run_id;
    std::int64_t session_id = 0;
    if (r.run_key != 0) {
        const RunIds* run = find_run(r.run_key);
        if (!run) {
            why = "unknown lesson run";
            return Applied::rejected;
        }
        run_id = run->run_id;
        session_id = run->session_id;
    } else {
        const std::int64_t* id = find_session(r.session_key);
        if (!id) {
            why = "unknown session";
            return Applied::rejected;
        }
        session_id = *id;
    }
    Applied a = insert_event(db, r, session_id, run_id, r.kind, r.text, r.payload, why);
    if (a != Applied::ok || !run_id || !r.step) return a;
    if (r.kind == EventKind::step_shown)
        if (auto a = run_sql(db, kSqlRunReachedStep, why, *r.step, *r.step, *run_id); a != Applied::ok) return a;
    if (r.kind == EventKind::quiz_answer && r.ok)
        if (auto a = run_sql(db, kSqlTallyQuizAnswer, why, r.at_ms, *r.step, !*r.ok, *run_id); a != Applied::ok)
            return a;
    return a;
}

RecordWriter::Applied RecordWriter::insert_event(Db& db, const Record& r, std::int64_t session_id,
                                                 std::optional<std::int64_t> run_id, EventKind kind,
                                                 std::string_view target, std::string_view payload, std::string& why) {
    std::optional<std::string_view> target_or_null;
    if (!target.empty()) target_or_null = target;
    std::optional<std::string_view> payload_or_null;
    if (!payload.empty()) payload_or_null = payload;
    std::optional<std::int64_t> duration;
    if (r.type == RecordType::event) duration = r.number;
    return run_sql(db, kSqlInsertEvent, why, session_id, run_id, r.at_ms, to_string(kind), r.step, target_or_null, r.ok,
                   duration, payload_or_null);
}

}  // namespace tramso::store
