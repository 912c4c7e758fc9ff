// The kiosk database as a file: created with mode 0600 (it holds names and phone numbers),
// opened in WAL mode with synchronous=FULL (a power cut loses nothing confirmed), checked with
// PRAGMA quick_check, and — when damaged — moved aside with a timestamp, never deleted.
#pragma once

#include <string>
#include <vector>

#include "core/clock.h"
#include "store/sqlite_db.h"

namespace tramso::store {

// Opens path for the kiosk. read_write_create creates a missing file with mode 0600 and sets
// WAL + synchronous=FULL; read_only only reads. Does not migrate. On failure failure_code
// receives SQLite's extended result code (SQLITE_NOTADB for a file that is not a database).
Result<Db> open_kiosk_db(const std::string& path, OpenMode mode, int& failure_code);

// PRAGMA quick_check: the problems found (empty when the file is sound). An Error means the
// check itself could not run; db.last_error_code() tells whether that was damage.
Result<std::vector<std::string>> quick_check(Db& db);

// Whether an SQLite result code means the file itself is damaged (rather than unreadable).
bool is_damage_code(int code);

// Renames path and its -wal/-shm companions to "<path>.corrupt-<UTC stamp>" (+"-wal"/"-shm",
// so the pair can still be opened for forensics). Returns the new path of the database file.
Result<std::string> move_aside(const std::string& path, Millis now_ms);

// Makes sure path has mode 0600 (SQLite gives -wal/-shm the database file's mode).
void restrict_file_mode(const std::string& path);

}  // namespace tramso::store
