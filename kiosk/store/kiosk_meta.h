// kiosk_meta: small key/value facts about this kiosk's database that staff mode shows, such as
// a damaged file that was set aside or the last storage problem and when it cleared.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "store/sqlite_db.h"

namespace tramso::store {

// Keys the store itself writes.
inline constexpr std::string_view kMetaCorruptFileMoved = "corrupt_file_moved";
inline constexpr std::string_view kMetaLastStorageProblem = "last_storage_problem";
inline constexpr std::string_view kMetaLastBackup = "last_backup";
inline constexpr std::string_view kMetaLastDailyRun = "last_daily_run_ms";

Status set_meta(Db& db, std::string_view key, std::string_view value, Millis now_ms);
Result<std::optional<std::string>> get_meta(Db& db, std::string_view key);
struct MetaEntry {
    std::string value;
    Millis updated_ms = 0;
};
Result<std::optional<MetaEntry>> get_meta_entry(Db& db, std::string_view key);
Status delete_meta(Db& db, std::string_view key);

}  // namespace tramso::store
