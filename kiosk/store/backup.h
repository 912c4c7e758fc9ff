// Online backups: SQLite's backup API copies the live database while the kiosk keeps
// recording; the copy is checked with quick_check before it counts, and only the newest `keep`
// verified backups are kept. Files are backup_dir/tramso-<UTC stamp>.db, mode 0600.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.h"
#include "store/sqlite_db.h"

namespace tramso::store {

struct BackupInfo {
    std::string path;  // the verified backup
    std::uintmax_t bytes = 0;
    std::vector<std::string> removed;  // older backups rotated out
};

// Backs up an open database (any connection; :memory: works).
Result<BackupInfo> backup_database(Db& source, const std::string& backup_dir, int keep, Millis now_ms);

// Opens db_path read-only and backs it up: what `tramso backup` calls, even while the kiosk
// runs.
Result<BackupInfo> backup_database_file(const std::string& db_path, const std::string& backup_dir, int keep,
                                        Millis now_ms);

// The backups in backup_dir, oldest first (full paths).
std::vector<std::string> list_backups(const std::string& backup_dir);

}  // namespace tramso::store
