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
// Idle warning and attract: drawn instead of any screen while it shows.
void draw_idle_warning(const UiContext& ui, const app::State& s, Events& out);
// Over home or finish, before a visit with progress ends (end_visit.cpp).
void draw_end_visit_question(const UiContext& ui, Events& out);
// Registration and returning learners:
void draw_register(const UiContext& ui, const app::State& s, Events& out);
void draw_returning(const UiContext& ui, const app::State& s, Events& out);
// The home screen's row: learn now / register / I registered, or her name once known. Returns its height.
float draw_learner_bar(const UiContext& ui, const app::State& s, float y, Events& out);
// Finish screen, QR and printing:
void draw_finish(const UiContext& ui, const app::State& s, Events& out);
// Staff mode: the staff screen, and the hidden long press on the logo corner that
// every other screen carries (nothing is drawn for it).
void draw_staff(const UiContext& ui, const app::State& s, Events& out);
void staff_hidden_entry(const UiContext& ui, const app::State& s, Events& out);
Rect staff_logo_corner(const UiContext& ui);  // where that long press counts

// Dispatches on s.screen.
Events draw_screen(const UiContext& ui, const app::State& s);

}  // namespace tramso::ui
