// Whether a path may be opened as the kiosk's database, decided before SQLite touches it.
// Opening read-write changes a file (mode 0600, WAL, migrations, -journal/-wal beside it), so
// a symlink, a device, or another application's SQLite file is refused and left as it was.
// The kiosk's own files carry kKioskApplicationId in their header; a file from a version
// before that stamp is recognised by its schema and tables and adopted.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"

namespace tramso::store {

// PRAGMA application_id of every kiosk database ("TrSo").
inline constexpr std::int32_t kKioskApplicationId = 0x5472536F;

enum class DbFileKind {
    missing,       // nothing at the path: the kiosk may create it
    blank,         // an empty file or an SQLite file with no tables: nothing to protect
    kiosk,         // stamped with the kiosk's application id
    kiosk_legacy,  // the kiosk's tables and schema version, not yet stamped
    not_sqlite,    // does not start with the SQLite header: damaged, for the caller to judge
};

// Error.where is the path; the message says what the file is and that it was not touched.
Result<DbFileKind> identify_db_file(const std::string& path);

}  // namespace tramso::store
