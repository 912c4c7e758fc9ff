// What the simulated phone draws with: its own colours (a generic light Android look, text
// colours from the kiosk palette so contrast stays ≥ 7:1), its units and fonts, and the list of
// tappable places each element reports. Shared by the frame, layout and element files.
#pragma once

#include <string>
#include <vector>

#include "core/lang.h"
#include "lessons/local_text.h"
#include "ui/ui_context.h"

struct ImFont;

namespace tramso::ui {

struct PhoneColours {
    Rgb body, bezel, button;  // the phone itself
    Rgb screen, wallpaper_top, wallpaper_bottom;
    Rgb text, muted, divider;
    Rgb bubble_them, bubble_me, link;  // chats
    Rgb primary, on_primary, neutral, on_neutral, danger, on_danger, success, on_success;
    Rgb field_bg, search_bg;
    Rgb call_top, call_bottom, call_text, accept, decline;
    Rgb badge, on_badge;
    Rgb highlight, flash, press;
};
PhoneColours phone_colours(const Palette& p);

// One tappable place: an element ("id") or one of its parts ("id.part").
struct PhoneHit {
    std::string target;
    std::string label;  // what the registry calls it (the text the learner sees)
    Rect hit;           // where a finger counts: ≥ 16 mm tall, never overlapping another hit
    Rect shape;         // what is drawn there: the highlight ring and press tint follow it
    float rounding = 0;
};

struct PhoneCtx {
    const UiContext& ui;
    Lang lang;
    PhoneColours c;
    float u;        // one millimetre of the drawn phone (its scale times the panel's mm)
    float mm;       // one millimetre of the panel: finger sizes never shrink
    float pad;      // left/right inset of content inside the screen
    float gap;      // between elements
    float min_hit;  // the least a finger needs on the short side: 16 mm (Metrics::target_hit)
    ImFont* small;  // the phone's small print: the kiosk's body size, so she can read it
    ImFont* body;
    ImFont* bold;
    ImFont* heading;

    const std::string& tr(const LocalText& t) const { return t.get(lang); }
    // The phone's own words (button captions of a bank form, "now" on a notification).
    const char* tr(const char* vi, const char* en) const { return lang == Lang::en ? en : vi; }
};

PhoneCtx make_phone_ctx(const UiContext& ui, Lang lang, float scale);

// An 0xRRGGBB content colour.
Rgb rgb_from_hex(unsigned int v);
Rgb mix(Rgb a, Rgb b, float t);
unsigned int col(Rgb c, float alpha = 1.0f);

inline Rect inset(Rect r, float dx, float dy) { return Rect{r.x + dx, r.y + dy, r.w - 2 * dx, r.h - 2 * dy}; }
inline Rect offset(Rect r, float dx, float dy) { return Rect{r.x + dx, r.y + dy, r.w, r.h}; }
inline Rect grow(Rect r, float d) { return Rect{r.x - d, r.y - d, r.w + 2 * d, r.h + 2 * d}; }
// `r` pulled inside `bounds` (a ring drawn around an element at the screen's edge stays whole).
Rect clamp_into(Rect r, Rect bounds);

}  // namespace tramso::ui
