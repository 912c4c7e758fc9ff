// The one clock everything that waits reads (idle reset, countdowns, lockouts, retention,
// animations). The kiosk uses SystemClock; tests and the headless driver use ManualClock, so
// "walk away for three minutes" takes milliseconds.
#pragma once

#include <cstdint>

namespace tramso {

// Milliseconds. Monotonic time drives timers; wall time stamps records.
using Millis = std::int64_t;

class Clock {
public:
    virtual ~Clock() = default;
    virtual Millis monotonic_ms() const = 0;  // never jumps; for timers
    virtual Millis wall_ms() const = 0;       // Unix epoch ms; for records and opening hours
};

class SystemClock final : public Clock {
public:
    Millis monotonic_ms() const override;
    Millis wall_ms() const override;
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(Millis wall_start_ms = 1'790'000'000'000) : m_wall_start(wall_start_ms) {}
    Millis monotonic_ms() const override { return m_now; }
    Millis wall_ms() const override { return m_wall_start + m_now; }
    void advance(Millis ms) { m_now += ms; }

private:
    Millis m_wall_start;
    Millis m_now = 0;
};

}  // namespace tramso
