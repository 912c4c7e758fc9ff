// "Nhờ cán bộ giúp": the button every learner screen carries in one fixed place, and the calm
// waiting screen it opens (the rules are in app/help_flow.cpp).
#pragma once

#include "ui/screens/screens.h"

namespace tramso::ui {

// Where the help button sits on every learner screen: in the top bar, just left of the
// top-right button (Home, the language, or Listen on the finish screen), as tall as every
// learner button (at least 16 mm). Bottom right is always "forward" and bottom centre is
// Listen, so the top bar is the one row with room for its words at 1280x800.
Rect help_button_rect(const UiContext& ui);
// How wide a screen's top-left title may be so that it never runs under the help button.
float title_width_before_help(const UiContext& ui);

// Draws the button over the screen just drawn, in its own small window so that it is the
// same widget in the same place on every screen. Attract and staff mode have none.
void draw_help_button(const UiContext& ui, const app::State& s, Events& out);
// "Chị chờ một chút, cán bộ sẽ đến giúp chị", drawn instead of the screen she left.
void draw_help_waiting(const UiContext& ui, const app::State& s, Events& out);

}  // namespace tramso::ui
