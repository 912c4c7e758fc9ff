// Where each element of a scene goes, top to bottom (content/README.md "Phone scene elements"):
// consecutive apps fill a 4-column grid, chat rows stack without gaps, a call fills the
// screen, pictures give up height first when the screen is short, tabs are pinned (not here).
// Every element gets a band ≥ 16 mm tall; bands tile the content, so hits never overlap.
#pragma once

#include <vector>

#include "lessons/lesson.h"
#include "ui/phone/phone_style.h"

namespace tramso::ui {

// Relative to the content's top-left corner (before scrolling).
struct ElementBox {
    const SceneElement* element;
    Rect slot;  // what the element draws in
    Rect band;  // the strip its taps may use
};

struct SceneLayout {
    std::vector<ElementBox> boxes;
    float height = 0;  // total content height (scrolls when more than the visible height)
};

SceneLayout layout_scene(const PhoneCtx& pc, const Scene& scene, float width, float visible_h);

}  // namespace tramso::ui
