#include "ui/screens/question_overlay.h"

#include <algorithm>

#include "app/narration.h"
#include "ui/screens/listen_control.h"
#include "ui/widgets.h"

namespace tramso::ui {

QuestionAnswer question_overlay(const UiContext& ui, const QuestionSpec& q, Events& out) {
    const Metrics& m = ui.m();
    const float w = std::min(ui.width - 2 * m.margin, m.px_per_mm * 220);
    const float text_w = w - m.gap * 3;
    const bool listen = ui.voice_available;
    const float detail_h = q.detail.empty() ? 0 : text_height(ui.fonts.body, q.detail, text_w) + m.gap;
    const float h = m.button_height + text_height(ui.fonts.heading, q.question, text_w) + detail_h + m.gap * 5 +
                    (listen ? m.button_height + m.gap : 0);
    const Rect card = begin_overlay(ui, q.id, w, h);
    const float x = card.x + m.gap * 1.5f;
    float y = card.y + m.gap * 1.5f;
    y += text_block(ui, q.question, ui.fonts.heading, x, y, text_w, ui.p().text, Align::Center);
    if (!q.detail.empty()) text_block(ui, q.detail, ui.fonts.body, x, y + m.gap, text_w, ui.p().text, Align::Center);
    const float bw = (card.w - m.gap * 4) / 2;
    const float by = card.y + card.h - m.gap * 1.5f - m.button_height - (listen ? m.button_height + m.gap : 0);
    QuestionAnswer answer = QuestionAnswer::None;
    if (big_button(ui, q.first_label, Rect{x, by, bw, m.button_height}, ButtonKind::Primary, q.first_icon))
        answer = QuestionAnswer::First;
    if (big_button(ui, q.second_label, Rect{card.x + card.w - m.gap * 1.5f - bw, by, bw, m.button_height},
                   ButtonKind::Secondary, q.second_icon))
        answer = QuestionAnswer::Second;
    if (listen)
        listen_control(ui, Rect{card.x + (card.w - bw) / 2, by + m.button_height + m.gap, bw, m.button_height},
                       app::join_sentences({q.question, q.detail}), out);
    end_overlay();
    return answer;
}

}  // namespace tramso::ui
