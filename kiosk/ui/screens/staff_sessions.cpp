// Staff mode: the sessions list (filters by day, lesson, learner and end reason; big
// rows; drag or buttons to scroll; pages) and one session's timeline.
#include <imgui.h>
#include <algorithm>
#include <cstdio>

#include "ui/screens/staff_ui.h"

namespace tramso::ui {
namespace {

std::string minutes(Millis ms) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", double(ms) / 60'000.0);
    return buf;
}

std::string session_minutes(const store::SessionRow& r) {
    return r.ended_ms ? minutes(*r.ended_ms - r.started_ms) : "…";
}

}  // namespace

void draw_staff_sessions(const UiContext& ui, const app::StaffState& st, Rect area, Events& out) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    const float h = staff_target_h(ui);
    const float pad = m.gap / 2;
    const app::StaffSessionFilter& f = st.filter;

    // Filter bar.
    float x = area.x;
    const float y = area.y;
    auto button = [&](const std::string& label, float w, ButtonKind kind = ButtonKind::Secondary) {
        const bool hit = big_button(ui, label, Rect{x, y, w, h}, kind);
        x += w + pad;
        return hit;
    };
    const float unit = (area.w - pad * 6) / 7;
    if (button(ui.t("staff.sessions.older"), unit)) out.push_back(app::ev::StaffFilterDay{+1});
    const std::string day = !f.days_ago ? ui.t("staff.sessions.all_days")
                            : *f.days_ago == 0
                                ? ui.t("staff.sessions.today")
                                : fill(ui.t("staff.sessions.days_ago"), {{"n", std::to_string(*f.days_ago)}});
    if (button(day, unit, f.days_ago ? ButtonKind::Primary : ButtonKind::Secondary))
        out.push_back(app::ev::StaffFilterDay{0, true});
    if (button(ui.t("staff.sessions.newer"), unit)) out.push_back(app::ev::StaffFilterDay{-1});
    std::string lesson = ui.t("staff.sessions.all_lessons");
    if (!f.lesson_id.empty()) lesson = f.lesson_id;
    if (button(lesson, unit * 1.5f, f.lesson_id.empty() ? ButtonKind::Secondary : ButtonKind::Primary))
        out.push_back(app::ev::StaffFilterLesson{});
    const std::string reason =
        f.end_reason.empty() ? ui.t("staff.sessions.all_reasons") : staff_reason_text(ui, f.end_reason);
    if (button(reason, unit * 1.5f, f.end_reason.empty() ? ButtonKind::Secondary : ButtonKind::Primary))
        out.push_back(app::ev::StaffFilterReason{});
    if (f.learner_id && button(fill(ui.t("staff.sessions.learner"), {{"code", f.learner_label}}), area.x + area.w - x,
                               ButtonKind::Accent))
        out.push_back(app::ev::StaffFilterLearner{std::nullopt});

    float ly = y + h + pad;
    if (!st.data) return;
    const store::SessionPage& page = st.data->sessions;
    // Count and paging on one line at the bottom.
    const float bottom = area.y + area.h - h;
    const float pw = std::max(h * 3, area.w * 0.2f);
    if (f.offset > 0 &&
        big_button(ui, ui.t("staff.sessions.prev_page"), Rect{area.x, bottom, pw, h}, ButtonKind::Secondary, "back"))
        out.push_back(app::ev::StaffSessionsPage{-1});
    if (f.offset + app::kStaffSessionsPerPage < page.total &&
        big_button(ui, ui.t("staff.sessions.next_page"), Rect{area.x + area.w - pw, bottom, pw, h},
                   ButtonKind::Secondary, "next"))
        out.push_back(app::ev::StaffSessionsPage{+1});
    char range[64];
    std::snprintf(range, sizeof range, " (%d–%d)", page.rows.empty() ? 0 : f.offset + 1,
                  f.offset + int(page.rows.size()));
    text_block(ui, fill(ui.t("staff.sessions.count"), {{"n", std::to_string(page.total)}}) + range, ui.fonts.bold,
               area.x + pw + pad, bottom + (h - ui.fonts.bold->FontSize) / 2, area.w - 2 * pw - 2 * pad, p.text,
               Align::Center);

    const Rect list{area.x, ly, area.w, bottom - pad - ly};
    if (page.rows.empty()) {
        text_block(ui, ui.t("staff.sessions.none"), ui.fonts.body, list.x, list.y, list.w, p.text_muted);
        return;
    }
    begin_scroll_area(ui, "sessions", list);
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float w = list.w - scroll_buttons_width(ui) - pad;
    float ry = o.y;
    for (const auto& r : page.rows) {
        const std::string who =
            r.learner_id ? (r.learner_name.empty() ? r.learner_code : r.learner_name + " (" + r.learner_code + ")")
                         : ui.t("staff.sessions.anonymous");
        const std::string text = "#" + std::to_string(r.id) + "  " +
                                 fill(ui.t("staff.sessions.row"), {{"time", staff_time_text(ui, r.started_ms)},
                                                                   {"minutes", session_minutes(r)},
                                                                   {"learner", who},
                                                                   {"lessons", std::to_string(r.lesson_runs)},
                                                                   {"done", std::to_string(r.lessons_completed)},
                                                                   {"reason", staff_reason_text(ui, r.end_reason)}});
        const Rect row{o.x, ry, w, h};
        if (big_button(ui, text, row, ButtonKind::Ghost)) out.push_back(app::ev::StaffOpenSession{r.id});
        ui.registry.add_widget("session:" + std::to_string(r.id), row);  // a stable name for tests
        ry += h + pad / 2;
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, ry));
    ImGui::Dummy(ImVec2(w, 1));
    end_scroll_area(ui);
}

