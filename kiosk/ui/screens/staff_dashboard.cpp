// Staff mode: the dashboard. Figures for today / 7 / 30 days, charts drawn with
// plain axis-aligned rectangles (the software renderer fills those fast, see fast_fill.h),
// today's help requests (the open one first), station health and warnings. Two columns in one scroll area (drag or
// Up/Down buttons).
#include <imgui.h>
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/civil_time.h"
#include "ui/screens/staff_ui.h"

namespace tramso::ui {
namespace {

void bar(ImDrawList* dl, float x0, float y0, float x1, float y1, Rgb c) {
    if (x1 > x0 && y1 > y0) dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1), to_imgui_colour(c));
}

std::string minutes_text(const std::optional<double>& m) {
    if (!m) return "—";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", *m);
    return buf;
}

float figures_table(const UiContext& ui, const app::StaffDashboard& d, float x, float y, float w) {
    const Palette& p = ui.p();
    ImFont* f = ui.fonts.small;
    const float row = f->FontSize * 1.45f;
    const float label_w = w * 0.46f;
    const float col = (w - label_w) / 3;
    const app::PeriodFigures* periods[3] = {&d.today, &d.week, &d.month};
    const char* heads[3] = {"staff.dash.today", "staff.dash.week", "staff.dash.month"};
    for (int c = 0; c < 3; ++c)
        text_block(ui, ui.t(heads[c]), ui.fonts.bold, x + label_w + col * float(c), y, col, p.text, Align::Right);
    y += ui.fonts.bold->FontSize * 1.3f;
    struct Line {
        const char* key;
        std::string (*value)(const app::PeriodFigures&);
    };
    const Line lines[] = {
        {"staff.dash.sessions", [](const app::PeriodFigures& f) { return std::to_string(f.sessions); }},
        {"staff.dash.registered", [](const app::PeriodFigures& f) { return std::to_string(f.registered_learners); }},
        {"staff.dash.anonymous", [](const app::PeriodFigures& f) { return std::to_string(f.anonymous_sessions); }},
        {"staff.dash.completed", [](const app::PeriodFigures& f) { return std::to_string(f.lessons_completed); }},
        {"staff.dash.median", [](const app::PeriodFigures& f) { return minutes_text(f.median_minutes); }},
        {"staff.dash.idle", [](const app::PeriodFigures& f) { return std::to_string(f.ended_by_idle); }},
    };
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int i = 0;
    for (const Line& l : lines) {
        if (i++ % 2 == 0) bar(dl, x, y, x + w, y + row, p.background);  // zebra rows
        text_block(ui, ui.t(l.key), f, x + 4, y + (row - f->FontSize) / 2, label_w, p.text);
        for (int c = 0; c < 3; ++c)
            text_block(ui, l.value(*periods[c]), f, x + label_w + col * float(c), y + (row - f->FontSize) / 2, col - 4,
                       p.text, Align::Right);
        y += row;
    }
    return y;
}

// Vertical bars with every `label_every`th label underneath; returns the bottom.
float bar_chart(const UiContext& ui, const std::string& title, const std::vector<int>& values,
                const std::vector<std::string>& labels, int label_every, float x, float y, float w, float h) {
    const Palette& p = ui.p();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    y += text_block(ui, title, ui.fonts.bold, x, y, w, p.text) + 4;
    ImFont* f = ui.fonts.small;
    const int top = std::max(1, *std::max_element(values.begin(), values.end()));
    const float axis_w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, std::to_string(top).c_str()).x + 6;
    const float chart_x = x + axis_w, chart_w = w - axis_w;
    const float slot = chart_w / float(values.size());
    const float base = y + h;
    text_block(ui, std::to_string(top), f, x, y - f->FontSize * 0.3f, axis_w - 4, p.text_muted, Align::Right);
    text_block(ui, "0", f, x, base - f->FontSize, axis_w - 4, p.text_muted, Align::Right);
    bar(dl, chart_x, y, chart_x + chart_w, y + 1, p.secondary);  // the top guide line
    for (std::size_t i = 0; i < values.size(); ++i) {
        const float bx = chart_x + slot * float(i);
        const float bh = h * float(values[i]) / float(top);
        bar(dl, std::floor(bx + slot * 0.15f), std::floor(base - bh), std::floor(bx + slot * 0.85f), base, p.primary);
        if (int(i) % label_every == 0 && i < labels.size()) {
            const float lw = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, labels[i].c_str()).x;
            dl->AddText(f, f->FontSize, ImVec2(bx + slot / 2 - lw / 2, base + 2), to_imgui_colour(p.text_muted),
                        labels[i].c_str());
        }
    }
    bar(dl, chart_x, base, chart_x + chart_w, base + 2, p.border);
    return base + f->FontSize * 1.3f;
}

