// Storage conditions as data, for staff mode: what is wrong, since when, how many records wait,
// and the facts kept in kiosk_meta about problems staff should still hear of after they cleared
// (a damaged file set aside, a spell when saving failed). Nothing here is worded for a learner;
// staff mode turns each StorageNotice into a sentence with its strings key (see notice_key).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "store/sqlite_db.h"

namespace tramso::store {

enum class StorageCondition {
    ok,
    disk_full,    // SQLITE_FULL, or the OS said ENOSPC / EDQUOT / EFBIG
    read_only,    // SQLITE_READONLY / permission denied / read-only filesystem
    unavailable,  // cannot open, I/O error, busy, newer schema, …
    damaged,      // SQLITE_CORRUPT / NOTADB while running (set aside at the next start)
};
// "ok", "disk full", "read-only", "unavailable", "damaged": for logs and kiosk_meta.
std::string_view to_string(StorageCondition condition);
std::optional<StorageCondition> storage_condition_from_string(std::string_view text);
// The condition an SQLite extended result code (as Db::last_error_code() gives it) stands for.
StorageCondition storage_condition_for(int sqlite_code);

// Saving failed for a while and then worked again (kiosk_meta "last_storage_problem").
struct PastStorageProblem {
    StorageCondition condition = StorageCondition::unavailable;
    Millis from_ms = 0;         // the oldest record that could not be saved at the time
    Millis to_ms = 0;           // the first commit that worked again
    std::uint64_t dropped = 0;  // records lost in total because pending_bound was reached
    std::string detail;         // SQLite's words (English), for a "details" line
};

// A damaged database file moved aside at start (kiosk_meta "corrupt_file_moved").
struct DamagedFileSetAside {
    std::string moved_to;  // full path of the kept file
    Millis at_ms = 0;
    std::string detail;  // what quick_check or SQLite said (English)
};

// kiosk_meta values are small JSON objects; these write and read them.
std::string to_meta_json(const PastStorageProblem& p);
std::string to_meta_json(const DamagedFileSetAside& d);
Result<std::optional<PastStorageProblem>> read_past_storage_problem(Db& db);
Result<std::optional<DamagedFileSetAside>> read_damaged_file_set_aside(Db& db);

// One line for the staff dashboard. Ordered most serious first by Store::notices().
struct StorageNotice {
    enum class Kind {
        not_saving,              // condition, since_ms, count = records waiting, limit = bound
        records_dropped,         // count = records lost since start (the bound was reached)
        reports_unavailable,     // condition; staff reports and look-ups cannot run now
        damaged_file_set_aside,  // since_ms, path = where the old file is kept
        saving_failed_earlier,   // condition, since_ms .. until_ms, count = records dropped
        backup_failed,           // since_ms = the failed attempt
        no_recent_backup,        // since_ms = the last good backup (0: never); backups are on
        sessions_interrupted,    // count = sessions closed as interrupted at this start
    };
    enum class Severity { problem, warning, info };

    Kind kind = Kind::not_saving;
    Severity severity = Severity::info;
    StorageCondition condition = StorageCondition::ok;
    Millis since_ms = 0;
    Millis until_ms = 0;
    std::uint64_t count = 0;
    std::uint64_t limit = 0;
    std::string path;
    std::string detail;      // technical, English; may be empty
    bool clearable = false;  // staff can dismiss it (Store::clear_notice)
};

// The strings key for a notice, e.g. "storage.not_saving.disk_full" or
// "storage.backup_failed"; assets/strings/{vi,en}/storage.toml define every one.
std::string notice_key(const StorageNotice& n);
// The {placeholders} those strings use: {count}, {limit}, {since}, {until} (local "HH:MM
// dd/mm/yyyy"), {path}.
std::vector<std::pair<std::string, std::string>> notice_args(const StorageNotice& n, int utc_offset_minutes);
// "14:05 21/09/2026" in the kiosk's local time.
std::string format_local_time(Millis at_ms, int utc_offset_minutes);

}  // namespace tramso::store
