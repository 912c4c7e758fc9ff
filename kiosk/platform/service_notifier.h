// Tells systemd how the kiosk is doing (sd_notify): READY once the first frame is on screen,
// a watchdog ping from the frame loop, a one-line STATUS, STOPPING on the way out. Every call
// is a no-op when systemd did not start the process (NOTIFY_SOCKET unset), so the same binary
// runs by hand, in tests and under the headless driver.
//
// Not thread-safe: the frame loop owns it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace tramso::platform {

class ServiceNotifier {
public:
    // Reads NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID once, now.
    explicit ServiceNotifier(const Clock& clock);

    bool active() const { return m_active; }
    // The longest the frame loop may sleep between two watchdog_ping() calls (half of the
    // unit's WatchdogSec=); 0 when there is no watchdog.
    Millis watchdog_interval_ms() const { return m_sleep_max_ms; }

    // Each returns true when a message went out.
    bool ready();                        // READY=1
    bool watchdog_ping();                // WATCHDOG=1, at most every quarter of WatchdogSec=
    bool status(std::string_view text);  // STATUS=text (one line: line breaks become spaces)
    bool stopping();                     // STOPPING=1

private:
    bool send(const std::string& message);

    const Clock& m_clock;
    bool m_active = false;
    Millis m_sleep_max_ms = 0;
    Millis m_ping_every_ms = 0;
    Millis m_last_ping_ms = 0;
    bool m_pinged = false;
};

// The watchdog period systemd asked for, in microseconds, or 0. WATCHDOG_PID names the process
// systemd started; besides ourselves we accept our parent, because the unit may start a
// launcher or the compositor (cage) that then starts the kiosk.
std::uint64_t watchdog_usec_from_environment();

}  // namespace tramso::platform
