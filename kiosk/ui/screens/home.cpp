// Home: greeting, the language switch and the entry points (data from the flow state),
// lesson cards grouped under their category, in a list that scrolls by drag or buttons.
#include <imgui.h>
#include <algorithm>

#include "app/narration.h"
#include "ui/screens/help.h"
#include "ui/screens/listen_control.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace tramso::ui {

void draw_home(const UiContext& ui, const app::State& s, Events& out) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    begin_screen(ui, "home", p.background);

    // Top bar: greeting on the left, language switch on the right.
    const float bar_h = m.button_height;
    const float lang_w = std::max(m.button_min_width, ui.width * 0.2f);
    if (big_button(ui, ui.t("common.switch_language"), Rect{ui.width - m.margin - lang_w, m.margin, lang_w, bar_h},
                   ButtonKind::Secondary, "globe"))
        out.push_back(app::ev::ToggleLanguage{});
    const float content_w = ui.width - 2 * m.margin;
    text_block(ui, ui.t("home.greeting"), ui.fonts.heading, m.margin, m.margin + (bar_h - m.font_heading) / 2,
               title_width_before_help(ui), p.text);
    float y = m.margin + bar_h + m.gap;
    y += draw_learner_bar(ui, s, y, out) + m.gap;  // registration
    y += text_block(ui, ui.t("home.prompt"), ui.fonts.body, m.margin, y, content_w, p.text_muted) + m.gap;

    const float bottom_y = ui.height - m.margin - m.button_height;
    const Rect list{m.margin, y, content_w, bottom_y - m.gap - y};
    if (s.home_entries.empty()) {
        text_block(ui, ui.t("home.no_entries"), ui.fonts.body, list.x, list.y, list.w, p.text_muted);
    } else {
        begin_scroll_area(ui, "entries", list);
        const float inner_w = list.w - scroll_buttons_width(ui) - m.gap;
        // As many columns as fit at ≥ 55 mm each.
        const int cols = std::clamp(int((inner_w + m.gap) / (m.px_per_mm * 55 + m.gap)), 1, 4);
        const float card_w = (inner_w - (cols - 1) * m.gap) / cols;
        // Pictogram, two lines of title and the minutes must fit.
        const float card_h =
            std::max(m.button_height * 2.0f,
                     m.gap * 2.5f + card_w * 0.16f + ui.fonts.bold->FontSize * 2.4f + ui.fonts.small->FontSize * 1.2f);
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        float cy = origin.y;
        int col = 0;
        std::string group;
        for (const auto& e : s.home_entries) {
            if (e.group_key != group) {
                if (col != 0) cy += card_h + m.gap, col = 0;
                group = e.group_key;
                cy += text_block(ui, ui.t(group), ui.fonts.heading, origin.x, cy, inner_w, p.text) + m.gap / 2;
            }
            const Rect r{origin.x + col * (card_w + m.gap), cy, card_w, card_h};
            if (card_button(ui, e.title.get(ui.lang), e.subtitle.get(ui.lang), e.pictogram.c_str(), r, p.primary))
                out.push_back(app::ev::OpenEntry{e.id});
            if (++col == cols) col = 0, cy += card_h + m.gap;
        }
        if (col != 0) cy += card_h + m.gap;
        ImGui::SetCursorScreenPos(ImVec2(origin.x, cy));
        ImGui::Dummy(ImVec2(inner_w, 1));
        end_scroll_area(ui);
    }

    const float bw = std::max(m.button_min_width, ui.width * 0.25f);
    if (big_button(ui, ui.t("common.goodbye"), Rect{ui.width - m.margin - bw, bottom_y, bw, m.button_height},
                   ButtonKind::Secondary, "home"))
        out.push_back(app::ev::Goodbye{});
    listen_control(ui, listen_button_rect(ui), app::join_sentences({ui.t("home.greeting"), ui.t("home.prompt")}), out);
    end_screen();
}

}  // namespace tramso::ui
