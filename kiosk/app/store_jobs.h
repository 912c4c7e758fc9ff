// Store work: the effects that read or write the database or the disk (registration and
// look-ups, the staff PIN and its lockout, staff pages, edits, exports, reloading lessons).
// The store worker (store_worker.h) runs them one at a time on its own thread, so a slow query,
// the PIN's deliberately slow hash or a busy disk never holds up a frame.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <variant>

#include "app/flow.h"
#include "app/staff_service.h"
#include "core/string_table.h"
#include "store/store.h"

namespace tramso::app {

using StoreJob = std::variant<fx::LearnerQuery, fx::StaffCheckPinSet, fx::StaffVerifyPin, fx::StaffSavePinAttempts,
                              fx::StaffAudit, fx::StaffLoad, fx::StaffCommand>;

// The job if this effect is store work (a StaffCommand the runtime carries out itself is not).
std::optional<StoreJob> store_job(const Effect& effect);

// What a screen waiting for `job` is told when it failed unexpectedly (an exception), if it
// waits for anything.
std::optional<Event> failure_answer(const StoreJob& job, const std::string& what);

// A job and what the flow held when it asked: the lessons it showed and the screen's language.
struct StoreWork {
    StoreJob job;
    ContentSnapshot content;
    Lang lang = Lang::vi;
};

// Carries out one job; returns the answer for the flow, if any. Called on the worker thread
// only. Tests put a slow or failing one in front of the real one.
class StoreJobs {
public:
    virtual ~StoreJobs() = default;
    virtual std::optional<Event> run(const StoreWork& work) = 0;
};

// The kiosk's: the SQLite store, the staff adapter, the content folder.
class KioskStoreJobs final : public StoreJobs {
public:
    // All must outlive this. `seed` makes resume codes repeatable (headless scripts).
    KioskStoreJobs(store::Store& store, const Config& config, const Clock& clock, const StringTable& strings,
                   std::optional<std::uint32_t> seed = std::nullopt);
    std::optional<Event> run(const StoreWork& work) override;
    StaffService& staff() { return m_staff; }

private:
    ev::StaffContentReloaded reload_lessons(Lang lang);

    store::Store& m_store;
    const Config& m_config;
    const Clock& m_clock;
    const StringTable& m_strings;
    StaffService m_staff;
    std::mt19937 m_random;  // resume codes: random, checked unique by the store
};

}  // namespace tramso::app
