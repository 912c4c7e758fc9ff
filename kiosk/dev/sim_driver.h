// A simulated finger and clock on the real KioskApp: taps become the pointer events a finger
// makes, and time advances on the ManualClock with frames drawn only when the app would draw
// them. Shared by the script driver and the soak, so both exercise the same paths.
#pragma once

#include <algorithm>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "ui/kiosk_app.h"

namespace tramso::dev {

constexpr Millis kFrameMs = 16;

class SimDriver {
public:
    SimDriver(ui::KioskApp& app, ManualClock& clock) : m_app(app), m_clock(clock) {}

    // One frame of simulated time, rendered as the real loop would.
    Status step(Millis ms = kFrameMs) {
        m_clock.advance(ms);
        return m_app.frame();
    }
    // Renders until input is consumed, the adapters have answered and the UI has settled.
    Status settle() {
        if (Status s = await_adapters(); !s) return s;
        for (int i = 0; i < 12 && m_app.needs_frame(); ++i) {
            if (Status s = step(); !s) return s;
            if (Status s = await_adapters(); !s) return s;
        }
        return Ok{};
    }
    // Store work runs on its own thread in real time, not on the simulated clock: wait (in real
    // time, drawing frames as the loop would) until its answers are in, as a person waits for
    // "Đang tải…" to go. Slips are left to wait(), which lets a printer take its time.
    Status await_adapters() {
        using namespace std::chrono;
        const auto give_up = steady_clock::now() + seconds(30);
        while (m_app.working() && !m_app.printing()) {
            if (steady_clock::now() > give_up) return Error{"driver", "the store did not answer within 30 s"};
            std::this_thread::sleep_for(milliseconds(1));
            if (Status s = m_app.frame(); !s) return s;
        }
        return Ok{};
    }
    Status touch(float x, float y, Millis hold_ms) {
        pause_between_touches();
        m_app.input().push({ui::PointerEvent::Type::Down, x, y});
        if (Status s = step(); !s) return s;
        for (Millis held = kFrameMs; held < hold_ms; held += 100)
            if (Status s = step(100); !s) return s;
        m_app.input().push({ui::PointerEvent::Type::Up, x, y});
        return settle();
    }
    Status drag(float x0, float y0, float x1, float y1) {
        pause_between_touches();
        m_app.input().push({ui::PointerEvent::Type::Down, x0, y0});
        if (Status s = step(); !s) return s;
        const int steps = 12;
        for (int i = 1; i <= steps; ++i) {
            m_app.input().push({ui::PointerEvent::Type::Move, x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps});
            if (Status s = step(); !s) return s;
        }
        m_app.input().push({ui::PointerEvent::Type::Up, x1, y1});
        return settle();
    }
    // Advances time in slices of `slice_ms`, drawing only when the app would (timers,
    // animation). The script driver uses 250 ms; the soak passes hours with longer slices.
    Status wait(double seconds, Millis slice_ms = 250) {
        Millis left = Millis(seconds * 1000);
        while (left > 0) {
            const Millis slice = std::min<Millis>(left, slice_ms);
            // Work on other threads runs in real time, not on the simulated clock: while a slip
            // is printing, each slice also waits up to its length in real time for the answer.
            for (int ms = 0; ms < slice && m_app.working(); ms += 5) {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                if (Status s = m_app.frame(); !s) return s;  // polls the printer
            }
            m_clock.advance(slice);
            left -= slice;
            if (m_app.needs_frame())
                if (Status s = settle_after_timer(); !s) return s;
        }
        return settle();
    }
    Status settle_after_timer() {
        if (Status s = m_app.frame(); !s) return s;
        return settle();
    }
    const ui::WidgetRegistry::Item* find(const std::string& label) {
        return m_app.registry().find_widget(label, m_app.width(), m_app.height());
    }
    // Taps the first visible widget with this label; false if there is none.
    bool tap(const std::string& label, Status* status = nullptr) {
        const auto* item = find(label);
        if (!item) return false;
        Status s = touch(item->rect.cx(), item->rect.cy(), 0);
        if (status) *status = s;
        return true;
    }

private:
    // A person's next touch comes well after the last one lifted: sooner, at the same place, the
    // kiosk takes it for a tremor of the last (ui/touch_input.h) and rightly ignores it.
    void pause_between_touches() {
        const Millis since = m_clock.monotonic_ms() - m_app.input().last_lift_ms();
        if (since < kPauseBetweenTouchesMs) m_clock.advance(kPauseBetweenTouchesMs - since);
    }
    static constexpr Millis kPauseBetweenTouchesMs = ui::TouchInput::kTremorMs + 100;

    ui::KioskApp& m_app;
    ManualClock& m_clock;
};

// Typing on the on-screen keyboard as a person would (sim_keys.cpp). type_char taps the key for
// one character: its key if showing; else "Chữ hoa" for the other case, "123"/"ABC" for the
// other page, and a toned letter (ễ) as its letter (ê) then the tone key; a space is "Dấu cách".
// It sets `missing` to the label it looked for when no key can type the character.
std::vector<std::string> split_chars(const std::string& s);  // UTF-8 → one string per code point
Status type_char(SimDriver& d, const std::string& ch, std::string& missing, int depth = 0);
// Types every character of `text`; an Error names the first one no key can type.
Status type_text(SimDriver& d, const std::string& text);

}  // namespace tramso::dev
