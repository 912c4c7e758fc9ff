// The simulated phone of lesson steps: a friendly, logo-free look-alike of a modern Android
// phone drawn from a Scene (content/README.md "Phone scene elements"). Practice steps make its
// elements tappable; explain and quiz steps show it as a picture.
//
// Every tappable element or part is reported to the widget registry with the id
// "phone:<id>" or "phone:<id>.<part>" (the back arrow is "phone:back"), so headless scripts can
// tap "phone:zalo"; every string drawn on the phone is reported as text.
#pragma once

#include <string>

#include "core/lang.h"
#include "lessons/lesson.h"
#include "ui/phone/phone_frame.h"
#include "ui/ui_context.h"

namespace tramso::ui {

struct PhoneSceneOptions {
    Lang lang = Lang::vi;
    bool interactive = true;  // practice steps: elements are tappable; explain/quiz: picture only
    std::string target;       // practice: the place the step asks for, scrolled wholly into view
    std::string highlight;  // element id or "id.part" to highlight (a ring that pulses a few times) after 2 wrong taps
    std::string flash_wrong;  // element just tapped wrongly: brief gentle (not red-alarm) feedback
};

struct PhoneSceneResult {
    std::string tapped;          // element id or "id.part" tapped this frame (empty if none)
    bool tapped_screen = false;  // tapped the phone screen but on no element (counts as a wrong tap)
    // The highlight pulses or the wrong-tap feedback is still moving: draw another frame
    // soon (the kiosk otherwise renders only on input).
    bool animating = false;
};

// Draws a phone centred in `area`: ≈ 72 × 150 mm on the panel, scaled to fit (up to kPhoneMaxScale).
// Call inside an ImGui window (e.g. between begin_screen and end_screen). Elements that do not
// fit scroll by dragging inside the phone screen. A keypad or tab bar is covered by its parts,
// so tapping it reports "id.part", never the bare id.
PhoneSceneResult draw_phone_scene(const UiContext& ui, const Scene& scene, Rect area, const PhoneSceneOptions& options);

// Where the phone's parts land for `scene` in `area` (tests; screens placing hints beside it).
PhoneGeometry phone_scene_geometry(const UiContext& ui, const Scene& scene, Rect area, Lang lang = Lang::vi);

}  // namespace tramso::ui
