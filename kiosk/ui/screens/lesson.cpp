// The lesson player: the same three big buttons in the same places on every step (Back,
// Listen, Next), the step counter and progress bar, the step's text (scrolling when long)
// and, for steps with a scene, the simulated phone beside it.
#include <imgui.h>
#include <algorithm>

#include "app/narration.h"
#include "ui/phone/phone_scene.h"
#include "ui/pictograms.h"
#include "ui/screens/help.h"
#include "ui/screens/lesson_layout.h"
#include "ui/screens/listen_control.h"
#include "ui/screens/question_overlay.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace tramso::ui {
namespace {

// Text column content; returns nothing, emits events for quiz answers.
void draw_step_text(const UiContext& ui, const app::LessonRun& run, float width, Events& out) {
    const Step& step = run.current();
    const app::StepProgress& p = run.here();
    const Palette& pal = ui.p();
    const Metrics& m = ui.m();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    float y = origin.y;
    const float x = origin.x;
    auto para = [&](const std::string& text, ImFont* font, Rgb colour) {
        if (text.empty()) return;
        y += text_block(ui, text, font, x, y, width, colour) + m.gap / 2;
    };

    switch (step.kind) {
        case StepKind::explain:
            para(step.text.get(ui.lang), ui.fonts.heading, pal.text);
            break;
        case StepKind::practice:
            para(step.text.get(ui.lang), ui.fonts.heading, pal.text);
            if (p.done) {
                para(step.success.empty() ? ui.t("lesson.practice_right") : step.success.get(ui.lang), ui.fonts.bold,
                     pal.success);
                para(ui.t("lesson.press_next"), ui.fonts.body, pal.text_muted);
            } else if (p.wrong_taps >= app::kWrongTapsBeforeHighlight) {
                para(ui.t("lesson.practice_look"), ui.fonts.bold, pal.accent);
                para(step.hint.get(ui.lang), ui.fonts.body, pal.text);
            } else if (p.wrong_taps > 0) {
                para(ui.t("lesson.practice_try_again"), ui.fonts.bold, pal.accent);
                para(step.hint.get(ui.lang), ui.fonts.body, pal.text);
            }
            break;
        case StepKind::quiz: {
            para(step.question.get(ui.lang), ui.fonts.heading, pal.text);
            y += m.gap / 2;
            for (size_t i = 0; i < step.answers.size(); ++i) {
                const Answer& a = step.answers[i];
                const bool tried = i < p.tried.size() && p.tried[i];
                ButtonKind kind = ButtonKind::Ghost;
                const char* icon = nullptr;
                if (tried && a.correct)
                    kind = ButtonKind::Success, icon = "check";
                else if (tried)
                    kind = ButtonKind::Secondary, icon = "cross";
                const std::string label = a.text.get(ui.lang);
                const float h =
                    std::max(m.button_height, text_height(ui.fonts.bold, label, width - 3 * m.gap) + m.gap * 2);
                if (big_button(ui, label, Rect{x, y, width, h}, kind, icon)) out.push_back(app::ev::QuizAnswer{int(i)});
                y += h + m.gap;
            }
            // Under all the answers, so none moves under her finger when a word appears. The
            // content's feedback says right or wrong in its own words.
            if (p.chosen >= 0 && size_t(p.chosen) < step.answers.size()) {
                const Answer& c = step.answers[size_t(p.chosen)];
                para(c.feedback.get(ui.lang), ui.fonts.body, c.correct ? pal.success : pal.text);
                if (!c.correct) para(ui.t("lesson.quiz_try_again"), ui.fonts.body, pal.text_muted);
            }
            break;
        }
        case StepKind::finish: {
            para(ui.t("lesson.finished_title"), ui.fonts.heading, pal.success);
            para(step.text.get(ui.lang), ui.fonts.body, pal.text);
            para(ui.t("lesson.you_learned"), ui.fonts.bold, pal.text);
            for (const LocalText& line : step.learned) y += ticked_line(ui, line.get(ui.lang), x, y, width) + m.gap / 2;
            break;
        }
    }
    // Tell the scroll area how tall the content is.
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ImGui::Dummy(ImVec2(width, 1));
}

void draw_leave_question(const UiContext& ui, Events& out) {
    const QuestionSpec q{"leave-lesson", ui.t("lesson.leave_question"), "",    ui.t("lesson.leave_stay"),
                         nullptr,        ui.t("lesson.leave_go"),       "home"};
    const QuestionAnswer a = question_overlay(ui, q, out);
    if (a != QuestionAnswer::None) out.push_back(app::ev::AnswerLeaveLesson{a == QuestionAnswer::Second});
}

}  // namespace

