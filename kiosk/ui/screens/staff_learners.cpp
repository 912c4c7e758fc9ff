// Staff mode: find a learner (name without accents, or her code), her page with
// progress per lesson, editing her details, and erasing her personal data (asked twice).
#include <imgui.h>
#include <algorithm>

#include "ui/screens/entry_widgets.h"
#include "ui/screens/staff_ui.h"

namespace tramso::ui {
namespace {

// A text field: a white box with the text and a caret bar.
void field_box(const UiContext& ui, Rect r, const std::string& text, bool active) {
    staff_panel(ui, r);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRect(ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h),
                to_imgui_colour(active ? ui.p().primary : ui.p().border), ui.m().corner, 0, active ? 3.0f : 1.5f);
    ImFont* f = ui.fonts.body;
    const float ty = r.y + (r.h - f->FontSize) / 2;
    const float tw = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, text.c_str()).x;
    text_block(ui, text, f, r.x + ui.m().gap / 2, ty, r.w - ui.m().gap, ui.p().text);
    if (active)
        dl->AddRectFilled(ImVec2(r.x + ui.m().gap / 2 + tw + 2, ty),
                          ImVec2(r.x + ui.m().gap / 2 + tw + 5, ty + f->FontSize), to_imgui_colour(ui.p().text));
}

std::string year_text(const store::Learner& l) {
    if (l.details.birth_year) return std::to_string(*l.details.birth_year);
    if (l.birth_decade) return std::to_string(*l.birth_decade) + "s";
    return "—";
}

}  // namespace

void draw_staff_learners(const UiContext& ui, const app::StaffState& st, Rect area, Events& out) {
    const Palette& p = ui.p();
    const float h = staff_target_h(ui);
    const float pad = ui.m().gap / 2;
    float y = area.y;
    y += text_block(ui, ui.t("staff.learners.prompt"), ui.fonts.bold, area.x, y, area.w, p.text) + 4;
    field_box(ui, Rect{area.x, y, area.w * 0.6f, h}, st.search, true);
    y += h + pad;
    const float kb_h = keyboard_height(ui, st.keyboard, (area.y + area.h - y) * 0.62f);
    const Rect list{area.x, y, area.w, area.y + area.h - kb_h - pad - y};
    keyboard_widget(ui, st.keyboard, Rect{area.x, area.y + area.h - kb_h, area.w, kb_h}, out);
    if (!st.data) return;
    if (st.search.empty() || st.data->learners.empty()) {
        text_block(ui, ui.t(st.search.empty() ? "staff.learners.start" : "staff.learners.none"), ui.fonts.body, list.x,
                   list.y, list.w, p.text_muted);
        return;
    }
    begin_scroll_area(ui, "learners", list);
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float w = list.w - scroll_buttons_width(ui) - pad;
    float ry = o.y;
    for (const auto& l : st.data->learners) {
        const std::string text =
            fill(ui.t("staff.learners.row"), {{"name", l.details.full_name},
                                              {"code", l.code},
                                              {"year", year_text(l)},
                                              {"ward", l.details.ward.empty() ? "—" : l.details.ward}});
        const Rect row{o.x, ry, w, h};
        if (big_button(ui, text, row, ButtonKind::Ghost)) out.push_back(app::ev::StaffOpenLearner{l.id});
        ui.registry.add_widget("learner:" + l.code, row);
        ry += h + pad / 2;
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, ry));
    ImGui::Dummy(ImVec2(w, 1));
    end_scroll_area(ui);
}

