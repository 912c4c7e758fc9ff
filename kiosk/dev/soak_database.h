// The soak writes sessions, learners, audit lines and a staff PIN of its own, so it runs only on
// a database it made: a path that does not exist yet (or an empty file) is created, migrated,
// marked as a soak database in kiosk_meta and given the soak's PIN; a file that exists already
// is only read, and unless it carries that mark the soak refuses it and writes nothing.
#pragma once

#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"

namespace tramso::dev {

inline constexpr std::string_view kMetaSoakDatabase = "soak_database";
// The staff PIN the soak's visits type; only ever set in a database the soak created.
inline constexpr std::string_view kSoakStaffPin = "2468";

struct SoakDatabase {
    bool created = false;   // false: an earlier soak's database, used again
    std::string staff_pin;  // empty: the database's PIN is not the soak's, so no staff visits
};

Result<SoakDatabase> prepare_soak_database(const std::string& path, Millis now_ms);

// True when the database behind `db_path` carries the soak's mark (read only).
Result<bool> is_soak_database(const std::string& db_path);

}  // namespace tramso::dev
