// Pictograms drawn as vector shapes with ImGui draw lists: no artwork files, crisp at any
// size, one colour so they follow the theme. Names are the ones lessons may use.
#pragma once

#include <string_view>

struct ImDrawList;
struct ImVec2;

namespace tramso::ui {

// Draws `name` centred at `centre` inside a square of side `size`. Unknown names draw a
// neutral circle, so a typo in content shows something rather than nothing.
void draw_pictogram(ImDrawList* dl, std::string_view name, ImVec2 centre, float size, unsigned int colour);

}  // namespace tramso::ui
