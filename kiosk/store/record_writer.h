// Writes a batch of Records to the database in one transaction. Runs on the writer thread
// (and directly in tests). Sessions and lesson runs are named by the Recorder's keys, which the
// writer maps to row ids as their start records are written; that way the frame loop never
// waits for an INSERT to learn an id, and keys stay valid while the database is unavailable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>

#include "store/records.h"
#include "store/sqlite_db.h"

namespace tramso::store {

struct BatchOutcome {
    bool committed = false;
    int code = 0;              // SQLite extended result code of the failure; 0 when committed
    std::string message;       // the failure, for the log and staff mode
    std::size_t rejected = 0;  // records skipped: refused by a constraint, or naming a session
                               // or run whose start was never written
    std::string first_rejection;
};

class RecordWriter {
public:
    explicit RecordWriter(std::string kiosk_id) : m_kiosk_id(std::move(kiosk_id)) {}

    // All-or-nothing for storage failures (disk full, read-only, I/O): on failure nothing of
    // the batch is kept, the key maps are as before, and the same batch can be retried.
    // Rejected records are skipped and the rest is committed.
    BatchOutcome write(Db& db, std::span<const Record* const> batch);

    std::size_t known_sessions() const { return m_sessions.size(); }

private:
    struct RunIds {
        std::int64_t run_id;
        std::int64_t session_id;
    };
    enum class Applied { ok, rejected, failed };

    template <class... Args>
    static Applied run_sql(Db& db, std::string_view sql, std::string& why, const Args&... args);
    Applied apply(Db& db, const Record& r, std::string& why);
    Applied session_start(Db& db, const Record& r, std::string& why);
    Applied session_learner(Db& db, const Record& r, std::string& why);
    Applied session_end(Db& db, const Record& r, std::string& why);
    Applied run_start(Db& db, const Record& r, std::string& why);
    Applied run_end(Db& db, const Record& r, std::string& why);
    Applied event(Db& db, const Record& r, std::string& why);
    Applied insert_event(Db& db, const Record& r, std::int64_t session_id, std::optional<std::int64_t> run_id,
                         EventKind kind, std::string_view target, std::string_view payload, std::string& why);

    const std::int64_t* find_session(std::uint64_t key) const;
    const RunIds* find_run(std::uint64_t key) const;

    std::string m_kiosk_id;
    std::unordered_map<std::uint64_t, std::int64_t> m_sessions;  // committed
    std::unordered_map<std::uint64_t, RunIds> m_runs;
    std::unordered_map<std::uint64_t, std::int64_t> m_staged_sessions;  // this batch only
    std::unordered_map<std::uint64_t, RunIds> m_staged_runs;
};

}  // namespace tramso::store