void draw_staff_learner(const UiContext& ui, const app::StaffState& st, Rect area, Events& out) {
    const Palette& p = ui.p();
    const float h = staff_target_h(ui);
    const float pad = ui.m().gap / 2;
    const float bw = std::max(h * 3, area.w * 0.18f);
    if (big_button(ui, ui.t("staff.back"), Rect{area.x, area.y, bw, h}, ButtonKind::Secondary, "back"))
        out.push_back(app::ev::StaffGo{app::StaffPage::Learners});
    if (!st.data || !st.data->learner) return;
    const store::Learner& l = *st.data->learner;
    const bool erased = l.erased_ms.has_value();
    text_block(ui, erased ? l.code : l.details.full_name, ui.fonts.heading, area.x + bw + pad,
               area.y + (h - ui.fonts.heading->FontSize) / 2, area.w - bw - pad, p.text);
    float y = area.y + h + pad;
    y += staff_notice(ui, st, area.x, y, area.w);

    // Left: details and actions; right: progress per lesson.
    const float lw = area.w * 0.45f;
    ImFont* f = ui.fonts.small;
    auto line = [&](const char* key, const std::string& value) {
        text_block(ui, ui.t(key), f, area.x, y, lw * 0.45f, p.text_muted);
        y += std::max(
                 text_block(ui, value.empty() ? "—" : value, ui.fonts.bold, area.x + lw * 0.45f, y, lw * 0.55f, p.text),
                 f->FontSize * 1.2f) +
             2;
    };
    const float top = y;
    line("staff.learner.code", l.code);
    line("staff.learner.name", l.details.full_name);
    line("staff.learner.birth_year", year_text(l));
    line("staff.learner.phone", l.details.phone);
    line("staff.learner.ward", l.details.ward);
    line("staff.learner.member", ui.t(l.details.union_member ? "staff.learner.yes" : "staff.learner.no"));
    line("staff.learner.registered", staff_time_text(ui, l.created_ms));
    if (erased)
        y += text_block(ui, fill(ui.t("staff.learner.erased"), {{"date", staff_time_text(ui, *l.erased_ms)}}),
                        ui.fonts.bold, area.x, y, lw, p.danger);
    y += pad;
    if (big_button(ui, ui.t("staff.learner.sessions"), Rect{area.x, y, lw, h}, ButtonKind::Primary))
        out.push_back(app::ev::StaffFilterLearner{l.id, l.code});
    y += h + pad;
    if (!erased) {
        if (big_button(ui, ui.t("staff.learner.edit"), Rect{area.x, y, lw, h}, ButtonKind::Secondary))
            out.push_back(app::ev::StaffEditLearner{});
        y += h + pad;
        if (big_button(ui, ui.t("staff.learner.erase"), Rect{area.x, y, lw, h}, ButtonKind::Danger))
            out.push_back(app::ev::StaffEraseLearner{});
    }

    const float rx = area.x + lw + pad * 2, rw = area.w - lw - pad * 2;
    float ry = top;
    ry += text_block(ui, ui.t("staff.learner.progress"), ui.fonts.bold, rx, ry, rw, p.text) + 4;
    if (st.data->progress.empty()) text_block(ui, ui.t("staff.learner.no_progress"), f, rx, ry, rw, p.text_muted);
    for (std::size_t i = 0; i < st.data->progress.size(); ++i) {
        const auto& lp = st.data->progress[i];
        const std::string title = i < st.data->lesson_titles.size() ? st.data->lesson_titles[i] : lp.lesson_id;
        ry += text_block(ui,
                         fill(ui.t("staff.learner.progress_row"),
                              {{"lesson", title},
                               {"runs", std::to_string(lp.runs)},
                               {"step", std::to_string(lp.furthest_step + 1)},
                               {"done", ui.t(lp.completed ? "staff.learner.done" : "staff.learner.not_done")}}),
                         f, rx, ry, rw, lp.completed ? p.success : p.text) +
              4;
    }

    // Erasure asks twice, in a modal card.
    if (st.erase_confirmations > 0) {
        const float cw = std::min(ui.width * 0.6f, ui.width - 2 * ui.m().margin);
        const Rect card = begin_overlay(ui, "erase", cw, h * 4.5f);
        const bool second = st.erase_confirmations >= 2;
        text_block(ui, ui.t(second ? "staff.learner.erase_confirm2" : "staff.learner.erase_confirm1"), ui.fonts.bold,
                   card.x + pad * 2, card.y + pad * 2, card.w - pad * 4, p.text);
        const float by = card.y + card.h - h - pad * 2, bw2 = (card.w - pad * 6) / 2;
        if (big_button(ui, ui.t("staff.learner.cancel"), Rect{card.x + pad * 2, by, bw2, h}, ButtonKind::Secondary))
            out.push_back(app::ev::StaffCancel{});
        if (big_button(ui, ui.t(second ? "staff.learner.erase_yes2" : "staff.learner.erase_yes1"),
                       Rect{card.x + pad * 4 + bw2, by, bw2, h}, ButtonKind::Danger))
            out.push_back(app::ev::StaffEraseLearner{});
        end_overlay();
    }
}

void draw_staff_learner_edit(const UiContext& ui, const app::StaffState& st, Rect area, Events& out) {
    const Palette& p = ui.p();
    const float h = staff_target_h(ui);
    const float pad = ui.m().gap / 2;
    float y = area.y;
    y += staff_notice(ui, st, area.x, y, area.w);
    using F = app::LearnerField;
    struct Row {
        F field;
        const char* key;
        const std::string* value;
    };
    const Row rows[] = {{F::Name, "staff.learner.name", &st.edit.full_name},
                        {F::BirthYear, "staff.learner.birth_year", &st.edit_birth_year},
                        {F::Phone, "staff.learner.phone", &st.edit.phone},
                        {F::Ward, "staff.learner.ward", &st.edit.ward}};
    const float label_w = area.w * 0.2f;
    const float field_w = area.w * 0.5f;
    for (const Row& r : rows) {
        // The label is the button that selects the field; the box shows what is typed.
        const bool active = st.edit_field == r.field;
        if (big_button(ui, ui.t(r.key), Rect{area.x, y, label_w, h},
                       active ? ButtonKind::Primary : ButtonKind::Secondary))
            out.push_back(app::ev::StaffEditField{r.field});
        field_box(ui, Rect{area.x + label_w + pad, y, field_w, h}, *r.value, active);
        y += h + pad / 2;
    }
    text_block(
        ui, ui.t("staff.learner.member") + ": " + ui.t(st.edit.union_member ? "staff.learner.yes" : "staff.learner.no"),
        ui.fonts.bold, area.x, y + (h - ui.fonts.bold->FontSize) / 2, label_w + field_w, p.text);
    if (big_button(ui, ui.t("staff.learner.toggle_member"),
                   Rect{area.x + label_w + field_w - label_w + pad, y, label_w, h}, ButtonKind::Secondary))
        out.push_back(app::ev::StaffToggleMember{});
    // Save and cancel at the right.
    const float bx = area.x + label_w + field_w + pad * 3, bw = area.x + area.w - bx;
    if (big_button(ui, ui.t("staff.learner.save"), Rect{bx, area.y, bw, h}, ButtonKind::Primary))
        out.push_back(app::ev::StaffSaveLearner{});
    if (big_button(ui, ui.t("staff.learner.cancel"), Rect{bx, area.y + h + pad, bw, h}, ButtonKind::Secondary))
        out.push_back(app::ev::StaffCancel{});
    const float kb_h = keyboard_height(ui, st.keyboard, area.h * 0.55f);
    keyboard_widget(ui, st.keyboard, Rect{area.x, area.y + area.h - kb_h, area.w, kb_h}, out);
}

}  // namespace tramso::ui
