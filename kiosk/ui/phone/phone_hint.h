// The hint after two wrong tries: a bright, thick halo that breathes slowly around the place
// to tap, and a white-gloved hand that keeps pressing it, so the words "where the hand points"
// describe what she sees. Drawn with axis-aligned fills and strokes only: SDL's software
// renderer fills those fast (ui/fast_fill.h); the hint redraws about ten times a second.
#pragma once

#include "ui/phone/phone_style.h"

namespace tramso::ui {

// One hint's motion at `age_ms` since it appeared: `breath` 0 → 1 → 0 every few seconds,
// `press` 0 → 1 over one press of the hand.
struct HintMotion {
    float breath = 0;
    float press = 0;
};
HintMotion hint_motion(Millis age_ms);

// The halo around `shape` (kept inside `bounds` so it stays whole at the screen's edge).
void draw_hint_halo(const PhoneCtx& pc, Rect shape, float rounding, Rect bounds, const HintMotion& m);
// The hand, its fingertip coming down onto (x, y) and lifting again, a ripple as it touches;
// `from_left` lays the palm to the left of the fingertip (targets near the right edge).
void draw_hint_hand(const PhoneCtx& pc, float x, float y, bool from_left, const HintMotion& m);

}  // namespace tramso::ui
