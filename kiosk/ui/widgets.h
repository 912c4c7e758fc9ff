// The one widget set every screen uses. Each widget draws with the theme, reports its label
// and rectangle to the registry (for the headless driver) and returns what the finger did.
#pragma once

#include <string>

#include "core/theme.h"
#include "ui/ui_context.h"

struct ImFont;

namespace tramso::ui {

// Disabled: drawn flat on the page colour with muted text, and never reports a tap (a locked pad).
enum class ButtonKind { Primary, Secondary, Accent, Success, Danger, Ghost, Disabled };
enum class Align { Left, Center, Right };

// A fullscreen, undecorated window that holds one screen.
void begin_screen(const UiContext& ui, const char* id, Rgb background);
void end_screen();

// A big rounded button (label in `font`, default the bold button font); returns true when tapped (released over it).
// `icon` names a pictogram drawn to the left of the label (or alone above it when the button is taller than wide).
bool big_button(const UiContext& ui, const std::string& label, Rect r, ButtonKind kind = ButtonKind::Primary,
                const char* icon = nullptr, ImFont* font = nullptr);

// A tappable lesson card: a pictogram at the left, the label wrapped beside it and, when
// `done`, a tick at the right (reported as `done_label`).
bool card_button(const UiContext& ui, const std::string& label, const char* icon, Rect r, Rgb icon_colour,
                 bool done = false, const std::string& done_label = {});
// Height a card `w` wide needs to show all of `label` (never under a learner's 16 mm target).
float card_height(const UiContext& ui, const std::string& label, float w);

// Wrapped text inside `width`, starting at (x, y). Returns the height used.
float text_block(const UiContext& ui, const std::string& text, ImFont* font, float x, float y, float width, Rgb colour,
                 Align align = Align::Left);
// One line of what she learned: a green tick, then the wrapped text. Returns the height used.
float ticked_line(const UiContext& ui, const std::string& text, float x, float y, float width);
// Height text_block would use, without drawing.
float text_height(ImFont* font, const std::string& text, float width);

// An invisible area reported as a widget (whole-screen wake, hidden staff entry).
bool touch_area(const UiContext& ui, const std::string& label, Rect r);

// A region that scrolls by drag (touch_input) and by big up/down buttons drawn at its right
// edge when the content is taller than the region (no gesture is ever required).
// Draw the content between the two calls at ImGui::GetCursorScreenPos().
void begin_scroll_area(const UiContext& ui, const char* id, Rect r);
void end_scroll_area(const UiContext& ui);
// Width the up/down buttons take at the right of a scroll area.
float scroll_buttons_width(const UiContext& ui);

// A modal layer over the current screen (dimmed), for questions like "leave the lesson?".
// Returns the card's rectangle to draw into.
Rect begin_overlay(const UiContext& ui, const char* id, float card_w, float card_h);
void end_overlay();

// A thin progress bar (lesson steps).
void progress_bar(const UiContext& ui, Rect r, float fraction);

unsigned int to_imgui_colour(Rgb c, float alpha = 1.0f);

// Forgets per-frame widget state (open scroll areas) after a screen threw half-way.
void reset_widget_state();

}  // namespace tramso::ui
