// Staff mode: the PIN pad. Digits show as dots; after kStaffFreeAttempts wrong PINs
// the pad locks with a countdown; with no PIN stored it explains how to set one.
#include <imgui.h>
#include <algorithm>
#include <cstdio>

#include "ui/screens/staff_ui.h"

namespace tramso::ui {

void draw_staff_pin(const UiContext& ui, const app::StaffState& st, Events& out) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    const float h = staff_target_h(ui);
    const float col_w = std::min(ui.width - 2 * m.margin, std::max(ui.width * 0.42f, h * 7));
    const float x = (ui.width - col_w) / 2;
    float y = m.margin;

    if (big_button(ui, ui.t("staff.back"),
                   Rect{m.margin / 2, ui.height - m.margin / 2 - h, std::max(h * 3, ui.width * 0.16f), h},
                   ButtonKind::Secondary, "back"))
        out.push_back(app::ev::StaffLogout{});

    if (!st.pin_set.has_value()) {  // the store worker is still looking
        text_block(ui, ui.t("staff.loading"), ui.fonts.body, x, y, col_w, p.text_muted, Align::Center);
        return;
    }
    if (!*st.pin_set) {
        const float w = std::min(ui.width - 2 * m.margin, ui.width * 0.7f);
        y +=
            text_block(ui, ui.t("staff.pin.not_set_title"), ui.fonts.heading, (ui.width - w) / 2, y, w, p.text) + m.gap;
        text_block(ui, ui.t("staff.pin.not_set"), ui.fonts.body, (ui.width - w) / 2, y, w, p.text);
        return;
    }

    y += text_block(ui, ui.t("staff.pin.title"), ui.fonts.heading, x, y, col_w, p.text, Align::Center) + m.gap / 2;
    // The dots: one per digit typed, in a fixed-height row.
    const float dot = ui.fonts.heading->FontSize * 0.35f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float dots_w = float(st.pin_digits.size()) * dot * 3;
    for (std::size_t i = 0; i < st.pin_digits.size(); ++i)
        dl->AddCircleFilled(ImVec2(ui.width / 2 - dots_w / 2 + dot * 1.5f + float(i) * dot * 3, y + dot * 1.5f), dot,
                            to_imgui_colour(p.text), 16);
    y += dot * 3 + m.gap / 2;

    const Millis left = st.locked_until_ms - ui.now_ms;
    const bool locked = left > 0 || st.checking_pin;
    std::string status;
    if (st.checking_pin) {
        status = ui.t("staff.pin.checking");
    } else if (locked) {
        const long long s = (left + 999) / 1000;
        char t[32];
        std::snprintf(t, sizeof t, "%lld:%02lld", s / 60, s % 60);
        status = ui.t("staff.pin.locked") + " " + fill(ui.t("staff.pin.wait"), {{"t", t}});
        *ui.animating = true;  // the countdown ticks
    } else if (st.failed_attempts > 0) {
        status = ui.t("staff.pin.wrong") + " " +
                 fill(ui.t("staff.pin.attempts"), {{"n", std::to_string(st.failed_attempts)}});
    }
    const float status_h = ui.fonts.bold->FontSize * 2.5f;
    const bool bad = !st.checking_pin && (locked || st.failed_attempts);
    if (!status.empty()) text_block(ui, status, ui.fonts.bold, x, y, col_w, bad ? p.danger : p.text, Align::Center);
    y += status_h;

    // 3 × 4 keys filling what is left above the Back button.
    const float gap = m.gap / 2;
    const float avail_h = ui.height - m.margin - h - gap - y;
    const float key_h = std::clamp((avail_h - 3 * gap) / 4, h, h * 2);
    const float key_w = (col_w - 2 * gap) / 3;
    static const char* const kLabels[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "<", "0", "ok"};
    for (int i = 0; i < 12; ++i) {
        const Rect r{x + float(i % 3) * (key_w + gap), y + float(i / 3) * (key_h + gap), key_w, key_h};
        const std::string k = kLabels[i];
        const std::string label = k == "<" ? ui.t("staff.pin.delete") : k == "ok" ? ui.t("staff.pin.ok") : k;
        const ButtonKind kind = locked ? ButtonKind::Disabled : k == "ok" ? ButtonKind::Primary : ButtonKind::Secondary;
        if (!big_button(ui, label, r, kind) || locked) continue;
        if (k == "ok")
            out.push_back(app::ev::StaffPinSubmit{});
        else
            out.push_back(app::ev::StaffPinKey{k[0]});
    }
}

}  // namespace tramso::ui
