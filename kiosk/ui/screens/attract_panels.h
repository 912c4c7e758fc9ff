// The attract screen's rotating panels and its closed-hours picture. attract.cpp
// picks one from app::attract_view() and draws it inside `area`, already shifted by the drift.
#pragma once

#include "app/flow.h"
#include "ui/screens/screens.h"
#include "ui/widget_registry.h"

namespace tramso::ui {

void draw_welcome_panel(const UiContext& ui, Rect area);
void draw_lessons_panel(const UiContext& ui, const app::State& s, Rect area);
// `rotation` picks the tip: one tip per full rotation of the panels, in order.
void draw_tip_panel(const UiContext& ui, Rect area, long long rotation);
void draw_hours_panel(const UiContext& ui, Rect area);
// Outside opening hours: a dim screen with the time and an invitation to come back.
void draw_closed_hours(const UiContext& ui, float dx, float dy);

}  // namespace tramso::ui
