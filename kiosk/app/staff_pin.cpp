#include "app/staff_pin.h"

#include <sodium.h>

#include <algorithm>
#include <cstdio>

#include "store/kiosk_meta.h"

namespace tramso::app {

Status check_pin_format(std::string_view pin) {
    if (pin.size() < 4 || pin.size() > 8) return Error{"PIN", "must have 4 to 8 digits"};
    for (char c : pin)
        if (c < '0' || c > '9') return Error{"PIN", "must be digits only (the staff PIN pad has no letters)"};
    return Ok{};
}

Result<std::string> hash_pin(std::string_view pin) {
    if (sodium_init() < 0) return Error{"libsodium", "cannot start (no random source?)"};
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error{"libsodium", "out of memory while hashing the PIN (argon2id needs 64 MB)"};
    return std::string(out);
}

bool pin_matches(const std::string& hash, std::string_view pin) {
    if (sodium_init() < 0) return false;
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

Status set_staff_pin(store::Db& db, std::string_view pin, Millis now_ms) {
    if (Status st = check_pin_format(pin); !st) return st;
    auto hash = hash_pin(pin);
    if (!hash) return hash.error();
    if (Status st = store::set_meta(db, kMetaStaffPinHash, *hash, now_ms); !st) return st;
    return store::delete_meta(db, kMetaStaffPinAttempts);
}

Result<std::optional<std::string>> staff_pin_hash(store::Db& db) { return store::get_meta(db, kMetaStaffPinHash); }

Status save_pin_attempts(store::Db& db, const PinAttempts& attempts, Millis now_ms) {
    if (attempts.failed_attempts <= 0) return store::delete_meta(db, kMetaStaffPinAttempts);
    const std::string value =
        std::to_string(attempts.failed_attempts) + " " + std::to_string(attempts.locked_until_wall_ms);
    return store::set_meta(db, kMetaStaffPinAttempts, value, now_ms);
}

Result<PinAttempts> load_pin_attempts(store::Db& db) {
    auto value = store::get_meta(db, kMetaStaffPinAttempts);
    if (!value) return value.error();
    PinAttempts out;
    if (!*value) return out;
    long long failed = 0, until = 0;
    char rest = 0;
    if (std::sscanf((*value)->c_str(), "%lld %lld %c", &failed, &until, &rest) != 2 || failed < 0 || until < 0)
        return Error{"kiosk_meta." + std::string(kMetaStaffPinAttempts),
                     "expected \"failed_attempts locked_until_ms\", found \"" + **value + "\""};
    out.failed_attempts = int(std::min(failed, 1'000'000LL));
    out.locked_until_wall_ms = until;
    return out;
}

}  // namespace tramso::app