// One line per lesson: its title, then a bar per step, as tall as the share of runs that got
// there. Where the bars fall is where learners give up.
float funnels(const UiContext& ui, const app::StaffDashboard& d, float x, float y, float w) {
    const Palette& p = ui.p();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    y += text_block(ui, ui.t("staff.dash.funnel"), ui.fonts.bold, x, y, w, p.text) + 4;
    if (d.funnels.empty())
        return y + text_block(ui, ui.t("staff.dash.funnel_none"), ui.fonts.small, x, y, w, p.text_muted) + 4;
    ImFont* f = ui.fonts.small;
    const float bars_h = f->FontSize * 1.6f;
    for (const auto& fun : d.funnels) {
        const int started = fun.reached.empty() ? 0 : fun.reached[0];
        const int finished = fun.reached.empty() ? 0 : fun.reached.back();
        y += text_block(
            ui,
            fill(ui.t("staff.dash.funnel_row"),
                 {{"title", fun.title}, {"started", std::to_string(started)}, {"finished", std::to_string(finished)}}),
            f, x, y, w, p.text);
        const float slot = w / float(std::max<std::size_t>(fun.reached.size(), 1));
        for (std::size_t i = 0; i < fun.reached.size(); ++i) {
            const float share = started ? float(fun.reached[i]) / float(started) : 0;
            const float bx = x + slot * float(i);
            bar(dl, std::floor(bx + 1), y, std::floor(bx + slot - 1), y + bars_h, p.background);
            bar(dl, std::floor(bx + 1), std::floor(y + bars_h * (1 - share)), std::floor(bx + slot - 1), y + bars_h,
                p.accent);
        }
        y += bars_h + 6;
    }
    return y;
}

std::string local_clock(const UiContext& ui, Millis wall_ms) {
    return clock_text(local_date_time(wall_ms, ui.config.hours.utc_offset_minutes).minute_of_day());
}

// Where she asked from, in words: the lesson and step, else the screen.
std::string help_where(const UiContext& ui, const std::string& screen, const std::string& lesson,
                       std::optional<int> step) {
    if (!lesson.empty() && step)
        return fill(ui.t("staff.help.where_lesson"), {{"lesson", lesson}, {"step", std::to_string(*step + 1)}});
    const std::string key = "staff.screen." + screen;
    const std::string& name = ui.t(key);
    return name == "[" + key + "]" ? screen : name;
}

// "Nhờ cán bộ giúp" today: the open request in large red type, then the count and each request.
float help_requests(const UiContext& ui, const app::StaffDashboard& d, const std::optional<app::HelpWait>& open,
                    float x, float y, float w) {
    const Palette& p = ui.p();
    ImFont* f = ui.fonts.small;
    y += text_block(ui, ui.t("staff.help.title"), ui.fonts.bold, x, y, w, p.text) + 4;
    if (open) {
        const long long minutes = std::max<Millis>(0, ui.wall_now_ms - open->asked_wall_ms) / 60'000;
        y += text_block(
                 ui,
                 fill(ui.t("staff.help.open"), {{"where", help_where(ui, open->screen, open->lesson_title, open->step)},
                                                {"time", local_clock(ui, open->asked_wall_ms)},
                                                {"minutes", std::to_string(minutes)}}),
                 ui.fonts.heading, x, y, w, p.danger) +
             4;
    }
    if (d.help_today.empty() && !open) return y + text_block(ui, ui.t("staff.help.none"), f, x, y, w, p.text_muted) + 2;
    y += text_block(ui, fill(ui.t("staff.help.count"), {{"n", std::to_string(d.help_today.size())}}), f, x, y, w,
                    p.text) +
         2;
    for (const auto& h : d.help_today) {
        std::string how = ui.t("staff.help.still_open");
        if (h.closed_how == "back" || h.closed_how == "staff")
            how = ui.t("staff.help.closed_" + h.closed_how);
        else if (!h.closed_how.empty())
            how = staff_reason_text(ui, h.closed_how);
        y += text_block(ui,
                        fill(ui.t("staff.help.row"), {{"time", local_clock(ui, h.at_ms)},
                                                      {"where", help_where(ui, h.screen, h.lesson_id, h.step)},
                                                      {"how", how}}),
                        f, x, y, w, h.closed_how.empty() ? p.danger : p.text) +
             2;
    }
    return y;
}

}  // namespace

