// Filled rounded rectangles the way SDL's software renderer draws fast.
// SDL blits an axis-aligned, single-colour quad with a fast rectangle fill, but rasterises any
// other triangle per pixel; ImGui's rounded rectangle is a triangle fan over its whole area,
// which made a home screen of cards cost 25 ms a frame instead of 7 (bench.sh). So: three
// plain rectangles for the body and four small quarter-discs for the corners.
#pragma once

struct ImDrawList;
struct ImVec2;

namespace tramso::ui {

void fill_rounded_rect(ImDrawList* dl, ImVec2 min, ImVec2 max, unsigned int colour, float rounding);

}  // namespace tramso::ui
