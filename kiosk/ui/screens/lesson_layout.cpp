#include "ui/screens/lesson_layout.h"

#include <algorithm>
#include <cmath>

#include "ui/phone/phone_frame.h"

namespace tramso::ui {

LessonLayout lesson_layout(const Metrics& m, float width, float height, LessonAside aside) {
    LessonLayout l;
    l.top = Rect{m.margin, m.margin, width - 2 * m.margin, m.button_height};
    l.progress = Rect{m.margin, l.top.y + l.top.h + m.gap / 2, width - 2 * m.margin, std::max(6.0f, m.px_per_mm * 2)};
    const float bottom_y = height - m.margin - m.button_height;
    const float bw = std::max(m.button_min_width, width * 0.22f);
    l.back = Rect{m.margin, bottom_y, bw, m.button_height};
    l.next = Rect{width - m.margin - bw, bottom_y, bw, m.button_height};
    const float body_y = l.progress.y + l.progress.h + m.gap;
    const float body_h = bottom_y - m.gap - body_y;
    float aside_w = 0;
    if (aside == LessonAside::phone) {
        // As tall as the body allows, up to the cap, and never wider than half the screen so
        // the step's words keep a comfortable column.
        const float full_w = (kPhoneBodyWidthMm + 2 * kPhoneKeyOutMm) * m.px_per_mm;
        const float full_h = kPhoneBodyHeightMm * m.px_per_mm;
        l.phone_scale = std::min({kPhoneMaxScale, body_h / full_h, width * 0.5f / full_w});
        aside_w = std::ceil(full_w * l.phone_scale);
    } else if (aside == LessonAside::picture) {
        aside_w = std::min(width * 0.4f, std::max(body_h * 0.56f, width * 0.3f));
    }
    if (aside_w > 0) {
        l.aside = Rect{width - m.margin - aside_w, body_y, aside_w, body_h};
        l.text = Rect{m.margin, body_y, l.aside.x - m.gap * 2 - m.margin, body_h};
    } else {
        l.text = Rect{m.margin, body_y, width - 2 * m.margin, body_h};
    }
    return l;
}

}  // namespace tramso::ui
