// Home: greeting, the language switch and the entry points (data from the flow state).
#include <algorithm>
#include <imgui.h>

#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace tramso::ui {

void draw_home(const UiContext& ui, const app::State& s, Events& out) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    begin_screen(ui, "home", p.background);

    // Top bar: center name on the left, language switch on the right.
    const float bar_h = m.button_height;
    const float lang_w = std::max(m.button_min_width, ui.width * 0.2f);
    text_block(ui, ui.config.kiosk.center_name, ui.fonts.bold, m.margin, m.margin + (bar_h - m.font_body) / 2,
               ui.width - lang_w - 3 * m.margin, p.text_muted);
    if (big_button(ui, ui.t("common.switch_language"), Rect{ui.width - m.margin - lang_w, m.margin, lang_w, bar_h},
                   ButtonKind::Secondary, "globe"))
        out.push_back(app::ev::ToggleLanguage{});

    float y = m.margin + bar_h + m.gap * 2;
    const float content_w = ui.width - 2 * m.margin;
    y += text_block(ui, ui.t("home.greeting"), ui.fonts.heading, m.margin, y, content_w, p.text);
    y += m.gap / 2;
    y += text_block(ui, ui.t("home.prompt"), ui.fonts.body, m.margin, y, content_w, p.text_muted);
    y += m.gap * 2;

    // Entry cards: as many columns as fit at ≥ 45 mm each.
    const float bottom_h = m.button_height + 2 * m.margin;
    const float area_h = ui.height - y - bottom_h;
    if (s.home_entries.empty()) {
        text_block(ui, ui.t("home.no_entries"), ui.fonts.body, m.margin, y, content_w, p.text_muted);
    } else {
        const int cols = std::clamp(int((content_w + m.gap) / (m.px_per_mm * 45 + m.gap)), 1, 4);
        const float card_w = (content_w - (cols - 1) * m.gap) / cols;
        const float card_h = std::min(area_h, std::max(m.button_height * 2.2f, card_w * 0.75f));
        ImGui::SetCursorScreenPos(ImVec2(m.margin, y));
        ImGui::BeginChild("entries", ImVec2(content_w, area_h), false, ImGuiWindowFlags_NoScrollbar);
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        for (size_t i = 0; i < s.home_entries.size(); ++i) {
            const auto& e = s.home_entries[i];
            const int row = int(i) / cols, col = int(i) % cols;
            Rect r{origin.x + col * (card_w + m.gap), origin.y + row * (card_h + m.gap), card_w, card_h};
            if (card_button(ui, ui.t(e.label_key), "", e.pictogram.c_str(), r, p.primary))
                out.push_back(app::ev::OpenEntry{e.id});
        }
        ImGui::EndChild();
    }

    const float bw = std::max(m.button_min_width, ui.width * 0.3f);
    if (big_button(ui, ui.t("common.goodbye"), Rect{ui.width - m.margin - bw, ui.height - m.margin - m.button_height, bw, m.button_height},
                   ButtonKind::Secondary, "home"))
        out.push_back(app::ev::Goodbye{});
    end_screen();
}

}  // namespace tramso::ui
