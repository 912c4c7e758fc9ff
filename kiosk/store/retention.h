// Erasing personal data. A learner's name, search key, phone and exact birth year are removed —
// at her or staff's request, or when she has not been seen for retention_personal_days — while
// the anonymous record stays for statistics (birth decade, ward, member flag, her sessions and
// lesson runs). Every erasure is written to staff_audit in the same transaction.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/clock.h"
#include "store/sqlite_db.h"

namespace tramso::store {

inline constexpr std::string_view kAuditEraseLearner = "erase_learner";

// reason is for the audit line ("requested by the learner", staff name, …); it must not hold
// the erased data itself. Erasing an already erased learner is an error.
Status erase_learner(Db& db, std::int64_t learner_id, Millis now_ms, std::string_view reason);

// Erases everyone not seen for personal_days (0 or less: never). Returns how many.
Result<int> apply_retention(Db& db, Millis now_ms, int personal_days);

}  // namespace tramso::store
