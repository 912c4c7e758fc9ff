// Turns the theme into ImGui's style, so the few stock ImGui parts we use (child windows,
// scrollbars) match the widgets.
#pragma once

#include "core/theme.h"

struct ImGuiStyle;

namespace tramso::ui {
void apply_theme_style(ImGuiStyle& style, const Theme& theme);
}
