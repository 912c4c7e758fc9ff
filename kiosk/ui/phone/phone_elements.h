// Each scene element type: how tall it is at a given width, and how it draws inside its slot.
// `slot` is the element's own rectangle; `band` is the full-width horizontal strip it owns
// (slot plus half the gaps around it, ≥ 16 mm tall), which bounds its tappable places so
// that neighbours never overlap. Hits are appended to `hits` in screen coordinates.
#pragma once

#include <vector>

#include "lessons/lesson.h"
#include "ui/phone/phone_shapes.h"
#include "ui/phone/phone_style.h"

struct ImDrawList;

namespace tramso::ui {

// Element types with a flexible height give the smallest and the preferred height.
struct ElementSize {
    float min = 0, preferred = 0;
};
ElementSize element_size(const PhoneCtx& pc, const SceneElement& e, float width);
void draw_element(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits);

// Apps sit in a 4-column grid, or 3 columns when a label would not fit on two lines of a
// 4-column cell without cutting a word (the learner is told to tap "Thẻ căn cước", so the
// label must show whole). One cell is `pitch` wide.
constexpr int kAppColumns = 4;
int app_grid_columns(const PhoneCtx& pc, const std::vector<const SceneElement*>& apps, float width);
float app_cell_height(const PhoneCtx& pc, const SceneElement& e, float pitch);

// The pinned bottom navigation bar.
float tabs_height(const PhoneCtx& pc, const SceneElement& e, float width);
void draw_tabs(const PhoneCtx& pc, const SceneElement& e, Rect bar, std::vector<PhoneHit>& hits);

// Parts of the rich elements (phone_elements_rich.cpp).
ElementSize keypad_size(const PhoneCtx& pc, float width);
void draw_keypad(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits);
ElementSize call_size(const PhoneCtx& pc, const SceneElement& e, float width);
void draw_call(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits);
ElementSize transfer_size(const PhoneCtx& pc, const SceneElement& e, float width);
void draw_transfer(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits);
ElementSize qr_size(const PhoneCtx& pc, const SceneElement& e, float width);
void draw_qr(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits);

}  // namespace tramso::ui