void draw_staff_dashboard(const UiContext& ui, const app::StaffState& st, const std::optional<app::HelpWait>& open_help,
                          Rect area, Events&) {
    if (!st.data || !st.data->dashboard) return;
    const app::StaffDashboard& d = *st.data->dashboard;
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    begin_scroll_area(ui, "dashboard", area);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float inner_w = area.w - scroll_buttons_width(ui) - m.gap / 2;
    const float pad = m.gap / 2;
    const float left_w = inner_w * 0.56f - pad / 2, right_w = inner_w - left_w - pad;
    const float lx = origin.x, rx = origin.x + left_w + pad;
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // Left: figures and the two time charts, on one white card (drawn behind, sized after).
    const float chart_h = std::max(ui.height * 0.16f, ui.fonts.small->FontSize * 4);
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    float y = origin.y + pad;
    y = figures_table(ui, d, lx + pad, y, left_w - 2 * pad) + pad * 2;
    y = bar_chart(ui, ui.t("staff.dash.per_day"), d.sessions_per_day, d.day_labels, 5, lx + pad, y, left_w - 2 * pad,
                  chart_h) +
        pad;
    std::vector<int> hours(d.by_hour.begin(), d.by_hour.end());
    std::vector<std::string> hour_labels;
    for (int h = 0; h < 24; ++h) hour_labels.push_back(std::to_string(h) + "h");
    y = bar_chart(ui, ui.t("staff.dash.by_hour"), hours, hour_labels, 3, lx + pad, y, left_w - 2 * pad, chart_h) + pad;
    y = funnels(ui, d, lx + pad, y, left_w - 2 * pad) + pad;
    const float left_bottom = y;

    // Right: help requests, health, warnings, quiz questions most often wrong.
    float ry = origin.y + pad;
    ImFont* f = ui.fonts.small;
    ry = help_requests(ui, d, open_help, rx + pad, ry, right_w - 2 * pad) + pad;
    ry += text_block(ui, ui.t("staff.dash.health"), ui.fonts.bold, rx + pad, ry, right_w - 2 * pad, p.text) + 4;
    // The printer and the voice as the running kiosk saw them (the app knows, not the store).
    std::vector<app::HealthLine> health = d.health;
    for (auto& line : health)
        if (line.label_key == "staff.health.printer" && ui.printer_status) {
            const PrinterStatus& ps = *ui.printer_status;
            if (!ps.configured) {
                line.value = ui.t("staff.health.printer_none");
            } else {
                line.value = ps.printer + " · " +
                             ui.strings.format(ui.lang, "staff.health.printer_printed",
                                               {{"printed", std::to_string(ps.printed)}});
                if (!ps.ready) line.value += "\n" + ui.t("staff.health.printer_error") + ps.last_error;
                line.problem = !ps.ready;
            }
        }
    if (ui.voice_status) {
        std::string value = ui.t(ui.voice_status->string_key());
        if (!ui.voice_status->ok() && !ui.voice_status->detail.empty()) value += "\n" + ui.voice_status->detail;
        health.push_back({"staff.health.voice", value, !ui.voice_status->ok() && ui.config.voice.enabled});
    }
    for (const auto& line : health) {
        // The row is as tall as what was drawn (a long printer path wraps onto several lines).
        const float col = (right_w - 2 * pad) * 0.5f;
        const float label_h = text_block(ui, ui.t(line.label_key), f, rx + pad, ry, col, p.text_muted);
        const float value_h = text_block(ui, line.value, line.problem ? ui.fonts.bold : f, rx + pad + col, ry, col,
                                         line.problem ? p.danger : p.text);
        ry += std::max(label_h, value_h) + 2;
    }
    ry += pad;
    ry += text_block(ui, ui.t("staff.dash.warnings"), ui.fonts.bold, rx + pad, ry, right_w - 2 * pad, p.text) + 4;
    if (d.warnings.empty() && d.notices.empty())
        ry += text_block(ui, ui.t("staff.dash.no_warnings"), f, rx + pad, ry, right_w - 2 * pad, p.success) + 2;
    for (const auto& n : d.notices)
        ry += text_block(ui, "• " + ui.strings.format(ui.lang, n.key, n.args), n.problem ? ui.fonts.bold : f, rx + pad,
                         ry, right_w - 2 * pad, n.problem ? p.danger : p.text) +
              2;
    for (const auto& w : d.warnings) ry += text_block(ui, "• " + w, f, rx + pad, ry, right_w - 2 * pad, p.danger) + 2;
    ry += pad;
    ry += text_block(ui, ui.t("staff.dash.quiz"), ui.fonts.bold, rx + pad, ry, right_w - 2 * pad, p.text) + 4;
    if (d.quiz_misses.empty())
        ry += text_block(ui, ui.t("staff.dash.quiz_none"), f, rx + pad, ry, right_w - 2 * pad, p.text_muted) + 2;
    for (const auto& q : d.quiz_misses) {
        // A bar behind each line: its share of wrong answers.
        const float share = q.answers ? float(q.wrong) / float(q.answers) : 0;
        const std::string text = fill(ui.t("staff.dash.quiz_row"), {{"lesson", q.lesson_title},
                                                                    {"step", std::to_string(q.step + 1)},
                                                                    {"wrong", std::to_string(q.wrong)},
                                                                    {"answers", std::to_string(q.answers)}});
        const float th = text_height(f, text, right_w - 2 * pad);
        bar(dl, rx + pad, ry + th, rx + pad + (right_w - 2 * pad) * share, ry + th + 4, p.danger);
        ry += th + 10;
    }
    const float right_bottom = ry + pad;

    dl->ChannelsSetCurrent(0);
    staff_panel(ui, Rect{lx, origin.y, left_w, left_bottom - origin.y});
    staff_panel(ui, Rect{rx, origin.y, right_w, right_bottom - origin.y});
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(origin.x, std::max(left_bottom, right_bottom) + pad));
    ImGui::Dummy(ImVec2(inner_w, 1));
    end_scroll_area(ui);
}

}  // namespace tramso::ui
