// The public display: the center's name, one rotating panel (welcome, lessons,
// a safety tip, opening hours) and the invitation to touch, all drifting slowly against
// burn-in; outside opening hours a dim clock instead. The whole screen is one touch area and
// the first touch only wakes the kiosk. What shows when comes from app::attract_view().
#include <imgui.h>
#include <algorithm>
#include <cmath>

#include "app/attract_schedule.h"
#include "ui/pictograms.h"
#include "ui/screens/attract_panels.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace tramso::ui {

namespace {
bool has_lessons(const app::State& s) {
    return std::any_of(s.home_entries.begin(), s.home_entries.end(),
                       [](const app::HomeEntry& e) { return e.id.rfind("lesson:", 0) == 0; });
}
}  // namespace

void draw_attract(const UiContext& ui, const app::State& s, Events& out) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    const auto panels = app::attract_panels(ui.config, has_lessons(s));
    const app::AttractView view = app::attract_view(ui.config, panels, s.screen_since_ms, ui.now_ms, ui.wall_now_ms);
    // A few millimetres each way, in whole pixels.
    const float dx = std::round(view.drift_x * m.px_per_mm * 12);
    const float dy = std::round(view.drift_y * m.px_per_mm * 8);

    if (view.closed) {
        begin_screen(ui, "attract", p.dim_bg);
        draw_closed_hours(ui, dx, dy);
    } else {
        begin_screen(ui, "attract", p.attract_bg);
        const float w = ui.width * 0.84f;
        const float x = (ui.width - w) / 2 + dx;
        float y = ui.height * 0.05f + dy;
        y += text_block(ui, ui.config.kiosk.center_name, ui.fonts.heading, x, y, w, p.attract_text, Align::Center);
        // The panel gets the middle; the invitation to touch keeps the same place below.
        const float hint_h = m.font_display * 1.2f + m.gap + m.font_display;
        const float panel_top = y + m.gap * 2;
        const float panel_bottom = ui.height * 0.95f + dy - hint_h - m.gap * 2;
        const Rect area{x, panel_top, w, std::max(0.0f, panel_bottom - panel_top)};
        switch (view.panel) {
            case app::AttractPanel::Welcome:
                draw_welcome_panel(ui, area);
                break;
            case app::AttractPanel::Lessons:
                draw_lessons_panel(ui, s, area);
                break;
            case app::AttractPanel::SafetyTip:
                draw_tip_panel(ui, area, view.rotation);
                break;
            case app::AttractPanel::Hours:
                draw_hours_panel(ui, area);
                break;
        }
        float hy = ui.height * 0.95f + dy - hint_h;
        const float icon = m.font_display * 1.2f;
        draw_pictogram(ImGui::GetWindowDrawList(), "hand", ImVec2(ui.width / 2 + dx, hy + icon / 2), icon,
                       to_imgui_colour(p.attract_text));
        hy += icon + m.gap;
        text_block(ui, ui.t("attract.touch_to_start"), ui.fonts.display, x, hy, w, p.attract_text, Align::Center);
    }

    // Wake on the press itself (feels immediate) and swallow the rest of that touch, so the
    // finger does not also press whatever the home screen puts under it. A press on the logo
    // corner waits for the finger to lift instead: held 3 s it opens staff mode (a member of
    // staff is not a learner's visit); lifted sooner, it wakes like any touch.
    touch_area(ui, ui.t("attract.touch_to_start"), Rect{0, 0, ui.width, ui.height});
    const bool on_logo = staff_logo_corner(ui).contains(ui.input.press_x(), ui.input.press_y());
    if (ui.input.pressed_this_frame()) {
        ui.input.swallow_until_release();
        if (!on_logo) out.push_back(app::ev::Wake{});
    } else if (ui.input.released_this_frame() && on_logo && !ui.input.hold_used()) {
        out.push_back(app::ev::Wake{});
    }
    end_screen();
}

}  // namespace tramso::ui
