// `tramso-dev --headless --soak DAYS --db NEW_FILE`: simulated days of an unattended kiosk on the
// ManualClock, through the real KioskApp and store. Visitors come during opening hours and do
// what visitors do — finish a lesson, leave one half-way, walk away (idle reset), tap at
// random — while the attract screen runs the rest of the day and night. Prints memory, open
// descriptors, sessions recorded and errors; fails when a target is missed.
#pragma once

#include <cstdint>
#include <string>

#include "core/clock.h"
#include "ui/kiosk_app.h"

namespace tramso::dev {

struct SoakOptions {
    double days = 1;
    std::uint32_t seed = 1;
    // Between visitors the attract screen is drawn once per this many simulated seconds
    // instead of at every 4 s drift step: each of those frames is the same full attract frame,
    // and the soak would otherwise spend nearly all its time on them.
    int idle_frame_seconds = 60;
    // Judged only without sanitizers (their shadow memory grows): growth over the whole soak
    // beyond what the bounded caches took, and, once the caches have filled, how far RSS moves.
    double max_rss_growth_mb = 2.0;
    long flat_from_day = 8;
    double max_flat_band_mb = 1.0;
    // The PIN staff visits type (SoakDatabase::staff_pin); empty: no staff visits.
    std::string staff_pin;
};

// Local midnight (UTC+7) starting a Monday: the soak's clock starts here so days line up.
constexpr Millis kSoakStartWallMs = 1'789'923'600'000;

// Runs only on a database marked by prepare_soak_database (soak_database.h).
int run_soak(ui::KioskApp& app, ManualClock& clock, const SoakOptions& options);

}  // namespace tramso::dev
