#include "store/storage_status.h"

#include <sqlite3.h>

#include "core/civil_time.h"
#include "store/kiosk_meta.h"
#include "store/records.h"

namespace tramso::store {

namespace {

// kiosk_meta values are JSON written by this file; a value that is not (written by an earlier
// build) still shows, with its text as the detail.
constexpr char kSqlReadPastProblem[] =
    "SELECT CASE WHEN json_valid(value) THEN json_extract(value, '$.condition') END, "
    "  CASE WHEN json_valid(value) THEN json_extract(value, '$.from_ms') END, "
    "  CASE WHEN json_valid(value) THEN json_extract(value, '$.to_ms') END, "
    "  CASE WHEN json_valid(value) THEN json_extract(value, '$.dropped') END, "
    "  CASE WHEN json_valid(value) THEN json_extract(value, '$.detail') ELSE value END, "
    "  updated_ms "
    "FROM kiosk_meta WHERE key = ?";

constexpr char kSqlReadDamagedFile[] =
    "SELECT CASE WHEN json_valid(value) THEN json_extract(value, '$.moved_to') ELSE value END, "
    "  CASE WHEN json_valid(value) THEN json_extract(value, '$.at_ms') END, "
    "  CASE WHEN json_valid(value) THEN json_extract(value, '$.detail') END, "
    "  updated_ms "
    "FROM kiosk_meta WHERE key = ?";

std::string_view key_part(StorageCondition c) {
    switch (c) {
        case StorageCondition::ok:
            return "ok";
        case StorageCondition::disk_full:
            return "disk_full";
        case StorageCondition::read_only:
            return "read_only";
        case StorageCondition::unavailable:
            return "unavailable";
        case StorageCondition::damaged:
            return "damaged";
    }
    return "unavailable";
}

}  // namespace

std::string_view to_string(StorageCondition condition) {
    switch (condition) {
        case StorageCondition::ok:
            return "ok";
        case StorageCondition::disk_full:
            return "disk full";
        case StorageCondition::read_only:
            return "read-only";
        case StorageCondition::unavailable:
            return "unavailable";
        case StorageCondition::damaged:
            return "damaged";
    }
    return "unknown";
}

std::optional<StorageCondition> storage_condition_from_string(std::string_view text) {
    for (StorageCondition c : {StorageCondition::ok, StorageCondition::disk_full, StorageCondition::read_only,
                               StorageCondition::unavailable, StorageCondition::damaged})
        if (text == to_string(c)) return c;
    return std::nullopt;
}

StorageCondition storage_condition_for(int code) {
    switch (primary_code(code)) {
        case SQLITE_OK:
            return StorageCondition::ok;
        case SQLITE_FULL:
            return StorageCondition::disk_full;
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_AUTH:
            return StorageCondition::read_only;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return StorageCondition::damaged;
        default:
            return StorageCondition::unavailable;
    }
}

std::string to_meta_json(const PastStorageProblem& p) {
    return "{\"condition\":" + json_quote(to_string(p.condition)) + ",\"from_ms\":" + std::to_string(p.from_ms) +
           ",\"to_ms\":" + std::to_string(p.to_ms) + ",\"dropped\":" + std::to_string(p.dropped) +
           ",\"detail\":" + json_quote(p.detail) + "}";
}

std::string to_meta_json(const DamagedFileSetAside& d) {
    return "{\"moved_to\":" + json_quote(d.moved_to) + ",\"at_ms\":" + std::to_string(d.at_ms) +
           ",\"detail\":" + json_quote(d.detail) + "}";
}

Result<std::optional<PastStorageProblem>> read_past_storage_problem(Db& db) {
    auto q = db.query(kSqlReadPastProblem);
    if (!q) return q.error();
    q->bind_all(kMetaLastStorageProblem);
    auto row = q->next();
    if (!row) return row.error();
    if (!*row) return std::optional<PastStorageProblem>{};
    PastStorageProblem p;
    p.condition = storage_condition_from_string(q->text(0)).value_or(StorageCondition::unavailable);
    p.to_ms = q->opt_int64(2).value_or(q->int64(5));
    p.from_ms = q->opt_int64(1).value_or(p.to_ms);
    p.dropped = static_cast<std::uint64_t>(q->opt_int64(3).value_or(0));
    p.detail = q->text(4);
    return std::optional<PastStorageProblem>{std::move(p)};
}

Result<std::optional<DamagedFileSetAside>> read_damaged_file_set_aside(Db& db) {
    auto q = db.query(kSqlReadDamagedFile);
    if (!q) return q.error();
    q->bind_all(kMetaCorruptFileMoved);
    auto row = q->next();
    if (!row) return row.error();
    if (!*row) return std::optional<DamagedFileSetAside>{};
    DamagedFileSetAside d;
    d.moved_to = q->text(0);
    d.at_ms = q->opt_int64(1).value_or(q->int64(3));
    d.detail = q->text(2);
    return std::optional<DamagedFileSetAside>{std::move(d)};
}

std::string notice_key(const StorageNotice& n) {
    using K = StorageNotice::Kind;
    switch (n.kind) {
        case K::not_saving:
            return "storage.not_saving." + std::string(key_part(n.condition));
        case K::records_dropped:
            return "storage.records_dropped";
        case K::reports_unavailable:
            return "storage.reports_unavailable." + std::string(key_part(n.condition));
        case K::damaged_file_set_aside:
            return "storage.damaged_file_set_aside";
        case K::saving_failed_earlier:
            return "storage.saving_failed_earlier." + std::string(key_part(n.condition));
        case K::backup_failed:
            return "storage.backup_failed";
        case K::no_recent_backup:
            return n.since_ms ? "storage.no_recent_backup" : "storage.no_backup_yet";
        case K::sessions_interrupted:
            return "storage.sessions_interrupted";
    }
    return "storage.unknown";
}

std::string format_local_time(Millis at_ms, int utc_offset_minutes) {
    const LocalDateTime t = local_date_time(at_ms, utc_offset_minutes);
    return clock_text(t.minute_of_day()) + " " + format_day_month_year(t.date);
}

std::vector<std::pair<std::string, std::string>> notice_args(const StorageNotice& n, int utc_offset_minutes) {
    std::vector<std::pair<std::string, std::string>> args{
        {"count", std::to_string(n.count)},
        {"limit", std::to_string(n.limit)},
        {"path", n.path},
    };
    if (n.since_ms) args.emplace_back("since", format_local_time(n.since_ms, utc_offset_minutes));
    if (n.until_ms) args.emplace_back("until", format_local_time(n.until_ms, utc_offset_minutes));
    return args;
}

}  // namespace tramso::store
