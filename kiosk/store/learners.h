// Registered learners: create (with a fresh resume code), update, look up. The search key is
// computed by the text module (NFC → lower case → marks stripped → đ→d) and passed in, so
// "Hoà", "Hòa" and "hoa" find the same learner; the store never builds keys itself. When the
// rule changes (a newer Unicode, a new folding), refresh_search_keys brings the stored keys
// up to it, so nobody saved under the old rule is lost to a search.
// Erasure and retention live in retention.h.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/resume_code.h"
#include "store/sqlite_db.h"

namespace tramso::store {

// What a learner tells us (and may later correct).
struct LearnerDetails {
    std::string full_name;   // NFC, as she wants it written
    std::string search_key;  // from the text module; required
    std::optional<int> birth_year;
    std::string phone;          // digits as the caller normalised them; empty = none given
    std::string ward;           // phường / xã; empty = none given
    bool union_member = false;  // Hội Liên hiệp Phụ nữ member
};

struct Learner {
    std::int64_t id = 0;
    std::string code;
    LearnerDetails details;           // personal fields are empty once erased
    std::optional<int> birth_decade;  // kept after erasure, for statistics
    Millis consent_ms = 0;
    Millis created_ms = 0;
    Millis last_seen_ms = 0;
    std::optional<Millis> erased_ms;
};

// Registers a learner who consented at consent_ms. Draws resume codes from random until one
// is not taken.
Result<Learner> create_learner(Db& db, const LearnerDetails& details, Millis consent_ms, Millis now_ms,
                               const RandomSource& random);

// The text module's search-key rule, handed to the store by whoever opens it.
using SearchKeyRule = std::function<std::string(std::string_view full_name)>;

// Recomputes every stored search key with key_of and rewrites the ones that differ, in one
// transaction. Returns how many changed (usually none). Erased learners keep no name and are
// left alone.
Result<int> refresh_search_keys(Db& db, const SearchKeyRule& key_of);

// Replaces the learner's details. Fails for an unknown or erased learner.
Status update_learner(Db& db, std::int64_t id, const LearnerDetails& details);

Result<std::optional<Learner>> get_learner(Db& db, std::int64_t id);

// By the code on her slip (typed or scanned; normalised here). Erased learners are not found.
Result<std::optional<Learner>> find_learner_by_code(Db& db, std::string_view code);

enum class KeyMatch { prefix, contains };

struct LearnerSearch {
    std::string key;  // a search key fragment, from the text module
    KeyMatch match = KeyMatch::prefix;
    std::optional<int> birth_year;  // narrows the list when given
    int limit = 20;
};

// Not erased, ordered by search key then id.
Result<std::vector<Learner>> search_learners(Db& db, const LearnerSearch& search);

// Phone as stored (normalised by the caller); birth year narrows when given.
Result<std::vector<Learner>> find_learners_by_phone(Db& db, std::string_view phone, std::optional<int> birth_year);

}  // namespace tramso::store
