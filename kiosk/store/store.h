// Store: the kiosk's one SQLite file, opened once at start and owned by App.
//
// Opening never stops the kiosk. It creates the file (mode 0600) if needed, runs PRAGMA
// quick_check, sets a damaged file aside (kept, renamed with a timestamp) and starts fresh,
// migrates the schema, and closes sessions a crash left open ('interrupted'). Whatever goes
// wrong is in status() for staff mode; recording goes on in memory until the file can be
// written. quick_check reads the whole file (bench_store: ~1.3 s for 100 MB / 1.3M events on
// a 2-core VM), so open the store before the first frame, not inside it.
//
// Two connections: the Recorder's writer thread records sessions and events (the frame loop
// only enqueues), and query() runs staff reports, learner look-ups and registration on the
// caller's thread under a lock. Daily work (retention, backup) runs on its own thread.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "core/civil_time.h"
#include "core/clock.h"
#include "store/backup.h"
#include "store/learners.h"
#include "store/recorder.h"
#include "store/sqlite_db.h"
#include "store/storage_status.h"

namespace tramso::store {

struct StoreOptions {
    std::string db_path = "var/tramso.db";
    std::string kiosk_id = "kiosk";
    std::string backup_dir;  // empty: no daily backup
    int backup_keep = 7;
    int retention_personal_days = 730;  // 0: never erase for age
    std::size_t pending_bound = 10'000;
    std::chrono::milliseconds retry_interval{5'000};
    int utc_offset_minutes = kVietnamUtcOffsetMinutes;  // local days in reports
    bool read_only = false;                             // tools that only read; also closes nothing at open
    bool log_durable_seq = false;                       // log "durable seq N" (crash tests)
    std::function<void(std::string_view)> log;          // default: stderr
    std::function<void(Seq)> on_durable;                // writer thread
    // The text module's search-key rule; when set, stored keys are brought up to it at open.
    SearchKeyRule search_key;
    // Tests only: runs on every new writer connection (e.g. PRAGMA query_only, max_page_count)
    // to make SQLite itself fail the way a full or read-only disk does.
    std::function<void(Db&)> writer_connection_hook;
};

// Everything staff mode shows about storage, in one copy (Store::status()). For the dashboard,
// Store::notices() turns it into a short list of StorageNotice, most serious first, each with a
// strings key and {placeholders} (storage_status.h; texts in assets/strings/*/storage.toml):
//
//   for (const StorageNotice& n : store.notices())
//       show(strings.format(lang, notice_key(n), notice_args(n, utc_offset_minutes)),
//            n.severity, n.clearable);
//
// Recording now (recording.*): `condition` is ok, disk_full, read_only, unavailable or damaged;
// while it is not ok, `since_ms` is when the oldest unsaved record was made, `pending` how many
// records wait in memory (at most `pending_bound`; beyond it new records are `dropped` and
// counted) and `message` SQLite's words for a details line. The writer retries every
// retry_interval by itself; Recorder::retry_now() is the staff "try again" button.
struct StoreStatus {
    RecorderStatus recording;  // condition, since_ms, pending, dropped, seqs
    std::size_t pending_bound = 0;
    bool queries_available = false;                           // staff reports, look-ups, registration can run
    StorageCondition query_condition = StorageCondition::ok;  // why not, when they cannot
    std::string query_error;                                  // ... in SQLite's words
    std::optional<DamagedFileSetAside> damaged_file;          // until clear_corrupt_notice()
    std::optional<PastStorageProblem> past_problem;           // until clear_past_problem()
    int interrupted_sessions_closed = 0;                      // at this start
    std::string last_backup;                                  // path of the last verified backup
    Millis last_backup_ms = 0;                                // when it was made (0: never)
    std::string last_backup_error;                            // empty when the last backup worked
    Millis last_backup_error_ms = 0;
    bool backups_configured = false;  // backup_dir is set
    int last_retention_erased = 0;

    // The same facts as text, as earlier builds gave them (logs, tests).
    std::string corrupt_file_moved;    // "<path> at <ms>: <why>"
    std::string last_storage_problem;  // "<condition> from <ms> to <ms>: <why>"
};

class Store {
public:
    // Fails only for options that cannot work (no path, ":memory:"); a file that cannot be
    // opened gives a Store whose status() says so.
    static Result<std::unique_ptr<Store>> open(StoreOptions options, const Clock& clock);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    Recorder& recorder() { return *m_recorder; }

    // Runs fn(Db&) on the query connection under its lock, reopening it if needed. For staff
    // reports, learner look-ups, registration, erasure: fn is one of the store's functions,
    // e.g. store.query([&](Db& db) { return search_learners(db, search); }).
    template <class F>
    auto query(F&& fn) -> decltype(fn(std::declval<Db&>())) {
        std::lock_guard lk(m_main_mu);
        if (auto st = ensure_main(); !st) return st.error();
        return fn(*m_main);
    }

    StoreStatus status() const;
    // What the staff dashboard lists, most serious first (see StoreStatus above).
    std::vector<StorageNotice> notices() const;
    const StoreOptions& options() const { return m_opt; }

    // Synchronous, for `tramso backup` and tests.
    Result<BackupInfo> backup_now();
    Result<int> apply_retention_now();
    // Staff has seen the notice about a damaged file set aside.
    Status clear_corrupt_notice();
    // Staff has seen the notice about an earlier spell when saving failed.
    Status clear_past_problem();
    // Dismisses a notice whose `clearable` is set (the two above).
    Status clear_notice(const StorageNotice& notice);

    // Cheap; call now and then from the frame loop. Once a day (by kiosk_meta), starts
    // retention and backup on a background thread.
    void run_daily_if_due();
    // Waits for a daily run in progress (tests, shutdown).
    void wait_daily();

private:
    Store(StoreOptions options, const Clock& clock);
    void open_main();
    Status ensure_main();  // m_main_mu held
    Result<Db> connect_writer(int& failure_code);
    void daily_work(Millis now_ms);
    void note_backup(const Result<BackupInfo>& info, Millis now_ms);
    void set_damaged_file(std::optional<DamagedFileSetAside> d);
    void set_past_problem(std::optional<PastStorageProblem> p);
    void log(std::string_view line) const;

    StoreOptions m_opt;
    const Clock& m_clock;
    std::atomic<bool> m_sessions_recovered{false};

    mutable std::mutex m_main_mu;
    std::optional<Db> m_main;
    std::string m_main_error;

    mutable std::mutex m_status_mu;
    StoreStatus m_status;  // the parts not owned by the recorder
    Millis m_last_daily_ms = 0;

    std::thread m_daily;
    std::atomic<bool> m_daily_running{false};

    std::unique_ptr<Recorder> m_recorder;  // last: its thread uses the members above
};

}  // namespace tramso::store
