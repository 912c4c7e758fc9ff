#include "ui/script_runner.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>

namespace tramso::ui {
namespace {

constexpr Millis kFrameMs = 16;

class Driver {
public:
    Driver(KioskApp& app, ManualClock& clock) : m_app(app), m_clock(clock) {}

    // One frame of simulated time, rendered as the real loop would.
    Status step(Millis ms = kFrameMs) {
        m_clock.advance(ms);
        return m_app.frame();
    }
    // Renders until input is consumed and the UI has settled.
    Status settle() {
        for (int i = 0; i < 12 && m_app.needs_frame(); ++i)
            if (Status s = step(); !s) return s;
        return Ok{};
    }
    Status touch(float x, float y, Millis hold_ms) {
        m_app.input().push({PointerEvent::Type::Down, x, y});
        if (Status s = step(); !s) return s;
        for (Millis held = kFrameMs; held < hold_ms; held += 100)
            if (Status s = step(100); !s) return s;
        m_app.input().push({PointerEvent::Type::Up, x, y});
        return settle();
    }
    Status drag(float x0, float y0, float x1, float y1) {
        m_app.input().push({PointerEvent::Type::Down, x0, y0});
        if (Status s = step(); !s) return s;
        const int steps = 12;
        for (int i = 1; i <= steps; ++i) {
            m_app.input().push({PointerEvent::Type::Move, x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps});
            if (Status s = step(); !s) return s;
        }
        m_app.input().push({PointerEvent::Type::Up, x1, y1});
        return settle();
    }
    // Advances time in slices, drawing only when the app would (timers, animation). Work on
    // other threads runs in real time, not on the simulated clock: while a slip is printing,
    // each slice also waits up to its length in real time for the printer's answer.
    Status wait(double seconds) {
        Millis left = Millis(seconds * 1000);
        while (left > 0) {
            const Millis slice = std::min<Millis>(left, 250);
            for (int ms = 0; ms < slice && m_app.printing(); ms += 5) {
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
    const WidgetRegistry::Item* find(const std::string& label) {
        return m_app.registry().find_widget(label, m_app.width(), m_app.height());
    }

private:
    Status settle_after_timer() {
        if (Status s = m_app.frame(); !s) return s;
        return settle();
    }
    KioskApp& m_app;
    ManualClock& m_clock;
};

// UTF-8 → one string per code point (the keyboard's key labels).
std::vector<std::string> split_chars(const std::string& s) {
    std::vector<std::string> out;
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = s[i];
        const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        out.push_back(s.substr(i, n));
        i += n;
    }
    return out;
}

}  // namespace

int run_script(KioskApp& app, ManualClock& clock, const Script& script, const std::string& shots_dir) {
    using K = ScriptCommand::Kind;
    Driver d(app, clock);
    if (!shots_dir.empty()) std::filesystem::create_directories(shots_dir);
    auto fail = [&](const ScriptCommand& c, const std::string& what) {
        std::fprintf(stderr, "%s:%d: %s; visible: %s\n", script.file.c_str(), c.line, what.c_str(),
                     app.registry().visible_summary().c_str());
        return 1;
    };
    // The first frames: the kiosk as it starts.
    if (Status s = d.settle(); !s) return std::fprintf(stderr, "%s\n", s.error().to_string().c_str()), 1;
    if (Status s = app.frame(); !s) return std::fprintf(stderr, "%s\n", s.error().to_string().c_str()), 1;

    for (const ScriptCommand& c : script.commands) {
        Status st = Ok{};
        switch (c.kind) {
            case K::TapLabel:
            case K::PressLabel: {
                const auto* item = d.find(c.text);
                if (!item) return fail(c, "no widget labelled \"" + c.text + "\"");
                st = d.touch(item->rect.cx(), item->rect.cy(), c.kind == K::PressLabel ? Millis(c.nums[0] * 1000) : 0);
                break;
            }
            case K::TapAt: st = d.touch(float(c.nums[0]), float(c.nums[1]), 0); break;
            case K::Drag: st = d.drag(float(c.nums[0]), float(c.nums[1]), float(c.nums[2]), float(c.nums[3])); break;
            case K::Keys:
                for (const std::string& ch : split_chars(c.text)) {
                    const auto* item = d.find(ch == " " ? "␣" : ch);
                    if (!item) return fail(c, "no keyboard key labelled \"" + ch + "\"");
                    if (Status s = d.touch(item->rect.cx(), item->rect.cy(), 0); !s) return fail(c, s.error().to_string());
                }
                break;
            case K::ScrollTo: {
                // At most 30 taps: a list longer than that is a layout bug worth failing on.
                for (int i = 0; i < 30 && !d.find(c.text); ++i) {
                    const auto* button = d.find(c.text2);
                    if (!button) return fail(c, "\"" + c.text + "\" not visible and no \"" + c.text2 + "\" button to scroll");
                    if (Status s = d.touch(button->rect.cx(), button->rect.cy(), 0); !s) return fail(c, s.error().to_string());
                }
                if (!d.find(c.text)) return fail(c, "\"" + c.text + "\" still not visible after scrolling");
                break;
            }
            case K::Wait: st = d.wait(c.nums[0]); break;
            case K::Shot: {
                if (shots_dir.empty()) break;
                st = app.frame(shots_dir + "/" + c.text + ".png");
                break;
            }
            case K::Expect:
                if (!app.registry().drew(c.text)) return fail(c, "expected \"" + c.text + "\" on screen");
                break;
            case K::ExpectNot:
                if (app.registry().drew(c.text)) return fail(c, "did not expect \"" + c.text + "\" on screen");
                break;
        }
        if (!st) return fail(c, st.error().to_string());
    }
    return 0;
}

}  // namespace tramso::ui
