#include "dev/script_runner.h"

#include "dev/sim_driver.h"

#include <cstdio>
#include <filesystem>
#include <string>

namespace tramso::dev {

int run_script(ui::KioskApp& app, ManualClock& clock, const Script& script, const std::string& shots_dir) {
    using K = ScriptCommand::Kind;
    SimDriver d(app, clock);
    if (!shots_dir.empty()) std::filesystem::create_directories(shots_dir);
    auto fail = [&](const ScriptCommand& c, const std::string& what) {
        std::fprintf(stderr, "%s:%d: %s; visible: %s\n", script.file.c_str(), c.line, what.c_str(),
                     app.registry().visible_summary().c_str());
        return 1;
    };
    // The parser keeps coordinates finite and not negative; only here is the screen's size known.
    auto off_screen = [&](double x, double y) { return x >= app.width() || y >= app.height(); };
    auto size = [&] { return std::to_string(int(app.width())) + "x" + std::to_string(int(app.height())); };
    // The first frames: the kiosk as it starts.
    if (Status s = d.settle(); !s) return std::fprintf(stderr, "%s\n", s.error().to_string().c_str()), 1;
    if (Status s = app.frame(); !s) return std::fprintf(stderr, "%s\n", s.error().to_string().c_str()), 1;

    for (const ScriptCommand& c : script.commands) {
        if (app.stop_signal() != 0) {
            std::fprintf(stderr, "%s:%d: stopped by a signal before this line\n", script.file.c_str(), c.line);
            return 1;
        }
        Status st = Ok{};
        switch (c.kind) {
            case K::TapLabel:
            case K::PressLabel: {
                const auto* item = d.find(c.text);
                if (!item) return fail(c, "no widget labelled \"" + c.text + "\"");
                st = d.touch(item->rect.cx(), item->rect.cy(), c.kind == K::PressLabel ? Millis(c.nums[0] * 1000) : 0);
                break;
            }
            case K::TapOffset: {
                const auto* item = d.find(c.text);
                if (!item) return fail(c, "no widget labelled \"" + c.text + "\"");
                const float mm = app.theme().metrics.px_per_mm;
                const double x = item->rect.cx() + c.nums[0] * mm, y = item->rect.cy() + c.nums[1] * mm;
                if (x < 0 || y < 0 || off_screen(x, y)) return fail(c, "the point is off the " + size() + " screen");
                st = d.touch(float(x), float(y), 0);
                break;
            }
            case K::TapAt:
                if (off_screen(c.nums[0], c.nums[1])) return fail(c, "the point is off the " + size() + " screen");
                st = d.touch(float(c.nums[0]), float(c.nums[1]), 0);
                break;
            case K::Drag:
                if (off_screen(c.nums[0], c.nums[1]) || off_screen(c.nums[2], c.nums[3]))
                    return fail(c, "the drag leaves the " + size() + " screen");
                st = d.drag(float(c.nums[0]), float(c.nums[1]), float(c.nums[2]), float(c.nums[3]));
                break;
            case K::Keys:
                for (const std::string& ch : split_chars(c.text)) {
                    std::string missing;
                    if (Status s = type_char(d, ch, missing); !s) return fail(c, s.error().to_string());
                    if (!missing.empty())
                        return fail(c, "cannot type \"" + ch + "\": no key labelled \"" + missing + "\"");
                }
                break;
            case K::ScrollTo: {
                // At most 30 taps: a list longer than that is a layout bug worth failing on.
                for (int i = 0; i < 30 && !d.find(c.text); ++i) {
                    const auto* button = d.find(c.text2);
                    if (!button)
                        return fail(c, "\"" + c.text + "\" not visible and no \"" + c.text2 + "\" button to scroll");
                    if (Status s = d.touch(button->rect.cx(), button->rect.cy(), 0); !s)
                        return fail(c, s.error().to_string());
                }
                if (!d.find(c.text)) return fail(c, "\"" + c.text + "\" still not visible after scrolling");
                break;
            }
            case K::Wait:
                st = d.wait(c.nums[0]);
                break;
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
            case K::Fault:
                // Idle warning and attract: the next frame throws; the app must recover.
                app.inject_fault(c.text == "draw" ? ui::KioskApp::FaultSite::draw : ui::KioskApp::FaultSite::flow);
                st = d.settle_after_timer();
                break;
        }
        if (!st) return fail(c, st.error().to_string());
    }
    return 0;
}

}  // namespace tramso::dev
