// Recorder: how the frame loop records what a learner does without waiting for the disk.
// Each call stamps the time, appends a Record to a queue and returns at once with the record's
// sequence number; it takes one uncontended lock. The writer thread sleeps while the queue is
// empty; the first record after a quiet spell wakes it (one notify), and during a burst it
// polls every poll_interval (or at once on flush()), so enqueueing stays a push under a lock.
// It takes the whole queue in O(1), commits it in batches (WAL, synchronous=FULL) and then
// advances last_durable(). A record is durable once last_durable() >= its seq.
//
// When the database cannot be written (disk full, read-only, missing, damaged) the kiosk keeps
// going: records wait in memory up to pending_bound (newer ones are dropped and counted beyond
// that), the condition is logged once and shown in status(), and the writer retries every
// retry_interval, reconnecting from scratch each time.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "store/records.h"
#include "store/sqlite_db.h"
#include "store/storage_status.h"

namespace tramso::store {

struct RecorderStatus {
    StorageCondition condition = StorageCondition::ok;
    std::string message;         // the failure in words, for staff mode; empty when ok
    Millis since_ms = 0;         // time of the oldest record that could not be saved
    std::size_t pending = 0;     // records in memory, not yet durable
    std::uint64_t dropped = 0;   // records refused because pending_bound was reached
    std::uint64_t rejected = 0;  // records the database refused (see BatchOutcome)
    Seq last_enqueued = 0;
    Seq last_durable = 0;
};

struct RecorderOptions {
    std::string kiosk_id = "kiosk";
    std::size_t pending_bound = 10'000;
    std::size_t max_batch = 2'048;
    std::chrono::milliseconds poll_interval{5};  // group commit: the most a record waits
    std::chrono::milliseconds retry_interval{5'000};
    bool log_durable_seq = false;               // log "durable seq N" after each commit
    std::function<void(std::string_view)> log;  // one line per call, any thread; may be empty
    std::function<void(Seq)> on_durable;        // called on the writer thread
    // Called on the writer thread when saving works again after a failure.
    std::function<void(const PastStorageProblem&)> on_recovered;
};

struct SessionRef {
    std::uint64_t key = 0;
    Seq seq = 0;  // the session_start record; 0 if it was dropped
};

struct RunRef {
    std::uint64_t key = 0;
    std::uint64_t session_key = 0;
    Seq seq = 0;
};

class Recorder {
public:
    // Opens a connection ready for writing (pragmas set, schema current). Called on the
    // writer thread before the first write and again after every failure. On failure it
    // sets failure_code to the SQLite extended result code.
    using Connect = std::function<Result<Db>(int& failure_code)>;

    Recorder(RecorderOptions options, const Clock& clock, Connect connect);
    // Writes what it can (one last attempt if the database is failing), then stops.
    ~Recorder();
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;

    // Sessions. A learner may be known at the start or identified later (registration).
    SessionRef begin_session(std::optional<std::int64_t> learner_id, std::string_view language);
    Seq identify_learner(SessionRef session, std::int64_t learner_id);
    Seq end_session(SessionRef session, EndReason reason);  // also ends its open lesson runs

    // Lesson runs. end_run(completed = true) records "lesson finished".
    // resumed_at: a returning learner picks the lesson up at this step.
    RunRef begin_run(SessionRef session, std::string_view lesson_id, int lesson_version,
                     std::optional<int> resumed_at = std::nullopt);
    Seq end_run(RunRef run, bool completed, std::optional<int> score = std::nullopt);
    // Ends a run she left unfinished, keeping the step she was on and why (home, back, idle, …).
    Seq leave_run(RunRef run, int step, std::string_view reason);

    // What happens inside a lesson.
    Seq step_shown(RunRef run, int step);
    Seq step_left(RunRef run, int step, Millis time_spent_ms);
    Seq practice_tap(RunRef run, int step, std::string_view element, bool correct);
    Seq quiz_answer(RunRef run, int step, int answer_index, bool correct);
    Seq hint_shown(RunRef run, int step);
    Seq listen_pressed(SessionRef session, const RunRef* run, std::optional<int> step);
    Seq qr_shown(SessionRef session, std::string_view what);
    Seq qr_printed(SessionRef session, std::string_view what);
    Seq language_switched(SessionRef session, std::string_view language);

    // Anything else: kind, step, target, ok, duration and a small JSON object payload.
    Seq record_event(SessionRef session, const RunRef* run, EventKind kind, std::optional<int> step,
                     std::string_view target = {}, std::optional<bool> ok = std::nullopt,
                     std::optional<Millis> duration_ms = std::nullopt, std::string_view json_payload = {});

    // Staff audit lines and kiosk_meta values that need not be written synchronously.
    Seq audit(std::string_view action, std::string_view detail);
    Seq set_meta(std::string_view key, std::string_view value);

    Seq last_enqueued() const;
    // Every accepted record up to this one is committed — or was refused by the database as
    // invalid (counted in status().rejected, logged), so one bad record cannot stall the rest.
    Seq last_durable() const;
    // Waits until seq is durable; false on timeout (e.g. while the disk is full).
    bool wait_durable(Seq seq, std::chrono::milliseconds timeout);
    // Waits until everything enqueued so far is durable.
    bool flush(std::chrono::milliseconds timeout);
    // Skips the rest of the current retry wait (staff pressed "try again").
    void retry_now();

    RecorderStatus status() const;

private:
    Seq push(Record r);
    Record event_record(SessionRef session, const RunRef* run, EventKind kind, std::optional<int> step) const;
    void run();
    void log(std::string_view line) const;
    void commit_succeeded(std::deque<Record>& backlog, std::size_t n, std::size_t rejected, Db& db,
                          const std::string& first_rejection);
    void commit_failed(int code, const std::string& message, Millis oldest_ms);

    RecorderOptions m_opt;
    const Clock& m_clock;
    Connect m_connect;
    std::atomic<std::uint64_t> m_next_key{0};

    mutable std::mutex m_mu;  // guards everything below
    std::condition_variable m_work_cv;
    std::condition_variable m_durable_cv;
    std::vector<Record> m_incoming;  // enqueued, not yet taken by the writer
    bool m_writer_idle = false;      // the writer sleeps until push() wakes it (guarded by m_mu)
    std::size_t m_backlog_size = 0;  // taken by the writer, not yet durable
    Seq m_next_seq = 0;
    Seq m_durable = 0;
    bool m_stopping = false;
    bool m_flush_requested = false;  // cuts the writer's poll wait short
    bool m_retry_requested = false;  // cuts the writer's retry wait short
    bool m_drop_logged = false;
    RecorderStatus m_status;

    std::thread m_thread;  // last: starts after everything above exists
};

}  // namespace tramso::store
