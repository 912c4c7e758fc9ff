#include "platform/service_notifier.h"

#include <systemd/sd-daemon.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace tramso::platform {

namespace {

bool parse_u64(const char* s, std::uint64_t& out) {
    if (!s || !*s) return false;
    const char* end = s + std::strlen(s);
    auto [p, ec] = std::from_chars(s, end, out);
    return ec == std::errc() && p == end;
}

}  // namespace

std::uint64_t watchdog_usec_from_environment() {
    std::uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0) return usec;
    // sd_watchdog_enabled() says no when WATCHDOG_PID is another process. If that process is
    // our parent (the launcher or cage, which do not ping themselves), the deadline is ours.
    std::uint64_t pid = 0;
    if (!parse_u64(std::getenv("WATCHDOG_PID"), pid) || pid != std::uint64_t(getppid())) return 0;
    if (!parse_u64(std::getenv("WATCHDOG_USEC"), usec)) return 0;
    return usec;
}

ServiceNotifier::ServiceNotifier(const Clock& clock) : m_clock(clock) {
    const char* socket = std::getenv("NOTIFY_SOCKET");
    m_active = socket && *socket;
    if (!m_active) return;
    const std::uint64_t usec = watchdog_usec_from_environment();
    if (usec == 0) return;
    // A ping is due every quarter period and the loop wakes at least every half period, so
    // pings are never more than three quarters of the period apart, even when a wake-up comes
    // a little early and just misses the rate limit.
    m_sleep_max_ms = std::max<Millis>(1, Millis(usec / 2000));
    m_ping_every_ms = std::max<Millis>(1, Millis(usec / 4000));
}

bool ServiceNotifier::send(const std::string& message) { return m_active && sd_notify(0, message.c_str()) > 0; }

bool ServiceNotifier::ready() { return send("READY=1"); }

bool ServiceNotifier::stopping() { return send("STOPPING=1"); }

bool ServiceNotifier::watchdog_ping() {
    if (m_ping_every_ms == 0) return false;
    const Millis now = m_clock.monotonic_ms();
    if (m_pinged && now - m_last_ping_ms < m_ping_every_ms) return false;
    // Count the attempt even if it fails: retrying every frame would not help systemd hear us.
    m_pinged = true;
    m_last_ping_ms = now;
    return send("WATCHDOG=1");
}

bool ServiceNotifier::status(std::string_view text) {
    std::string message = "STATUS=";
    message.reserve(message.size() + text.size());
    // One assignment per line in the protocol: a line break would start a bogus one.
    for (char c : text) message += (c == '\n' || c == '\r') ? ' ' : c;
    return send(message);
}

}  // namespace tramso::platform
