#include "ui/screens/register_frame.h"

#include <algorithm>

#include "ui/screens/help.h"
#include "ui/screens/listen_control.h"
#include "ui/widgets.h"

namespace tramso::ui {

FrameResult register_frame(const UiContext& ui, const char* id, const FrameSpec& spec, Events& out) {
    const Metrics& m = ui.m();
    const Palette& p = ui.p();
    begin_screen(ui, id, p.background);
    FrameResult res;

    const float home_w = spec.home_button ? std::max(m.button_min_width, ui.width * 0.18f) : 0;
    const float title_w = title_width_before_help(ui);
    const float title_h = text_height(ui.fonts.heading, spec.title, title_w);
    const float top_h = std::max(m.button_height, title_h);
    text_block(ui, spec.title, ui.fonts.heading, m.margin, m.margin + (top_h - title_h) / 2, title_w, p.text);
    if (spec.home_button &&
        big_button(ui, ui.t("register.home"), Rect{ui.width - m.margin - home_w, m.margin, home_w, m.button_height},
                   ButtonKind::Secondary, "home"))
        out.push_back(app::ev::LeaveRegistration{});

    const float bottom_y = ui.height - m.margin - m.button_height;
    const float bw = std::max(m.button_min_width, ui.width * 0.22f);
    if (!spec.back_label.empty() &&
        big_button(ui, spec.back_label, Rect{m.margin, bottom_y, bw, m.button_height}, ButtonKind::Secondary, "back"))
        res.back = true;
    const float lw = std::max(m.button_min_width, ui.width * 0.16f);
    listen_control(ui, Rect{(ui.width - lw) / 2, bottom_y, lw, m.button_height}, spec.speech, out);
    if (!spec.next_label.empty() &&
        big_button(ui, spec.next_label, Rect{ui.width - m.margin - bw, bottom_y, bw, m.button_height},
                   spec.next_primary ? ButtonKind::Primary : ButtonKind::Secondary, spec.next_icon))
        res.next = true;

    const float body_y = m.margin + top_h + m.gap;
    res.body = Rect{m.margin, body_y, ui.width - 2 * m.margin, bottom_y - m.gap - body_y};
    return res;
}

}  // namespace tramso::ui
