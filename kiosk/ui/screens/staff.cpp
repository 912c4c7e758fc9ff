// Staff mode: the hidden entry on every screen, and the staff screen's frame (tab
// bar, logout) around the page the flow state names.
#include <imgui.h>
#include <algorithm>

#include "core/civil_time.h"
#include "ui/fast_fill.h"
#include "ui/screens/staff_ui.h"

namespace tramso::ui {

float staff_target_h(const UiContext& ui) { return std::max(ui.m().px_per_mm * 12.5f, ui.fonts.bold->FontSize * 1.7f); }

std::string fill(const std::string& tpl, std::initializer_list<std::pair<const char*, std::string>> values) {
    std::string s = tpl;
    for (const auto& [name, value] : values) {
        const std::string hole = std::string("{") + name + "}";
        for (std::size_t at = s.find(hole); at != std::string::npos; at = s.find(hole, at + value.size()))
            s.replace(at, hole.size(), value);
    }
    return s;
}

void staff_panel(const UiContext& ui, Rect r) {
    fill_rounded_rect(ImGui::GetWindowDrawList(), ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h),
                      to_imgui_colour(ui.p().surface), ui.m().corner);
}

std::string staff_time_text(const UiContext& ui, Millis wall_ms) {
    const LocalDateTime t = local_date_time(wall_ms, ui.config.hours.utc_offset_minutes);
    return format_day_month_year(t.date) + " " + clock_text(t.minute_of_day());
}

std::string staff_reason_text(const UiContext& ui, const std::string& reason) {
    return ui.t("staff.reason." + (reason.empty() ? std::string("open") : reason));
}

float staff_notice(const UiContext& ui, const app::StaffState& st, float x, float y, float w) {
    if (st.notice_key.empty()) return 0;
    std::string text = ui.t(st.notice_key);
    if (!st.notice_detail.empty()) text += " " + st.notice_detail;
    return text_block(ui, text, ui.fonts.bold, x, y, w, st.notice_error ? ui.p().danger : ui.p().success) +
           ui.m().gap / 2;
}

// The logo corner: 30 mm square at the top left, on every screen but staff mode itself. It
// draws nothing and presses nothing: it only watches how long a finger stays on it.
Rect staff_logo_corner(const UiContext& ui) {
    const float side = ui.m().px_per_mm * 30;
    return Rect{0, 0, side, side};
}

void staff_hidden_entry(const UiContext& ui, const app::State& s, Events& out) {
    if (s.screen == app::Screen::Staff) return;
    const Rect corner = staff_logo_corner(ui);
    ui.registry.add_widget(ui.t("staff.logo"), corner);
    if (!ui.input.holding() || !corner.contains(ui.input.press_x(), ui.input.press_y())) return;
    if (ui.now_ms - ui.input.press_ms() < app::kStaffHoldMs) {
        *ui.animating = true;  // keep frames coming while the finger rests there
        return;
    }
    // The finger lifts later over whatever button lies there: that release must not press it.
    ui.input.mark_hold_used();
    ui.input.swallow_until_release();
    out.push_back(app::ev::StaffHold{});
}

void draw_staff(const UiContext& ui, const app::State& s, Events& out) {
    const app::StaffState& st = s.staff;
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    begin_screen(ui, "staff", p.background);
    if (!st.logged_in) {
        draw_staff_pin(ui, st, out);
        end_screen();
        return;
    }
    using app::StaffPage;
    // Tab bar: one row of buttons, the current page highlighted; logout at the far right.
    const float h = staff_target_h(ui);
    const float pad = m.gap / 2;
    struct Tab {
        const char* key;
        StaffPage page;
    };
    const Tab tabs[] = {{"staff.tab.dashboard", StaffPage::Dashboard},
                        {"staff.tab.sessions", StaffPage::Sessions},
                        {"staff.tab.learners", StaffPage::Learners},
                        {"staff.tab.exports", StaffPage::Exports},
                        {"staff.tab.maintenance", StaffPage::Maintenance}};
    auto tab_of = [](StaffPage page) {
        switch (page) {
            case StaffPage::SessionDetail:
                return StaffPage::Sessions;
            case StaffPage::LearnerDetail:
            case StaffPage::LearnerEdit:
                return StaffPage::Learners;
            default:
                return page;
        }
    };
    const float logout_w = std::max(ui.width * 0.16f, h * 2.5f);
    const float tab_w = (ui.width - 2 * pad - logout_w - pad * 6) / 5;
    float x = pad;
    for (const Tab& t : tabs) {
        const bool current = tab_of(st.page) == t.page;
        if (big_button(ui, ui.t(t.key), Rect{x, pad, tab_w, h},
                       current ? ButtonKind::Primary : ButtonKind::Secondary) &&
            !(current && st.page == t.page))
            out.push_back(app::ev::StaffGo{t.page});
        x += tab_w + pad;
    }
    if (big_button(ui, ui.t("staff.logout"), Rect{ui.width - pad - logout_w, pad, logout_w, h}, ButtonKind::Danger))
        out.push_back(app::ev::StaffLogout{});

    const Rect area{pad, pad * 2 + h, ui.width - 2 * pad, ui.height - pad * 3 - h};
    if (st.data && !st.data->error.empty()) {
        text_block(ui, ui.t("staff.error") + " " + st.data->error, ui.fonts.body, area.x, area.y, area.w, p.danger);
        end_screen();
        return;
    }
    if (st.loading && !st.data) {
        text_block(ui, ui.t("staff.loading"), ui.fonts.body, area.x, area.y, area.w, p.text_muted);
        end_screen();
        return;
    }
    switch (st.page) {
        case StaffPage::Pin:
            break;
        case StaffPage::Dashboard:
            draw_staff_dashboard(ui, st, s.help, area, out);
            break;
        case StaffPage::Sessions:
            draw_staff_sessions(ui, st, area, out);
            break;
        case StaffPage::SessionDetail:
            draw_staff_session_detail(ui, st, area, out);
            break;
        case StaffPage::Learners:
            draw_staff_learners(ui, st, area, out);
            break;
        case StaffPage::LearnerDetail:
            draw_staff_learner(ui, st, area, out);
            break;
        case StaffPage::LearnerEdit:
            draw_staff_learner_edit(ui, st, area, out);
            break;
        case StaffPage::Exports:
            draw_staff_exports(ui, st, area, out);
            break;
        case StaffPage::Maintenance:
            draw_staff_maintenance(ui, st, area, out);
            break;
    }
    end_screen();
}

}  // namespace tramso::ui
