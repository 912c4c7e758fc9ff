// The public display: center name and an invitation, drifting slowly against burn-in.
// The whole screen is one touch area; the first touch only wakes the kiosk.
#include <cmath>
#include <imgui.h>

#include "ui/pictograms.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace tramso::ui {

void draw_attract(const UiContext& ui, const app::State&, Events& out) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    begin_screen(ui, "attract", p.attract_bg);

    // Drift: a slow ellipse of a few millimetres, quantised to whole pixels so an idle
    // screen only needs a redraw every couple of seconds.
    const double period_ms = ui.config.attract.drift_period_seconds * 1000.0;
    const double phase = 2 * 3.14159265 * std::fmod(double(ui.now_ms), period_ms) / period_ms;
    const float dx = std::round(float(std::cos(phase)) * m.px_per_mm * 12);
    const float dy = std::round(float(std::sin(phase * 2)) * m.px_per_mm * 8);

    const float w = ui.width * 0.8f;
    const float x = (ui.width - w) / 2 + dx;
    float y = ui.height * 0.22f + dy;
    y += text_block(ui, ui.config.kiosk.center_name, ui.fonts.heading, x, y, w, p.attract_text, Align::Center);
    y += m.gap;
    y += text_block(ui, ui.t("attract.welcome"), ui.fonts.body, x, y, w, p.attract_text, Align::Center);
    y += m.gap * 3;
    const float icon = m.font_display * 1.4f;
    draw_pictogram(ImGui::GetWindowDrawList(), "hand", ImVec2(ui.width / 2 + dx, y + icon / 2), icon,
                   to_imgui_colour(p.attract_text));
    y += icon + m.gap;
    text_block(ui, ui.t("attract.touch_to_start"), ui.fonts.display, x, y, w, p.attract_text, Align::Center);

    // Wake on the press itself (feels immediate) and swallow the rest of that touch, so the
    // finger does not also press whatever the home screen puts under it.
    touch_area(ui, ui.t("attract.touch_to_start"), Rect{0, 0, ui.width, ui.height});
    if (ui.input.pressed_this_frame()) {
        ui.input.swallow_until_release();
        out.push_back(app::ev::Wake{});
    }
    end_screen();
}

}  // namespace tramso::ui
