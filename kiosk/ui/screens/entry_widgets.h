// What a learner types with: the on-screen Vietnamese keyboard, the number pad, the
// resume-code pad, the field that shows what she typed (huge, with a caret) and the plain
// message beside it. Each key reports its label to the registry, so the headless driver taps
// keys exactly as a finger would, and each tap becomes ev::KeyTap{label}.
#pragma once

#include <string>

#include "input/keyboard.h"
#include "ui/screens/screens.h"

namespace tramso::ui {

// Smallest key the keyboards draw: 16 mm, like every learner button.
float min_key_mm();

// The keyboard model's current page, laid out to fill `r` (rows centred, keys ≥ 16 mm).
void keyboard_widget(const UiContext& ui, const input::Keyboard& keyboard, Rect r, Events& out);
// Height the keyboard wants for `rows` rows inside `available` (never below 16 mm a row).
float keyboard_height(const UiContext& ui, const input::Keyboard& keyboard, float available);

// 1 2 3 / 4 5 6 / 7 8 9 / Xóa 0, as big square-ish keys centred in `r`.
void number_pad(const UiContext& ui, Rect r, Events& out);
// The resume-code alphabet (no 0/O, 1/I/L) and Xóa.
void code_pad(const UiContext& ui, Rect r, Events& out);

// A white box with `text` as large as fits (display font, else heading) and a caret after it.
// `placeholder` (muted) shows when the text is empty. Returns the box height used.
float typed_field(const UiContext& ui, Rect r, const std::string& text, const std::string& placeholder);
// Height for typed_field: one line of the display font plus padding.
float typed_field_height(const UiContext& ui);

// A validation message in plain words, beside (below) the field; nothing when `text` is empty.
// Returns the height used.
float problem_line(const UiContext& ui, float x, float y, float w, const std::string& text);

}  // namespace tramso::ui
