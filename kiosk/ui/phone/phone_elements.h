// Each scene element type: how tall it is at a given width, and how it draws inside its slot.
// `slot` is the element's own rectangle; `band` is the full-width horizontal strip it owns
// (slot plus half the gaps around it, ≥ 10 mm tall), which bounds its tappable places so
// that neighbours never overlap. Hits are appended to `hits` in screen coordinates.
#pragma once

#include <vector>

#include "lessons/lesson.h"
#include "ui/phone/phone_style.h"

struct ImDrawList;

namespace tramso::ui {

// Element types with a flexible height give the smallest and the preferred height.
struct ElementSize {
    float min = 0, preferred = 0;
};
ElementSize element_size(const PhoneCtx& pc, const SceneElement& e, float width);
void draw_element(const PhoneCtx& pc, const SceneElement& e, Rect slot, Rect band, std::vector<PhoneHit>& hits);

// Apps sit in a 4-column grid: one cell is `pitch` wide.
constexpr int kAppColumns = 4;
float app_cell_height(const PhoneCtx& pc, const SceneElement& e, float pitch);

// The pinned bottom navigation bar.
float tabs_height(const PhoneCtx& pc, const SceneElement& e, float width);
void draw_tabs(const PhoneCtx& pc, const SceneElement& e, Rect bar, std::vector<PhoneHit>& hits);

// Shared drawing helpers.
void fill_round(Rect r, Rgb c, float rounding, float alpha = 1.0f);
void draw_button_shape(const PhoneCtx& pc, Rect r, const std::string& label, Rgb fill, Rgb text);
float button_height(const PhoneCtx& pc);
// Rotates everything drawn into `dl` since vertex `start` by `radians` around `centre`.
void rotate_since(ImDrawList* dl, int start, float cx, float cy, float radians);
// A circle with the first letter of `name`, in a colour picked from the name.
void draw_avatar(const PhoneCtx& pc, const std::string& name, float cx, float cy, float d, ImFont* font);

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
