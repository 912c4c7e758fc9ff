#include "app/staff_pin.h"

#include <sodium.h>

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
    return store::set_meta(db, kMetaStaffPinHash, *hash, now_ms);
}

Result<std::optional<std::string>> staff_pin_hash(store::Db& db) { return store::get_meta(db, kMetaStaffPinHash); }

}  // namespace tramso::app
