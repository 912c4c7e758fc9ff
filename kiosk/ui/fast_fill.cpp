#include "ui/fast_fill.h"

#include <imgui.h>
#include <algorithm>
#include <cmath>

namespace tramso::ui {

void fill_rounded_rect(ImDrawList* dl, ImVec2 a, ImVec2 b, unsigned int colour, float rounding) {
    if ((colour & IM_COL32_A_MASK) == 0 || b.x <= a.x || b.y <= a.y) return;
    // Whole pixels: neighbouring rectangles then meet without seams or overlap (which would
    // show as darker lines with translucent colours).
    a = ImVec2(std::round(a.x), std::round(a.y));
    b = ImVec2(std::round(b.x), std::round(b.y));
    const float r = std::floor(std::clamp(rounding, 0.0f, std::min(b.x - a.x, b.y - a.y) / 2));
    if (r < 1) {
        dl->AddRectFilled(a, b, colour);
        return;
    }
    dl->AddRectFilled(ImVec2(a.x + r, a.y), ImVec2(b.x - r, b.y), colour);      // centre column
    dl->AddRectFilled(ImVec2(a.x, a.y + r), ImVec2(a.x + r, b.y - r), colour);  // left band
    dl->AddRectFilled(ImVec2(b.x - r, a.y + r), ImVec2(b.x, b.y - r), colour);  // right band
    const float pi = 3.14159265f;
    const int segments = std::clamp(int(r / 2), 3, 12);
    const struct {
        float cx, cy, start;
    } corners[4] = {
        {a.x + r, a.y + r, pi}, {b.x - r, a.y + r, pi * 1.5f}, {b.x - r, b.y - r, 0}, {a.x + r, b.y - r, pi * 0.5f}};
    // Corners filled without anti-aliasing (its fringe on the straight edges would show as a
    // light seam against the bands), then their curved edge smoothed with a thin AA stroke.
    const ImDrawListFlags saved = dl->Flags;
    dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    for (const auto& c : corners) {
        dl->PathLineTo(ImVec2(c.cx, c.cy));
        dl->PathArcTo(ImVec2(c.cx, c.cy), r, c.start, c.start + pi / 2, segments);
        dl->PathFillConvex(colour);
    }
    dl->Flags = saved;
    for (const auto& c : corners) {
        dl->PathArcTo(ImVec2(c.cx, c.cy), r - 0.5f, c.start, c.start + pi / 2, segments);
        dl->PathStroke(colour, 0, 1.0f);
    }
}

}  // namespace tramso::ui
