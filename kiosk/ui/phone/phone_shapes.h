// Drawing pieces the phone's parts share: rounded fills, pill buttons, avatars, and turning
// a drawn pictogram (the handset of the call buttons).
#pragma once

#include <string>

#include "ui/phone/phone_style.h"

struct ImDrawList;
struct ImFont;

namespace tramso::ui {

void fill_round(Rect r, Rgb c, float rounding, float alpha = 1.0f);
// The height of a one-line phone button: ≥ 16 mm of band with the gaps around it.
float button_height(const PhoneCtx& pc);
// A rounded button with a centred label (up to two lines).
void draw_button_shape(const PhoneCtx& pc, Rect r, const std::string& label, Rgb fill, Rgb text);
// Rotates everything drawn into `dl` since vertex `start` by `radians` around (cx, cy).
void rotate_since(ImDrawList* dl, int start, float cx, float cy, float radians);
// A circle with the first letter of `name`, in a colour picked from the name; with no font,
// a small app badge with a bell.
void draw_avatar(const PhoneCtx& pc, const std::string& name, float cx, float cy, float d, ImFont* font);

}  // namespace tramso::ui
