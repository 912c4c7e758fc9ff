// The attract panels and the closed-hours picture. Cream on deep green, large type,
// nothing tappable: the whole attract screen is one wake area (attract.cpp).
#include "ui/screens/attract_panels.h"

#include <imgui.h>
#include <algorithm>

#include "core/civil_time.h"
#include "core/opening_hours.h"
#include "ui/pictograms.h"
#include "ui/widgets.h"

namespace tramso::ui {

namespace {

// Centres a block of `h` pixels vertically in `area`.
float centred_top(Rect area, float h) { return area.y + std::max(0.0f, (area.h - h) / 2); }

std::string day_name(const UiContext& ui, int day) { return ui.t("attract_loop.day." + std::to_string(day)); }

}  // namespace

void draw_welcome_panel(const UiContext& ui, Rect area) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    const std::string& line = ui.t("attract.welcome");
    const float icon = m.font_display * 1.6f;
    const float h = icon + m.gap * 2 + text_height(ui.fonts.display, line, area.w);
    float y = centred_top(area, h);
    draw_pictogram(ImGui::GetWindowDrawList(), "heart", ImVec2(area.cx(), y + icon / 2), icon,
                   to_imgui_colour(p.attract_text));
    y += icon + m.gap * 2;
    text_block(ui, line, ui.fonts.display, area.x, y, area.w, p.attract_text, Align::Center);
}

void draw_lessons_panel(const UiContext& ui, const app::State& s, Rect area) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    std::vector<const app::HomeEntry*> lessons;
    for (const auto& e : s.home_entries)
        if (e.id.rfind("lesson:", 0) == 0) lessons.push_back(&e);

    float y = area.y;
    y += text_block(ui, ui.t("attract_loop.lessons_title"), ui.fonts.heading, area.x, y, area.w, p.attract_text,
                    Align::Center) +
         m.gap;
    // Up to two rows of pictograms with their titles; the rest are counted.
    const int cols = std::clamp(int(area.w / (m.px_per_mm * 42)), 3, 6);
    const size_t shown = std::min(lessons.size(), size_t(cols * 2));
    const float cell_w = area.w / cols;
    const float row_h = (area.y + area.h - y - m.font_body * 1.4f) / 2;
    const float icon = std::min(row_h * 0.42f, cell_w * 0.4f);
    const unsigned int colour = to_imgui_colour(p.attract_text);
    for (size_t i = 0; i < shown; ++i) {
        const float cx = area.x + cell_w * (float(i % cols) + 0.5f);
        const float cy = y + row_h * float(i / cols);
        draw_pictogram(ImGui::GetWindowDrawList(), lessons[i]->pictogram, ImVec2(cx, cy + icon / 2), icon, colour);
        text_block(ui, lessons[i]->title.get(ui.lang), ui.fonts.small, cx - cell_w / 2 + m.gap / 2,
                   cy + icon + m.gap / 2, cell_w - m.gap, p.attract_text, Align::Center);
    }
    if (lessons.size() > shown)
        text_block(
            ui,
            ui.strings.format(ui.lang, "attract_loop.more_lessons", {{"n", std::to_string(lessons.size() - shown)}}),
            ui.fonts.body, area.x, y + row_h * 2, area.w, p.attract_text, Align::Center);
}

void draw_tip_panel(const UiContext& ui, Rect area, long long rotation) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    std::vector<std::string> tips;
    for (const std::string& key : ui.strings.keys(ui.lang))
        if (key.rfind("attract_loop.tip.", 0) == 0) tips.push_back(key);
    if (tips.empty()) return draw_welcome_panel(ui, area);
    const std::string& tip = ui.t(tips[size_t(rotation % static_cast<long long>(tips.size()))]);
    const std::string& title = ui.t("attract_loop.tip_title");
    const float icon = m.font_display * 1.3f;
    const float h = icon + m.gap + m.font_heading * 1.3f + m.gap + text_height(ui.fonts.display, tip, area.w);
    float y = centred_top(area, h);
    draw_pictogram(ImGui::GetWindowDrawList(), "shield", ImVec2(area.cx(), y + icon / 2), icon,
                   to_imgui_colour(p.attract_text));
    y += icon + m.gap;
    y += text_block(ui, title, ui.fonts.heading, area.x, y, area.w, p.attract_text, Align::Center) + m.gap;
    text_block(ui, tip, ui.fonts.display, area.x, y, area.w, p.attract_text, Align::Center);
}

void draw_hours_panel(const UiContext& ui, Rect area) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    const auto groups = group_days(ui.config.hours);
    // Read from a few steps away: heading-sized rows, the title larger still.
    const float row_h = ui.fonts.heading->FontSize * 1.4f;
    const float h = m.font_display * 1.3f + m.gap + row_h * float(groups.size());
    float y = centred_top(area, h);
    y += text_block(ui, ui.t("attract_loop.hours_title"), ui.fonts.display, area.x, y, area.w, p.attract_text,
                    Align::Center) +
         m.gap;
    // Two columns meeting at the middle: days on the left, hours on the right.
    const float half = area.w / 2 - m.gap;
    const int today = local_date_time(ui.wall_now_ms, ui.config.hours.utc_offset_minutes).weekday();
    for (const DayGroup& g : groups) {
        std::string days = day_name(ui, g.first_day);
        if (g.last_day != g.first_day) days += " \u2013 " + day_name(ui, g.last_day);
        const std::string hours = g.hours.spans.empty() ? ui.t("attract_loop.closed_day") : format_spans(g.hours);
        // Today's line sits on a faint band (8 %: the text keeps ≥ 7:1 contrast on it).
        const bool today_here = today >= g.first_day && today <= g.last_day;
        ImFont* font = ui.fonts.heading;
        if (today_here)
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(area.x, y - row_h * 0.12f),
                                                      ImVec2(area.x + area.w, y + row_h * 0.88f),
                                                      to_imgui_colour(p.attract_text, 0.08f));
        text_block(ui, days, font, area.x, y, half, p.attract_text, Align::Right);
        text_block(ui, hours, font, area.cx() + m.gap, y, half, p.attract_text, Align::Left);
        y += row_h;
    }
}

void draw_closed_hours(const UiContext& ui, float dx, float dy) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    const LocalDateTime now = local_date_time(ui.wall_now_ms, ui.config.hours.utc_offset_minutes);
    const float w = ui.width * 0.8f;
    const float x = (ui.width - w) / 2 + dx;
    float y = ui.height * 0.3f + dy;
    y += text_block(ui, clock_text(now.minute_of_day()), ui.fonts.display, x, y, w, p.dim_text, Align::Center) +
         m.gap * 2;
    y += text_block(ui, ui.t("attract_loop.closed_message"), ui.fonts.heading, x, y, w, p.dim_text, Align::Center) +
         m.gap;
    if (auto next = next_opening(ui.config.hours, ui.wall_now_ms))
        text_block(ui,
                   ui.strings.format(ui.lang, "attract_loop.next_open",
                                     {{"day", day_name(ui, next->weekday)}, {"time", clock_text(next->minute_of_day)}}),
                   ui.fonts.body, x, y, w, p.dim_text, Align::Center);
}

}  // namespace tramso::ui
