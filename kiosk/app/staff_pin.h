// Staff mode: the staff PIN, stored only as an argon2id hash (libsodium's
// crypto_pwhash_str, interactive limits) in kiosk_meta, beside the data it protects.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "store/sqlite_db.h"

namespace tramso::app {

inline constexpr std::string_view kMetaStaffPinHash = "staff_pin_hash";
inline constexpr std::string_view kMetaStaffPinAttempts = "staff_pin_attempts";

// 4 to 8 digits; an Error says what is wrong with `pin` (without echoing it).
Status check_pin_format(std::string_view pin);

// A fresh argon2id hash string ($argon2id$v=19$m=…): salted, so hashing twice differs.
Result<std::string> hash_pin(std::string_view pin);
bool pin_matches(const std::string& hash, std::string_view pin);

// Setting the PIN (at the console, `tramso set-pin`) also clears any wrong PINs on record.
Status set_staff_pin(store::Db& db, std::string_view pin, Millis now_ms);
Result<std::optional<std::string>> staff_pin_hash(store::Db& db);

// Wrong PINs since the last right one and when their lockout ends, by the wall clock (the only
// clock that survives a restart). Stored as "failed_attempts locked_until_ms".
struct PinAttempts {
    int failed_attempts = 0;
    Millis locked_until_wall_ms = 0;  // 0 = not locked
};
Status save_pin_attempts(store::Db& db, const PinAttempts& attempts, Millis now_ms);
// None on record reads as zero attempts; a value this code did not write is an Error naming it.
Result<PinAttempts> load_pin_attempts(store::Db& db);

}  // namespace tramso::app