// What an event was about, in words where this build knows them: the end reason, the
// language, the lesson's title; anything else (a phone element id, an answer) as stored.
static std::string timeline_target(const UiContext& ui, const app::StaffData& d, const store::TimelineEvent& e) {
    if (e.kind == "session_end") return staff_reason_text(ui, e.target);
    if (e.kind == "lesson_left")
        return e.target == "home" || e.target == "back" ? ui.t("staff.left." + e.target)
                                                        : staff_reason_text(ui, e.target);
    if (e.kind == "help_closed")
        return e.target == "back" || e.target == "staff" ? ui.t("staff.help.closed_" + e.target)
                                                         : staff_reason_text(ui, e.target);
    if (e.kind == "idle_warning" || e.kind == "help_requested" || (e.kind == "listen_pressed" && !e.step)) {
        const std::string key = "staff.screen." + e.target;
        if (const std::string& name = ui.t(key); name != "[" + key + "]") return name;
    }
    if ((e.kind == "session_start" || e.kind == "language_switched") && (e.target == "vi" || e.target == "en"))
        return ui.t("staff.maintenance." + e.target);
    if (auto it = d.timeline_lessons.find(e.target); it != d.timeline_lessons.end()) return it->second;
    return e.target;
}

void draw_staff_session_detail(const UiContext& ui, const app::StaffState& st, Rect area, Events& out) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    const float h = staff_target_h(ui);
    const float pad = m.gap / 2;
    const float bw = std::max(h * 3, area.w * 0.18f);
    if (big_button(ui, ui.t("staff.back"), Rect{area.x, area.y, bw, h}, ButtonKind::Secondary, "back"))
        out.push_back(app::ev::StaffGo{app::StaffPage::Sessions});
    text_block(ui, fill(ui.t("staff.sessions.detail"), {{"id", std::to_string(st.session_id)}}), ui.fonts.heading,
               area.x + bw + pad, area.y + (h - ui.fonts.heading->FontSize) / 2, area.w - bw - pad, p.text);
    if (!st.data) return;
    const app::StaffData& d = *st.data;
    const Rect body{area.x, area.y + h + pad, area.w, area.h - h - pad};
    begin_scroll_area(ui, "timeline", body);
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const float w = body.w - scroll_buttons_width(ui) - pad;
    float y = o.y;
    ImFont* f = ui.fonts.small;
    if (d.session) {
        const auto& r = *d.session;
        y += text_block(ui,
                        fill(ui.t("staff.sessions.started"), {{"time", staff_time_text(ui, r.started_ms)},
                                                              {"minutes", session_minutes(r)},
                                                              {"reason", staff_reason_text(ui, r.end_reason)}}),
                        ui.fonts.bold, o.x, y, w, p.text);
        if (r.learner_id)
            y += text_block(ui, r.learner_name.empty() ? r.learner_code : r.learner_name + " (" + r.learner_code + ")",
                            ui.fonts.bold, o.x, y, w, p.text);
        y += pad;
    }
    y += text_block(ui, ui.t("staff.sessions.steps"), ui.fonts.bold, o.x, y, w, p.text) + 4;
    for (const auto& s : d.steps) {
        y += text_block(ui,
                        fill(ui.t("staff.sessions.step_row"), {{"lesson", s.lesson_title},
                                                               {"step", std::to_string(s.step + 1)},
                                                               {"seconds", std::to_string(s.ms / 1000)},
                                                               {"taps", std::to_string(s.taps)},
                                                               {"wrong_taps", std::to_string(s.wrong_taps)},
                                                               {"answers", std::to_string(s.answers)},
                                                               {"wrong_answers", std::to_string(s.wrong_answers)},
                                                               {"hints", std::to_string(s.hints)}}),
                        f, o.x, y, w, p.text) +
             2;
    }
    y += pad;
    y += text_block(ui, ui.t("staff.sessions.events"), ui.fonts.bold, o.x, y, w, p.text) + 4;
    if (d.timeline.empty()) y += text_block(ui, ui.t("staff.sessions.no_events"), f, o.x, y, w, p.text_muted);
    const Millis t0 = d.timeline.empty() ? 0 : d.timeline.front().at_ms;
    for (const auto& e : d.timeline) {
        const long long s = (e.at_ms - t0) / 1000;
        char line[96];
        std::snprintf(line, sizeof line, "+%lld:%02lld  ", s / 60, s % 60);
        // Kinds this build names get words; a kind from a newer build shows as stored.
        const std::string key = "staff.event." + e.kind;
        const std::string& name = ui.t(key);
        std::string text = line + (name == "[" + key + "]" ? e.kind : name);
        if (e.step) text += "  " + fill(ui.t("staff.sessions.event_step"), {{"n", std::to_string(*e.step + 1)}});
        if (!e.target.empty()) text += "  " + timeline_target(ui, d, e);
        if (e.ok) text += "  " + ui.t(*e.ok ? "staff.sessions.right" : "staff.sessions.wrong");
        if (e.duration_ms) text += "  " + std::to_string(*e.duration_ms / 1000) + " s";
        y += text_block(ui, text, f, o.x, y, w, e.ok == false ? p.danger : p.text) + 1;
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, y));
    ImGui::Dummy(ImVec2(w, 1));
    end_scroll_area(ui);
}

}  // namespace tramso::ui
