// The database schema as numbered migrations. PRAGMA user_version holds the version reached;
// each migration runs in its own transaction together with the version bump, so a power cut
// leaves the file at one version or the next, never in between. A dump of every released
// version lives in tests/data/schema_vN.sql and the tests upgrade each one to the latest.
#pragma once

#include "store/sqlite_db.h"

namespace tramso::store {

// The version migrate() brings a database to.
int latest_schema_version();

// Brings the database up to latest_schema_version(). Fails (and changes nothing) if the file
// comes from a newer Trạm Số, or if a migration fails; earlier migrations stay applied.
Status migrate(Db& db);
// The same, stopping at `version` (tests: build each released schema to compare with its dump).
Status migrate_to(Db& db, int version);

// The file's current PRAGMA user_version.
Result<int> schema_version(Db& db);

}  // namespace tramso::store