void draw_lesson(const UiContext& ui, const app::State& s, Events& out) {
    const app::LessonRun& run = *s.lesson;
    const Step& step = run.current();
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    begin_screen(ui, "lesson", p.background);

    // The right column shows the step's phone scene, else its picture, if it has either.
    const LessonAside aside =
        step.scene ? LessonAside::phone : (step.image.empty() ? LessonAside::none : LessonAside::picture);
    const LessonLayout l = lesson_layout(m, ui.width, ui.height, aside);

    // Top: step counter and title on the left, Home on the right.
    const float home_w = std::max(m.button_min_width, ui.width * 0.2f);
    const std::string counter =
        ui.strings.format(ui.lang, "lesson.step_counter",
                          {{"n", std::to_string(run.step + 1)}, {"total", std::to_string(run.lesson->steps.size())}});
    const float title_w = title_width_before_help(ui);
    text_block(ui, counter + "  ·  " + run.lesson->title.get(ui.lang), ui.fonts.bold, l.top.x,
               l.top.y + (l.top.h - m.font_body) / 2, title_w, p.text_muted);
    if (big_button(ui, ui.t("lesson.home"), Rect{l.top.x + l.top.w - home_w, l.top.y, home_w, l.top.h},
                   ButtonKind::Secondary, "home"))
        out.push_back(app::ev::AskLeaveLesson{});
    progress_bar(ui, l.progress, float(run.step + 1) / float(run.lesson->steps.size()));

    // Body: text (scrolls when long) and the phone.
    begin_scroll_area(ui, "step-text", l.text);
    draw_step_text(ui, run, l.text.w - scroll_buttons_width(ui) - m.gap, out);
    end_scroll_area(ui);
    if (!step.scene && !step.image.empty()) {
        const Picture& pic = ui.images->get(step.image.string());
        if (pic.texture) {
            // Fit inside the column, keep the aspect ratio, never enlarge past 2× (blur).
            const float scale = std::min({l.aside.w / float(pic.width), l.aside.h / float(pic.height), 2.0f});
            const float w = pic.width * scale, h = pic.height * scale;
            const ImVec2 p0(l.aside.x + (l.aside.w - w) / 2, l.aside.y + (l.aside.h - h) / 2);
            ImGui::GetWindowDrawList()->AddImage(reinterpret_cast<ImTextureID>(pic.texture), p0,
                                                 ImVec2(p0.x + w, p0.y + h));
            // Reported so a test can check the picture really loaded and showed.
            ui.registry.add_text("picture:" + step.image.filename().string(), Rect{p0.x, p0.y, w, h});
        }
    } else if (step.scene) {
        // After the right action the phone answers at once with the step's result.
        const bool answered = step.kind == StepKind::practice && run.here().done && step.result;
        PhoneSceneOptions opt;
        opt.lang = ui.lang;
        opt.interactive = step.kind == StepKind::practice && !run.here().done;
        if (opt.interactive) opt.target = step.target;
        if (run.highlight_target()) opt.highlight = step.target;
        if (!answered) opt.flash_wrong = run.here().last_wrong;
        const PhoneSceneResult r = draw_phone_scene(ui, answered ? *step.result : *step.scene, l.aside, opt);
        if (r.animating) *ui.animating = true;
        if (opt.interactive && (!r.tapped.empty() || r.tapped_screen)) out.push_back(app::ev::PhoneTap{r.tapped});
    }

    // Bottom: the previous step and Next, always in the same places. The kiosk's back is named
    // for what it does ("Bước trước"), so she never takes it for the drawn phone's own back
    // arrow; the first step has none (the top bar's Trang chủ leaves the lesson).
    if (!run.on_first() && big_button(ui, ui.t("lesson.previous_step"), l.back, ButtonKind::Secondary, "back"))
        out.push_back(app::ev::Back{});
    const std::string next_label = run.on_last() ? ui.t("lesson.done") : ui.t("common.next");
    if (big_button(ui, next_label, l.next, run.task_done() ? ButtonKind::Primary : ButtonKind::Secondary, "next"))
        out.push_back(app::ev::Next{});
    // Under the leave question the step's Listen is covered; the question has its own.
    if (!run.confirm_leave)
        listen_control(ui, listen_button_rect(ui), app::lesson_step_speech(run, ui.lang, ui.strings), out,
                       app::step_recording(step, ui.lang));

    end_screen();
    if (run.confirm_leave) draw_leave_question(ui, out);
}

}  // namespace tramso::ui
