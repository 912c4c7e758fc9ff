// The staff audit trail: logins, failed PINs, exports, erasures. Append-only (a trigger in the
// schema refuses UPDATE and DELETE), so it can be shown to an inspector as it was written.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "store/sqlite_db.h"

namespace tramso::store {

struct AuditEntry {
    std::int64_t id = 0;
    Millis at_ms = 0;
    std::string action;  // short word: "login", "pin_failed", "export", "erase_learner", …
    std::string detail;  // a sentence; never a learner's erased personal data
};

Status append_audit(Db& db, Millis at_ms, std::string_view action, std::string_view detail);

// The newest entries first.
Result<std::vector<AuditEntry>> recent_audit(Db& db, int limit);

}  // namespace tramso::store
