// Home: greeting, the entry points (data from the flow state) and every lesson at once, in
// topic panels (home_layout.h); on whole pages only when the lessons outgrow the screen.
#include <imgui.h>
#include <algorithm>
#include <cmath>

#include "app/home_entries.h"
#include "app/narration.h"
#include "ui/screens/help.h"
#include "ui/screens/home_layout.h"
#include "ui/screens/listen_control.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace tramso::ui {
namespace {

std::vector<HomeGroup> group_entries(const std::vector<app::HomeEntry>& entries) {
    std::vector<HomeGroup> groups;
    for (size_t i = 0; i < entries.size(); ++i) {
        auto g = std::find_if(groups.begin(), groups.end(),
                              [&](const HomeGroup& h) { return h.key == entries[i].group_key; });
        if (g == groups.end()) g = groups.insert(groups.end(), HomeGroup{entries[i].group_key, {}});
        g->entries.push_back(i);
    }
    return groups;
}

struct LessonPages {
    std::vector<HomePageLayout> pages;
    int columns = 1;
};

// The fewest columns that show every lesson on one page (wider cards read more easily);
// when none does, the most columns, which needs the fewest pages.
LessonPages lay_out_lessons(const UiContext& ui, const app::State& s, Rect area) {
    const Metrics& m = ui.m();
    const std::vector<HomeGroup> groups = group_entries(s.home_entries);
    const int max_columns = std::clamp(int((area.w + m.gap) / (m.px_per_mm * 90 + m.gap)), 1, 4);
    LessonPages best;
    for (int cols = 1; cols <= max_columns; ++cols) {
        const float card_w = (area.w - float(cols - 1) * m.gap) / float(cols);
        HomeLayoutSizes sizes;
        sizes.heading_h = ui.fonts.bold->FontSize * 1.18f + m.gap / 3;
        for (const auto& e : s.home_entries) sizes.card_h.push_back(card_height(ui, e.title.get(ui.lang), card_w));
        // Cards keep the 4 mm between targets that stops a shaky finger opening the neighbour.
        sizes.card_gap = std::max(m.gap / 2, std::ceil(4 * m.px_per_mm));
        sizes.group_gap = m.gap;
        sizes.column_gap = m.gap;
        LessonPages candidate{layout_home(groups, area, cols, sizes), cols};
        if (best.pages.empty() || candidate.pages.size() < best.pages.size()) best = std::move(candidate);
        if (best.pages.size() == 1) break;
    }
    return best;
}

// "Các bài trước", "Trang 1/2", "Xem thêm bài học" under the lessons, when there are pages.
void page_controls(const UiContext& ui, Rect row, int page, int pages, Events& out) {
    const Metrics& m = ui.m();
    const float bw = std::max(m.button_min_width, row.w * 0.3f);
    if (page > 0 &&
        big_button(ui, ui.t("home.earlier_lessons"), Rect{row.x, row.y, bw, row.h}, ButtonKind::Secondary, "back"))
        out.push_back(app::ev::HomePage{page - 1});
    const std::string where =
        ui.strings.format(ui.lang, "home.page", {{"n", std::to_string(page + 1)}, {"total", std::to_string(pages)}});
    text_block(ui, where, ui.fonts.bold, row.x + bw + m.gap, row.cy() - ui.fonts.bold->FontSize * 0.59f,
               row.w - 2 * (bw + m.gap), ui.p().text, Align::Center);
    if (page + 1 < pages && big_button(ui, ui.t("home.more_lessons"), Rect{row.x + row.w - bw, row.y, bw, row.h},
                                       ButtonKind::Secondary, "next"))
        out.push_back(app::ev::HomePage{page + 1});
}

void draw_lessons(const UiContext& ui, const app::State& s, Rect area, Events& out) {
    const Metrics& m = ui.m();
    LessonPages laid = lay_out_lessons(ui, s, area);
    if (laid.pages.size() > 1) {
        // Room for the page buttons under the cards, then lay out again in what is left.
        const Rect row{area.x, area.y + area.h - m.button_height, area.w, m.button_height};
        area.h -= m.button_height + m.gap;
        laid = lay_out_lessons(ui, s, area);
        const int page = std::min(s.home_page, int(laid.pages.size()) - 1);
        page_controls(ui, row, page, int(laid.pages.size()), out);
    }
    const HomePageLayout& page = laid.pages[size_t(std::min(s.home_page, int(laid.pages.size()) - 1))];
    for (const PlacedHeading& h : page.headings)
        text_block(ui, ui.t(h.key), ui.fonts.bold, h.rect.x, h.rect.y, h.rect.w, ui.p().accent);
    for (const PlacedCard& c : page.cards) {
        const app::HomeEntry& e = s.home_entries[c.entry];
        if (card_button(ui, e.title.get(ui.lang), e.pictogram.c_str(), c.rect, ui.p().primary,
                        app::entry_finished(s, e), ui.t("home.finished")))
            out.push_back(app::ev::OpenEntry{e.id});
    }
}

}  // namespace

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
    if (s.home_entries.empty())
        text_block(ui, ui.t("home.no_entries"), ui.fonts.body, list.x, list.y, list.w, p.text_muted);
    else
        draw_lessons(ui, s, list, out);

    // Ending the visit sits at the bottom left, never in the forward slot at the bottom right.
    const float bw = std::max(m.button_min_width, ui.width * 0.22f);
    if (big_button(ui, ui.t("common.goodbye"), Rect{m.margin, bottom_y, bw, m.button_height}, ButtonKind::Secondary,
                   "exit"))
        out.push_back(app::ev::Goodbye{});
    listen_control(ui, listen_button_rect(ui), app::join_sentences({ui.t("home.greeting"), ui.t("home.prompt")}), out);
    end_screen();
}

}  // namespace tramso::ui
