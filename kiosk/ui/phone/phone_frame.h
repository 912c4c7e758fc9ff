// The phone itself: where its parts go inside the area the lesson screen gives, and the
// drawing of its body, screen background, status bar, app bar and gesture handle.
#pragma once

#include <vector>

#include "lessons/lesson.h"
#include "ui/phone/phone_style.h"

namespace tramso::ui {

// The phone's real size on the panel in mm (a common modern phone), and how far its side
// keys stick out of the outline.
inline constexpr float kPhoneBodyWidthMm = 72, kPhoneBodyHeightMm = 150, kPhoneKeyOutMm = 0.8f;
// The lesson screen grows the phone past its real size, up to this factor, to fill its height:
// bigger icons and hit areas for older fingers. Finger and text sizes follow the panel's mm.
inline constexpr float kPhoneMaxScale = 1.6f;

// Everything in screen pixels.
struct PhoneGeometry {
    float scale = 1;  // 1: real size (≈ 72 × 150 mm); less when the area is smaller, up to kPhoneMaxScale when larger
    Rect body;        // the phone's outline
    Rect screen;      // the glass
    Rect status;      // status bar across the top of the glass
    Rect app_bar;     // title and back arrow; h = 0 on screens without them
    Rect content;     // where the elements go (scrolls when they do not fit)
    Rect tabs;        // pinned bottom navigation; h = 0 when the scene has none
    Rect nav;         // gesture handle strip at the bottom of the glass
};

// The phone's size and scale for `area` (scene-independent): as large as fits, up to kPhoneMaxScale.
Rect phone_body_rect(const UiContext& ui, Rect area, float* scale);
PhoneGeometry phone_geometry(const PhoneCtx& pc, const Scene& scene, Rect body, float scale);

// Drawn into the current window. `dark` is for full-screen calls: light status text.
void draw_phone_body(const PhoneCtx& pc, const PhoneGeometry& g, const Scene& scene);
void draw_status_bar(const PhoneCtx& pc, const PhoneGeometry& g, bool dark);
// Adds the back arrow's hit (target "back") when the scene has one.
void draw_app_bar(const PhoneCtx& pc, const PhoneGeometry& g, const Scene& scene, std::vector<PhoneHit>& hits);
void draw_nav_handle(const PhoneCtx& pc, const PhoneGeometry& g, bool dark);

bool scene_is_call(const Scene& scene);
// The tab bar pinned to the bottom (the last `tabs` element), or null.
const SceneElement* pinned_tabs(const Scene& scene);

}  // namespace tramso::ui
