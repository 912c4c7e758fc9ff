#include "ui/phone/phone_hint.h"

#include <imgui.h>
#include <algorithm>
#include <cmath>

#include "ui/phone/phone_shapes.h"

namespace tramso::ui {

namespace {

constexpr Millis kBreathMs = 2400;  // slow: a calm glow, not a warning light
constexpr Millis kPressMs = 1500;   // one press of the hand: down, hold, up, wait
constexpr float kTau = 6.2831853f;

// A warm, bright yellow: the one colour on the phone that no element uses.
constexpr Rgb kGlow{0xFF, 0xC8, 0x2E};

ImDrawList* dl() { return ImGui::GetWindowDrawList(); }

// How far above the glass the fingertip is (0 = touching), over one press.
float lift(float press) {
    if (press < 0.35f) return 1 - press / 0.35f;       // coming down
    if (press < 0.6f) return 0;                        // holding
    if (press < 0.85f) return (press - 0.6f) / 0.25f;  // lifting
    return 1;                                          // waiting above
}

}  // namespace

HintMotion hint_motion(Millis age_ms) {
    const Millis age = std::max<Millis>(0, age_ms);
    HintMotion m;
    m.breath = 0.5f - 0.5f * std::cos(kTau * float(age % kBreathMs) / float(kBreathMs));
    m.press = float(age % kPressMs) / float(kPressMs);
    return m;
}

void draw_hint_halo(const PhoneCtx& pc, Rect shape, float rounding, Rect bounds, const HintMotion& m) {
    // Thick on the panel (finger-independent mm), breathing outwards and back.
    const float glow = std::max(6.0f, 2.6f * pc.mm);
    const float edge = std::max(2.0f, 0.7f * pc.mm);
    const float g = (1.0f + 1.2f * m.breath) * pc.mm + glow / 2;
    const float keep = glow / 2 + edge + 1;
    const Rect r = clamp_into(grow(shape, g), inset(bounds, keep, keep));
    const float rr = rounding + g;
    const ImVec2 a(r.x, r.y), b(r.x + r.w, r.y + r.h);
    // A dark edge on both sides of the glow keeps it visible on white screens and dark calls.
    dl()->AddRect(a, b, col(pc.c.highlight, 0.9f), rr, 0, glow + 2 * edge);
    dl()->AddRect(a, b, col(kGlow, 0.8f + 0.2f * m.breath), rr, 0, glow);
}

void draw_hint_hand(const PhoneCtx& pc, float x, float y, bool from_left, const HintMotion& m) {
    const float u = std::max(pc.mm, pc.u);       // as big as the drawn phone's own scale, at least real size
    const float dir = from_left ? -1.0f : 1.0f;  // which way the palm lies from the fingertip
    const float up = lift(m.press) * 4.0f * u;
    const float tx = std::round(x), ty = std::round(y - up);
    // The touch: a ring spreading from the fingertip while it holds.
    if (up == 0) {
        const float t = std::clamp((m.press - 0.35f) / 0.25f, 0.0f, 1.0f);
        dl()->AddCircle(ImVec2(tx, ty), (2.0f + 4.0f * t) * u, col(kGlow, 1 - 0.6f * t), 32, std::max(3.0f, 1.0f * u));
    }
    // Pointing up: index finger, three curled fingers, thumb and palm, in units of u from the tip.
    struct Part {
        float x0, y0, x1, y1, r;
    };
    static constexpr Part kParts[] = {
        {-2.3f, 0.0f, 2.3f, 13.0f, 2.3f},    // index finger
        {2.0f, 6.5f, 5.6f, 14.0f, 1.8f},     // middle
        {5.2f, 7.6f, 8.6f, 15.0f, 1.7f},     // ring
        {8.2f, 9.2f, 11.2f, 16.0f, 1.5f},    // little
        {-7.0f, 11.0f, -1.0f, 15.5f, 2.2f},  // thumb
        {-3.0f, 11.5f, 11.2f, 23.0f, 3.5f},  // palm
    };
    auto fill = [&](const Part& p, float grow_by, Rgb c) {
        const float x0 = tx + std::min(p.x0 * dir, p.x1 * dir) * u;
        fill_round(Rect{x0 - grow_by, ty + p.y0 * u - grow_by, (p.x1 - p.x0) * u + 2 * grow_by,
                        (p.y1 - p.y0) * u + 2 * grow_by},
                   c, p.r * u + grow_by);
    };
    const float outline = std::max(2.0f, 0.7f * u);
    for (const Part& p : kParts) fill(p, outline, pc.c.text);
    for (const Part& p : kParts) fill(p, 0, Rgb{0xFF, 0xFF, 0xFF});
    // The finger's own line over the palm, so it reads as a finger and not a blob.
    dl()->AddLine(ImVec2(tx + 2.3f * dir * u, ty + 8.0f * u), ImVec2(tx + 2.3f * dir * u, ty + 13.5f * u),
                  col(pc.c.text), std::max(1.5f, 0.35f * u));
}

}  // namespace tramso::ui
