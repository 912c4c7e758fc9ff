// Text inside the phone: wrapping (by word, by letter only for a word wider than the line),
// an ellipsis when a line budget runs out, faux-bold emphasis (the kiosk loads bold only at
// body size), and reporting every drawn string to the widget registry.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ui/phone/phone_style.h"
#include "ui/widgets.h"

struct ImFont;

namespace tramso::ui {

struct WrappedText {
    ImFont* font = nullptr;
    std::vector<std::string> lines;
    std::vector<float> widths;
    float line_h = 0;
    bool truncated = false;

    float height() const { return float(lines.size()) * line_h; }
    float width() const;
};

float line_height(ImFont* font);
float text_width(ImFont* font, std::string_view s);

// Wraps `s` into lines no wider than `width`. With max_lines > 0 the last line ends in "…"
// when the text does not fit. A word wider than `width` is cut between letters, unless
// `keep_words` (Vietnamese words are syllables: a cut one reads as two other words); then it
// stays whole and overflows.
WrappedText wrap_text(ImFont* font, std::string_view s, float width, int max_lines = 0, bool keep_words = false);

// Draws the lines from (x, y), each aligned inside `width`, and reports the text. `strong`
// thickens the strokes by one pixel.
void draw_text(const PhoneCtx& pc, const WrappedText& t, const std::string& source, float x, float y, float width,
               Rgb colour, Align align = Align::Left, bool strong = false);

// One line, no wrapping (already known to fit), reported like draw_text.
void draw_line(const PhoneCtx& pc, ImFont* font, const std::string& s, float x, float y, Rgb colour,
               bool strong = false);

// The part of `r` inside the current window's clip rectangle; an off-screen rect when none is.
Rect visible_part_of(Rect r);

// The first letter of a name, for avatars ("Lan (con gái)" → "L").
std::string first_letter(std::string_view name);

}  // namespace tramso::ui
