// Returning learner screens: how to find her (code, phone + year, name + year), the
// entry screens, the list when several people match, and her own page: "Chào chị …", her
// lessons and the button that resumes the one she left unfinished.
#include <imgui.h>
#include <algorithm>

#include "app/home_entries.h"
#include "ui/pictograms.h"
#include "ui/screens/entry_widgets.h"
#include "ui/screens/register_frame.h"
#include "ui/screens/register_parts.h"
#include "ui/widgets.h"

namespace tramso::ui {

namespace {

using app::ReturnStep;

FrameSpec entry_spec(const UiContext& ui, const std::string& question, const std::string& hint,
                     const std::string& problem, bool searches) {
    FrameSpec f;
    f.title = ui.t("returning.title") + " · " + question;
    f.speech = join_speech({question, hint, problem});
    f.back_label = ui.t("common.back");
    f.next_label = ui.t(searches ? "returning.find" : "common.next");
    f.next_icon = searches ? "search" : "next";
    return f;
}

void frame_events(const FrameResult& fr, Events& out) {
    if (fr.back) out.push_back(app::ev::Back{});
    if (fr.next) out.push_back(app::ev::Next{});
}

void draw_choose(const UiContext& ui, Events& out) {
    FrameSpec f;
    f.title = ui.t("returning.choose");
    f.speech = join_speech(
        {ui.t("returning.choose"), ui.t("returning.by_code"), ui.t("returning.by_phone"), ui.t("returning.by_name")});
    f.back_label = ui.t("common.back");
    const FrameResult fr = register_frame(ui, "returning-choose", f, out);
    const Metrics& m = ui.m();
    const struct {
        const char* key;
        const char* icon;
        ReturnStep method;
    } ways[] = {{"returning.by_code", "key", ReturnStep::Code},
                {"returning.by_phone", "phone", ReturnStep::Phone},
                {"returning.by_name", "user", ReturnStep::Name}};
    const float bw = std::min(fr.body.w, m.px_per_mm * 200);
    const float bh = std::min(m.button_height * 1.3f, (fr.body.h - 2 * m.gap) / 3);
    float y = fr.body.y + std::max(0.0f, (fr.body.h - 3 * bh - 2 * m.gap) / 2);
    for (const auto& w : ways) {
        if (big_button(ui, ui.t(w.key), Rect{fr.body.x + (fr.body.w - bw) / 2, y, bw, bh}, ButtonKind::Ghost, w.icon))
            out.push_back(app::ev::ChooseReturnMethod{w.method});
        y += bh + m.gap;
    }
    frame_events(fr, out);
    end_screen();
}

void draw_digits(const UiContext& ui, const app::Returning& r, Events& out) {
    const bool code = r.step == ReturnStep::Code;
    const bool year = r.step == ReturnStep::PhoneYear || r.step == ReturnStep::NameYear;
    const std::string question = ui.t(code ? "returning.q_code" : year ? "returning.q_year" : "returning.q_phone");
    const std::string hint = code ? ui.t("returning.q_code_hint") : year ? ui.t("register.q_year_hint") : "";
    const std::string problem = problem_text(ui, r.problem, 0, r.phone.size());
    const FrameResult fr = register_frame(ui,
                                          code   ? "returning-code"
                                          : year ? "returning-year"
                                                 : "returning-phone",
                                          entry_spec(ui, question, hint, problem, code || year), out);
    const std::string shown = code ? r.code : year ? r.birth_year : format_phone(r.phone);
    digits_entry(ui, fr.body, shown, hint, problem, out, code);
    frame_events(fr, out);
    end_screen();
}

void draw_name(const UiContext& ui, const app::Returning& r, Events& out) {
    const std::string problem = problem_text(ui, r.problem, 0, 0);
    const FrameResult fr =
        register_frame(ui, "returning-name", entry_spec(ui, ui.t("returning.q_name"), "", problem, false), out);
    name_entry(ui, fr.body, r.name, problem, out);
    frame_events(fr, out);
    end_screen();
}

std::string match_line(const UiContext& ui, const app::FoundLearner& l) {
    std::string line = l.name;
    if (l.birth_year)
        line += " · " + ui.strings.format(ui.lang, "returning.result_year", {{"year", std::to_string(*l.birth_year)}});
    if (!l.ward.empty()) line += " · " + l.ward;
    return line;
}

void draw_results(const UiContext& ui, const app::Returning& r, Events& out) {
    std::vector<std::string> speech{ui.t("returning.results")};
    for (const auto& l : r.matches) speech.push_back(match_line(ui, l));
    FrameSpec f;
    f.title = ui.t("returning.results");
    f.speech = join_speech(speech);
    f.back_label = ui.t("common.back");
    const FrameResult fr = register_frame(ui, "returning-results", f, out);
    const Metrics& m = ui.m();
    begin_scroll_area(ui, "matches", fr.body);
    const float w = fr.body.w - scroll_buttons_width(ui) - m.gap;
    const ImVec2 o = ImGui::GetCursorScreenPos();
    float y = o.y;
    for (const auto& l : r.matches) {
        if (big_button(ui, match_line(ui, l), Rect{o.x, y, w, m.button_height}, ButtonKind::Ghost, "user"))
            out.push_back(app::ev::PickLearner{l.id});
        y += m.button_height + m.gap;
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, y));
    ImGui::Dummy(ImVec2(w, 1));
    end_scroll_area(ui);
    frame_events(fr, out);
    end_screen();
}

// "Nguyễn Thị Hoà" → "Hoà": she is greeted by her given name, the last word.
std::string given_name(const std::string& full) {
    const auto end = full.find_last_not_of(' ');
    if (end == std::string::npos) return full;
    const auto start = full.find_last_of(' ', end);
    return full.substr(start == std::string::npos ? 0 : start + 1,
                       end + 1 - (start == std::string::npos ? 0 : start + 1));
}

void draw_welcome(const UiContext& ui, const app::State& s, const app::Returning& r, Events& out) {
    const std::string name = s.learner ? given_name(s.learner->name) : "";
    const std::string hello = ui.strings.format(ui.lang, "returning.welcome", {{"name", name}});
    const app::ResumeAt* resume = r.resume ? &*r.resume : nullptr;
    std::vector<std::string> speech{hello};
    struct Line {
        std::string title, status;
        bool done;
    };
    std::vector<Line> lines;
    for (const auto& p : r.progress) {
        const std::string status =
            p.completed ? ui.t("returning.progress_done")
                        : ui.strings.format(ui.lang, "returning.progress_at",
                                            {{"n", std::to_string(std::min(p.furthest_step + 1, p.total_steps))},
                                             {"total", std::to_string(p.total_steps)}});
        lines.push_back({p.title.get(ui.lang), status, p.completed});
    }
    if (resume) speech.push_back(ui.t("returning.resume_intro") + " " + resume->title.get(ui.lang));
    speech.push_back(lines.empty() && !r.awaiting ? ui.t("returning.no_progress") : ui.t("returning.your_progress"));
    for (const Line& l : lines) speech.push_back(l.title + ": " + l.status);

    FrameSpec f;
    f.title = hello;
    f.speech = join_speech(speech);
    f.back_label = ui.t("returning.choose_lesson");
    // Never a dead end: with nothing to continue, the forward button starts the first lesson
    // she has not finished, named.
    const app::HomeEntry* first_lesson = resume ? nullptr : app::learn_now_entry(s);
    if (resume)
        f.next_label = ui.t("returning.resume");
    else if (first_lesson && !r.awaiting)
        f.next_label =
            ui.strings.format(ui.lang, "home_learner.learn_now_lesson", {{"lesson", first_lesson->title.get(ui.lang)}});
    f.home_button = false;
    const FrameResult fr = register_frame(ui, "returning-welcome", f, out);
    const Metrics& m = ui.m();
    const Palette& p = ui.p();
    float y = fr.body.y;
    if (r.awaiting) {
        text_block(ui, ui.t("returning.searching"), ui.fonts.body, fr.body.x, y, fr.body.w, p.text_muted);
    } else {
        if (resume) {
            // The lesson she left unfinished, named big; "Học tiếp" (Next) is the one action.
            y += text_block(ui, ui.t("returning.resume_intro"), ui.fonts.body, fr.body.x, y, fr.body.w, p.text_muted) +
                 m.gap / 4;
            y +=
                text_block(ui, resume->title.get(ui.lang), ui.fonts.heading, fr.body.x, y, fr.body.w, p.accent) + m.gap;
        }
        y += text_block(ui, lines.empty() ? ui.t("returning.no_progress") : ui.t("returning.your_progress"),
                        ui.fonts.bold, fr.body.x, y, fr.body.w, p.text) +
             m.gap / 3;
        begin_scroll_area(ui, "progress", Rect{fr.body.x, y, fr.body.w, fr.body.y + fr.body.h - y});
        const float w = fr.body.w - scroll_buttons_width(ui) - m.gap;
        const ImVec2 o = ImGui::GetCursorScreenPos();
        float ly = o.y;
        const float icon = ui.fonts.body->FontSize;
        for (const Line& l : lines) {
            if (l.done)
                draw_pictogram(ImGui::GetWindowDrawList(), "check", ImVec2(o.x + icon / 2, ly + icon * 0.6f), icon,
                               to_imgui_colour(p.success));
            const float tw = w * 0.62f;
            const float h1 = text_block(ui, l.title, ui.fonts.body, o.x + icon * 1.5f, ly, tw - icon * 1.5f, p.text);
            const float h2 = text_block(ui, l.status, ui.fonts.body, o.x + tw + m.gap, ly, w - tw - m.gap,
                                        l.done ? p.success : p.text_muted);
            ly += std::max(h1, h2) + m.gap / 2;
        }
        ImGui::SetCursorScreenPos(ImVec2(o.x, ly));
        ImGui::Dummy(ImVec2(w, 1));
        end_scroll_area(ui);
    }
    if (fr.back) out.push_back(app::ev::Back{});
    if (fr.next) {
        if (resume)
            out.push_back(app::ev::ResumeLesson{});
        else
            out.push_back(app::ev::OpenEntry{"learn_now"});
    }
    end_screen();
}

}  // namespace

void draw_returning(const UiContext& ui, const app::State& s, Events& out) {
    if (!s.returning) return;
    const app::Returning& r = *s.returning;
    switch (r.step) {
        case ReturnStep::Choose:
            draw_choose(ui, out);
            break;
        case ReturnStep::Code:
        case ReturnStep::Phone:
        case ReturnStep::PhoneYear:
        case ReturnStep::NameYear:
            draw_digits(ui, r, out);
            break;
        case ReturnStep::Name:
            draw_name(ui, r, out);
            break;
        case ReturnStep::Results:
            draw_results(ui, r, out);
            break;
        case ReturnStep::Welcome:
            draw_welcome(ui, s, r, out);
            break;
    }
}

}  // namespace tramso::ui
