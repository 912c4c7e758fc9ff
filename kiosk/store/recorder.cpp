#include "store/recorder.h"

#include <sqlite3.h>

#include <algorithm>
#include <vector>

#include "store/kiosk_meta.h"
#include "store/record_writer.h"

namespace tramso::store {

namespace {

// Room for a few seconds of records, so push_back almost never reallocates on the frame loop.
constexpr std::size_t kIncomingReserve = 1'024;

}  // namespace

Recorder::Recorder(RecorderOptions options, const Clock& clock, Connect connect)
    : m_opt(std::move(options)), m_clock(clock), m_connect(std::move(connect)) {
    m_opt.max_batch = std::max<std::size_t>(1, m_opt.max_batch);
    m_incoming.reserve(kIncomingReserve);
    m_thread = std::thread([this] { run(); });
}

Recorder::~Recorder() {
    {
        std::lock_guard lk(m_mu);
        m_stopping = true;
    }
    m_work_cv.notify_all();
    m_thread.join();
}

void Recorder::log(std::string_view line) const {
    if (m_opt.log) m_opt.log(line);
}

// ---------------------------------------------------------------------------------------------
// The calling side: build a Record, stamp it, queue it. Nothing here touches the disk.

Seq Recorder::push(Record r) {
    r.at_ms = m_clock.wall_ms();
    Seq seq = 0;
    bool first_drop = false;
    bool wake = false;
    {
        std::lock_guard lk(m_mu);
        if (m_incoming.size() + m_backlog_size >= m_opt.pending_bound) {
            ++m_status.dropped;
            first_drop = !m_drop_logged;
            m_drop_logged = true;
        } else {
            seq = ++m_next_seq;
            r.seq = seq;
            m_incoming.push_back(std::move(r));
            // Only the first record after a quiet spell wakes the writer; during a burst it
            // is already polling, so enqueue stays a push under a lock.
            wake = m_writer_idle;
            m_writer_idle = false;
        }
    }
    if (wake) m_work_cv.notify_one();
    if (first_drop)
        log("store: " + std::to_string(m_opt.pending_bound) +
            " records are waiting to be saved; newer records are dropped until the database "
            "can be written again");
    return seq;
}

SessionRef Recorder::begin_session(std::optional<std::int64_t> learner_id, std::string_view language) {
    Record r;
    r.type = RecordType::session_start;
    r.session_key = ++m_next_key;
    r.learner_id = learner_id;
    r.text = language;
    SessionRef ref{r.session_key, 0};
    ref.seq = push(std::move(r));
    return ref;
}

Seq Recorder::identify_learner(SessionRef session, std::int64_t learner_id) {
    Record r;
    r.type = RecordType::session_learner;
    r.session_key = session.key;
    r.learner_id = learner_id;
    return push(std::move(r));
}

Seq Recorder::end_session(SessionRef session, EndReason reason) {
    Record r;
    r.type = RecordType::session_end;
    r.session_key = session.key;
    r.reason = reason;
    return push(std::move(r));
}

RunRef Recorder::begin_run(SessionRef session, std::string_view lesson_id, int lesson_version,
                           std::optional<int> resumed_at) {
    Record r;
    r.type = RecordType::run_start;
    r.session_key = session.key;
    r.run_key = ++m_next_key;
    r.text = lesson_id;
    r.number = lesson_version;
    if (resumed_at) r.payload = "{\"resumed_at\":" + std::to_string(*resumed_at) + "}";
    RunRef ref{r.run_key, session.key, 0};
    ref.seq = push(std::move(r));
    return ref;
}

Seq Recorder::end_run(RunRef run, bool completed, std::optional<int> score) {
    Record r;
    r.type = RecordType::run_end;
    r.session_key = run.session_key;
    r.run_key = run.key;
    r.completed = completed;
    if (score) r.number = *score;  // the writer records it in the event's payload too
    return push(std::move(r));
}

Record Recorder::event_record(SessionRef session, const RunRef* run, EventKind kind, std::optional<int> step) const {
    Record r;
    r.type = RecordType::event;
    r.session_key = session.key;
    r.run_key = run ? run->key : 0;
    r.kind = kind;
    r.step = step;
    return r;
}

Seq Recorder::leave_run(RunRef run, int step, std::string_view reason) {
    Record r;
    r.type = RecordType::run_end;
    r.session_key = run.session_key;
    r.run_key = run.key;
    r.completed = false;
    r.step = step;
    r.text = reason;
    return push(std::move(r));
}

Seq Recorder::record_event(SessionRef session, const RunRef* run, EventKind kind, std::optional<int> step,
                           std::string_view target, std::optional<bool> ok, std::optional<Millis> duration_ms,
                           std::string_view json_payload) {
    Record r = event_record(session, run, kind, step);
    r.text = target;
    r.ok = ok;
    r.number = duration_ms;
    r.payload = json_payload;
    return push(std::move(r));
}

Seq Recorder::step_shown(RunRef run, int step) {
    return record_event({run.session_key}, &run, EventKind::step_shown, step);
}

Seq Recorder::step_left(RunRef run, int step, Millis time_spent_ms) {
    return record_event({run.session_key}, &run, EventKind::step_left, step, {}, std::nullopt, time_spent_ms);
}

Seq Recorder::practice_tap(RunRef run, int step, std::string_view element, bool correct) {
    return record_event({run.session_key}, &run, EventKind::practice_tap, step, element, correct);
}

Seq Recorder::quiz_answer(RunRef run, int step, int answer_index, bool correct) {
    return record_event({run.session_key}, &run, EventKind::quiz_answer, step, std::to_string(answer_index), correct);
}

Seq Recorder::hint_shown(RunRef run, int step) {
    return record_event({run.session_key}, &run, EventKind::hint_shown, step);
}

Seq Recorder::listen_pressed(SessionRef session, const RunRef* run, std::optional<int> step) {
    return record_event(session, run, EventKind::listen_pressed, step);
}

Seq Recorder::qr_shown(SessionRef session, std::string_view what) {
    return record_event(session, nullptr, EventKind::qr_shown, std::nullopt, what);
}

Seq Recorder::qr_printed(SessionRef session, std::string_view what) {
    return record_event(session, nullptr, EventKind::qr_printed, std::nullopt, what);
}

Seq Recorder::language_switched(SessionRef session, std::string_view language) {
    return record_event(session, nullptr, EventKind::language_switched, std::nullopt, language);
}

Seq Recorder::audit(std::string_view action, std::string_view detail) {
    Record r;
    r.type = RecordType::audit;
    r.text = action;
    r.payload = detail;
    return push(std::move(r));
}

Seq Recorder::set_meta(std::string_view key, std::string_view value) {
    Record r;
    r.type = RecordType::meta;
    r.text = key;
    r.payload = value;
    return push(std::move(r));
}

Seq Recorder::last_enqueued() const {
    std::lock_guard lk(m_mu);
    return m_next_seq;
}

Seq Recorder::last_durable() const {
    std::lock_guard lk(m_mu);
    return m_durable;
}

bool Recorder::wait_durable(Seq seq, std::chrono::milliseconds timeout) {
    std::unique_lock lk(m_mu);
    if (m_durable >= seq) return true;
    m_flush_requested = true;
    m_work_cv.notify_all();
    return m_durable_cv.wait_for(lk, timeout, [&] { return m_durable >= seq; });
}

bool Recorder::flush(std::chrono::milliseconds timeout) { return wait_durable(last_enqueued(), timeout); }

void Recorder::retry_now() {
    {
        std::lock_guard lk(m_mu);
        m_retry_requested = true;
    }
    m_work_cv.notify_all();
}

RecorderStatus Recorder::status() const {
    std::lock_guard lk(m_mu);
    RecorderStatus s = m_status;
    s.pending = m_incoming.size() + m_backlog_size;
    s.last_enqueued = m_next_seq;
    s.last_durable = m_durable;
    return s;
}

// ---------------------------------------------------------------------------------------------
// The writer thread.

void Recorder::run() {
    std::optional<Db> db;
    RecordWriter writer(m_opt.kiosk_id);
    std::deque<Record> backlog;  // oldest first; only this thread touches it
    std::vector<Record> taken;
    taken.reserve(kIncomingReserve);
    std::vector<const Record*> batch;
    bool failing = false;

    for (;;) {
        bool stopping = false;
        {
            std::unique_lock lk(m_mu);
            if (failing) {
                m_work_cv.wait_for(lk, m_opt.retry_interval, [&] { return m_stopping || m_retry_requested; });
                m_retry_requested = false;
            } else if (backlog.empty() && m_incoming.empty()) {
                // Nothing to write: sleep until a record arrives (push() wakes us), so an idle
                // kiosk does not wake 200 times a second.
                m_writer_idle = true;
                m_work_cv.wait(lk, [&] { return m_stopping || m_flush_requested || !m_incoming.empty(); });
                m_writer_idle = false;
                // Group commit: let the rest of this burst arrive before writing.
                if (!m_stopping && !m_flush_requested)
                    m_work_cv.wait_for(lk, m_opt.poll_interval, [&] { return m_stopping || m_flush_requested; });
            } else if (backlog.empty()) {
                m_work_cv.wait_for(lk, m_opt.poll_interval, [&] { return m_stopping || m_flush_requested; });
            }
            m_flush_requested = false;
            // O(1) under the lock: the enqueuers get back an empty vector with capacity.
            m_incoming.swap(taken);
            m_backlog_size += taken.size();
            stopping = m_stopping;
        }
        for (Record& r : taken) backlog.push_back(std::move(r));
        taken.clear();
        if (backlog.empty()) {
            if (stopping) break;
            continue;
        }

        batch.clear();
        const std::size_t n = std::min(backlog.size(), m_opt.max_batch);
        for (std::size_t i = 0; i < n; ++i) batch.push_back(&backlog[i]);

        if (!db) {
            int code = 0;
            auto opened = m_connect(code);
            if (!opened) {
                commit_failed(code, opened.error().to_string(), backlog.front().at_ms);
                failing = true;
                if (stopping) break;
                continue;
            }
            db.emplace(std::move(*opened));
        }

        BatchOutcome outcome = writer.write(*db, batch);
        if (outcome.committed) {
            commit_succeeded(backlog, n, outcome.rejected, *db, outcome.first_rejection);
            failing = false;
        } else {
            db.reset();  // reconnect from scratch next time: the file may have been replaced
            commit_failed(outcome.code, outcome.message, backlog.front().at_ms);
            failing = true;
            if (stopping) break;
        }
    }

    std::lock_guard lk(m_mu);
    const std::size_t lost = backlog.size() + m_incoming.size();
    if (lost > 0)
        log("store: stopping with " + std::to_string(lost) + " records that could not be saved (" + m_status.message +
            ")");
}

void Recorder::commit_succeeded(std::deque<Record>& backlog, std::size_t n, std::size_t rejected, Db& db,
                                const std::string& first_rejection) {
    const Seq last = backlog[n - 1].seq;
    const Millis last_at = backlog[n - 1].at_ms;
    RecorderStatus before;
    {
        std::lock_guard lk(m_mu);
        before = m_status;
    }
    if (before.condition != StorageCondition::ok) {
        // Until now, when saving worked again (the batch may hold only records made earlier).
        const Millis until = std::max(last_at, m_clock.wall_ms());
        PastStorageProblem problem{before.condition, before.since_ms, until, before.dropped, before.message};
        log("store: saving works again after " + std::string(to_string(before.condition)) + " from " +
            std::to_string(before.since_ms) + " to " + std::to_string(until) + " ms; " +
            std::to_string(before.dropped) + " records dropped in total; " + before.message);
        // Staff should still learn about it after the fact. Written before the batch is
        // announced durable, so whoever waits on flush() sees it too; best effort.
        (void)store::set_meta(db, kMetaLastStorageProblem, to_meta_json(problem), until);
        if (m_opt.on_recovered) m_opt.on_recovered(problem);
    }
    // Logged before the batch is announced durable, so whoever waits on flush() sees it.
    if (rejected > 0)
        log("store: " + std::to_string(rejected) + " records refused by the database; first: " + first_rejection);
    // Committed already; logged before flush() can return, so a test waiting on it sees the line.
    if (m_opt.log_durable_seq) log("durable seq " + std::to_string(last));
    // Records are freed outside the lock, so enqueuers never wait for it.
    backlog.erase(backlog.begin(), backlog.begin() + static_cast<std::ptrdiff_t>(n));
    {
        std::lock_guard lk(m_mu);
        m_backlog_size -= n;
        m_durable = last;
        m_status.rejected += rejected;
        m_status.condition = StorageCondition::ok;
        m_status.message.clear();
        m_status.since_ms = 0;
        m_drop_logged = false;
    }
    m_durable_cv.notify_all();
    if (m_opt.on_durable) m_opt.on_durable(last);
}

void Recorder::commit_failed(int code, const std::string& message, Millis oldest_ms) {
    const StorageCondition c = storage_condition_for(code);
    bool changed = false;
    {
        std::lock_guard lk(m_mu);
        changed = m_status.condition != c;  // log a condition once, not every retry
        const bool was_ok = m_status.condition == StorageCondition::ok;
        m_status.condition = c;
        m_status.message = message;
        if (was_ok) m_status.since_ms = oldest_ms;
    }
    if (changed)
        log("store: cannot save (" + std::string(to_string(c)) + "): " + message +
            "; keeping records in memory and retrying");
}

}  // namespace tramso::store
