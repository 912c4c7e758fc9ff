// "Chị vẫn đang học chứ?": covers whatever screen she left, with one huge button,
// a countdown in whole seconds and the Listen button. Any touch except on Listen continues
// exactly where she was (silencing the voice included); the touch is swallowed so it presses
// nothing on the screen beneath.
#include <imgui.h>
#include <algorithm>

#include "ui/pictograms.h"
#include "ui/screens/listen_control.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace tramso::ui {

void draw_idle_warning(const UiContext& ui, const app::State& s, Events& out) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    begin_screen(ui, "idle_warning", p.background);

    const Millis shown = ui.now_ms - s.idle_warning_since_ms.value_or(ui.now_ms);
    const Millis left_ms = std::max<Millis>(0, Millis(ui.config.session.warning_seconds) * 1000 - shown);
    const long long left_s = (left_ms + 999) / 1000;

    const std::string& question = ui.t("idle.question");
    const float lw = std::max(m.button_min_width, ui.width * 0.2f);
    const Rect listen{ui.width - m.margin - lw, m.margin, lw, m.button_height};
    listen_control(ui, listen, question, out, {}, ui.t("idle.stop_reading"));

    const float w = ui.width - 2 * m.margin;
    float y = m.margin + m.button_height + m.gap;
    const float icon = m.font_display * 1.3f;
    draw_pictogram(ImGui::GetWindowDrawList(), "clock", ImVec2(ui.width / 2, y + icon / 2), icon,
                   to_imgui_colour(p.primary));
    y += icon + m.gap;
    y += text_block(ui, question, ui.fonts.display, m.margin, y, w, p.text, Align::Center) + m.gap * 2;

    // One huge button: twice a learner button's height, most of the width.
    const float bw = std::min(w, std::max(m.button_min_width * 2, ui.width * 0.6f));
    const Rect button{(ui.width - bw) / 2, y, bw, m.button_height * 2};
    const bool tapped = big_button(ui, ui.t("idle.still_here"), button, ButtonKind::Primary, "hand", ui.fonts.heading);
    y += button.h + m.gap * 2;

    // The countdown: the number large, the sentence that explains it beneath.
    y += text_block(ui, std::to_string(left_s), ui.fonts.display, m.margin, y, w, p.accent, Align::Center);
    text_block(ui, ui.strings.format(ui.lang, "idle.countdown", {{"n", std::to_string(left_s)}}), ui.fonts.body,
               m.margin, y, w, p.text_muted, Align::Center);

    // Anywhere but Listen counts as "still here", on the press itself.
    const ImVec2 at = ImGui::GetIO().MousePos;
    const bool on_listen = ui.voice_available && listen.contains(at.x, at.y);
    if (tapped || (ui.input.pressed_this_frame() && !on_listen)) {
        ui.input.swallow_until_release();
        out.push_back(app::ev::StillHere{});
    }
    end_screen();
}

}  // namespace tramso::ui
