// One function per screen: draws the flow state and returns the events the learner caused.
#pragma once

#include <vector>

#include "app/flow.h"
#include "ui/ui_context.h"

namespace tramso::ui {

using Events = std::vector<app::Event>;

void draw_attract(const UiContext& ui, const app::State& s, Events& out);
void draw_home(const UiContext& ui, const app::State& s, Events& out);
void draw_lesson(const UiContext& ui, const app::State& s, Events& out);
// Staff mode (issue 7): the staff screen, and the hidden long press on the logo corner that
// every other screen carries (nothing is drawn for it).
void draw_staff(const UiContext& ui, const app::State& s, Events& out);
void staff_hidden_entry(const UiContext& ui, const app::State& s, Events& out);

// Dispatches on s.screen.
Events draw_screen(const UiContext& ui, const app::State& s);

}  // namespace tramso::ui
