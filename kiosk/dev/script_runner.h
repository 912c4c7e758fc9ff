// Executes a driver script against the real UI on a simulated clock: taps become the same
// pointer events a finger makes, waits advance the ManualClock, shots write PNGs.
#pragma once

#include <string>

#include "core/clock.h"
#include "core/script.h"
#include "ui/kiosk_app.h"

namespace tramso::dev {

// Returns 0 when every line passed; otherwise prints "FILE:LINE: what failed; visible: …"
// to stderr and returns 1. A tap or drag off the screen fails its line; SIGTERM or SIGINT stops
// the script before the next line (and returns 1).
int run_script(ui::KioskApp& app, ManualClock& clock, const Script& script, const std::string& shots_dir);

}  // namespace tramso::dev
