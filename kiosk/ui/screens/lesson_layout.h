// Where the lesson screen's parts go: the top bar, the progress bar, the step's text column,
// the phone or picture beside it, and Back/Next at the bottom corners. Pure arithmetic on the
// theme's sizes, so the screen, the phone tests and the benchmark all place the phone alike.
#pragma once

#include "core/theme.h"
#include "ui/widget_registry.h"

namespace tramso::ui {

// What stands beside the step's text.
enum class LessonAside { none, phone, picture };

struct LessonLayout {
    Rect top, progress, text, aside, back, next;
    float phone_scale = 1;  // with LessonAside::phone: the phone's size against the real one (≤ kPhoneMaxScale)
};

LessonLayout lesson_layout(const Metrics& m, float width, float height, LessonAside aside);

}  // namespace tramso::ui
