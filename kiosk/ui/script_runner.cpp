#include "ui/script_runner.h"

#include "ui/sim_driver.h"

#include <cstdio>
#include <filesystem>
#include <thread>

#include "input/keyboard.h"
#include "text/chars.h"
#include "text/utf8.h"
#include "text/vietnamese.h"

namespace tramso::ui {
namespace {

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

// Types one character the way a person at the kiosk would (issue 5): taps its key if it is
// showing; otherwise taps "Chữ hoa" for the other case, "123"/"ABC" for the other page, and a
// toned letter (ễ) as its letter (ê) followed by the tone key. A space is the "Dấu cách" key.
// Sets `missing` to the label it looked for when no key can type the character.
Status type_char(SimDriver& d, const std::string& ch, std::string& missing, int depth = 0) {
    using namespace input::key_labels;
    const std::string label = ch == " " ? std::string(kSpace) : ch;
    auto tap = [&](const std::string& l) -> Status {
        const auto* item = d.find(l);
        return d.touch(item->rect.cx(), item->rect.cy(), 0);
    };
    if (d.find(label)) return tap(label);
    const std::u32string cps = text::decode(ch);
    const char32_t cp = cps.size() == 1 ? cps[0] : 0;
    // The other case: shift goes Off → Once → Locked → Off, so at most three taps.
    if (cp && text::is_letter(cp)) {
        for (int i = 0; i < 3 && !d.find(label) && d.find(std::string(kShift)); ++i)
            if (Status s = tap(std::string(kShift)); !s) return s;
        if (d.find(label)) return tap(label);
    }
    // The other page of the keyboard (digits and signs, or letters).
    for (std::string_view page : {kSymbols, kLetters}) {
        if (d.find(label) || !d.find(std::string(page))) continue;
        if (Status s = tap(std::string(page)); !s) return s;
        if (d.find(label)) return tap(label);
    }
    // A toned letter: its letter, then the tone key (the keyboard puts the tone where it belongs).
    if (const auto parts = cp ? text::split_vietnamese_letter(cp) : std::nullopt; parts && parts->tone != text::Tone::None && depth == 0) {
        const char32_t plain = text::make_vietnamese_letter(parts->base, parts->mark, text::Tone::None, parts->upper);
        if (Status s = type_char(d, text::encode(std::u32string(1, plain)), missing, depth + 1); !s || !missing.empty()) return s;
        const std::string tone = input::tone_key_label(parts->tone);
        if (!d.find(tone)) {
            missing = tone;
            return Ok{};
        }
        return tap(tone);
    }
    missing = label;
    return Ok{};
}

}  // namespace

int run_script(KioskApp& app, ManualClock& clock, const Script& script, const std::string& shots_dir) {
    using K = ScriptCommand::Kind;
    SimDriver d(app, clock);
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
                    std::string missing;
                    if (Status s = type_char(d, ch, missing); !s) return fail(c, s.error().to_string());
                    if (!missing.empty()) return fail(c, "cannot type \"" + ch + "\": no key labelled \"" + missing + "\"");
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
            case K::Fault:
                // Idle warning and attract (issue 8): the next frame throws; the app must recover.
                app.inject_fault(c.text == "draw" ? KioskApp::FaultSite::draw : KioskApp::FaultSite::flow);
                st = d.settle_after_timer();
                break;
        }
        if (!st) return fail(c, st.error().to_string());
    }
    return 0;
}

}  // namespace tramso::ui
