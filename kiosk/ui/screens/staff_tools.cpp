// Staff mode: exports to the USB folder, and maintenance (reload lessons, default
// language, end the current session, print a test slip, exit).
#include <imgui.h>
#include <algorithm>
#include <cstdio>

#include "core/civil_time.h"
#include "ui/screens/staff_ui.h"

namespace tramso::ui {

void draw_staff_exports(const UiContext& ui, const app::StaffState& st, Rect area, Events& out) {
    const Palette& p = ui.p();
    const float h = staff_target_h(ui);
    const float pad = ui.m().gap / 2;
    const float w = std::min(area.w, std::max(area.w * 0.6f, h * 10));
    float y = area.y + pad;
    y += text_block(ui, ui.t("staff.export.title"), ui.fonts.heading, area.x, y, w, p.text) + pad;
    y += text_block(ui, ui.t("staff.export.explain"), ui.fonts.body, area.x, y, w, p.text) + pad;
    y += text_block(ui, fill(ui.t("staff.export.folder"), {{"dir", ui.config.staff.export_dir}}), ui.fonts.bold, area.x,
                    y, w, p.text) +
         pad;
    // The month, relative to the current local month (Vietnam).
    const CivilDate shown = first_of_month(local_date(ui.wall_now_ms, ui.config.hours.utc_offset_minutes),
                                           std::chrono::months{st.export_month_offset});
    char month[16];
    std::snprintf(month, sizeof month, "%02d/%04d", shown.month, shown.year);
    const float bw = (w - 2 * pad) / 3;
    if (big_button(ui, ui.t("staff.export.prev"), Rect{area.x, y, bw, h}, ButtonKind::Secondary, "back"))
        out.push_back(app::ev::StaffExportMonth{-1});
    text_block(ui, fill(ui.t("staff.export.month"), {{"month", month}}), ui.fonts.bold, area.x + bw + pad,
               y + (h - ui.fonts.bold->FontSize) / 2, bw, p.text, Align::Center);
    if (st.export_month_offset < 0 && big_button(ui, ui.t("staff.export.next"), Rect{area.x + 2 * (bw + pad), y, bw, h},
                                                 ButtonKind::Secondary, "next"))
        out.push_back(app::ev::StaffExportMonth{+1});
    y += h + pad * 2;
    if (big_button(ui, ui.t("staff.export.run"), Rect{area.x, y, w, h * 1.3f}, ButtonKind::Primary))
        out.push_back(app::ev::StaffExport{});
    y += h * 1.3f + pad * 2;
    staff_notice(ui, st, area.x, y, w);
}

void draw_staff_maintenance(const UiContext& ui, const app::StaffState& st, Rect area, Events& out) {
    const Palette& p = ui.p();
    const float h = staff_target_h(ui);
    const float pad = ui.m().gap / 2;
    const float w = std::min(area.w, std::max(area.w * 0.6f, h * 10));
    float y = area.y + pad;
    y += text_block(ui, ui.t("staff.maintenance.title"), ui.fonts.heading, area.x, y, w, p.text) + pad;
    y += staff_notice(ui, st, area.x, y, w);
    auto action = [&](const char* key, ButtonKind kind = ButtonKind::Secondary) {
        const bool hit = big_button(ui, ui.t(key), Rect{area.x, y, w, h}, kind);
        y += h + pad;
        return hit;
    };
    if (action("staff.maintenance.reload")) out.push_back(app::ev::StaffReloadLessons{});
    if (action("staff.maintenance.end_session")) out.push_back(app::ev::StaffEndSession{});
    if (action("staff.maintenance.print_test")) out.push_back(app::ev::StaffPrintTest{});
    y += text_block(ui, ui.t("staff.maintenance.language"), ui.fonts.bold, area.x, y, w, p.text) + 4;
    const float half = (w - pad) / 2;
    if (big_button(ui, ui.t("staff.maintenance.vi"), Rect{area.x, y, half, h}, ButtonKind::Secondary))
        out.push_back(app::ev::StaffSetLanguage{Lang::vi});
    if (big_button(ui, ui.t("staff.maintenance.en"), Rect{area.x + half + pad, y, half, h}, ButtonKind::Secondary))
        out.push_back(app::ev::StaffSetLanguage{Lang::en});
    y += h + pad * 3;
    if (action("staff.maintenance.exit", ButtonKind::Danger)) out.push_back(app::ev::StaffExitKiosk{});
    text_block(ui, ui.t("staff.maintenance.exit_note"), ui.fonts.small, area.x, y, w, p.text_muted);
}

}  // namespace tramso::ui
