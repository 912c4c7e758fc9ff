#include "ui/screens/help.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <algorithm>
#include <cmath>

#include "ui/pictograms.h"
#include "ui/screens/listen_control.h"
#include "ui/widgets.h"

namespace tramso::ui {
namespace {

// The widest top-right button any learner screen draws (Home in a lesson, the language switch).
float top_right_width(const UiContext& ui) { return std::max(ui.m().button_min_width, ui.width * 0.2f); }

}  // namespace

Rect help_button_rect(const UiContext& ui) {
    const Metrics& m = ui.m();
    const float h = std::max(m.button_height, std::ceil(16.0f * m.px_per_mm));
    const float w = std::max(m.button_min_width, ui.width * 0.22f);
    const float right = ui.width - m.margin - top_right_width(ui) - m.gap;
    return Rect{right - w, m.margin, w, h};
}

float title_width_before_help(const UiContext& ui) { return help_button_rect(ui).x - ui.m().gap - ui.m().margin; }

void draw_help_button(const UiContext& ui, const app::State& s, Events& out) {
    if (s.screen == app::Screen::Attract || s.screen == app::Screen::Staff) return;
    // A question that dims the screen ("leave the lesson?") is answered first: nothing else
    // on the screen is tappable while it shows, the help button included.
    if (s.screen == app::Screen::Lesson && s.lesson && s.lesson->confirm_leave) return;
    if (s.end_question) return;
    const Rect r = help_button_rect(ui);
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
    ImGui::SetNextWindowSize(ImVec2(r.w, r.h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##help-button", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse);
    // Above the screen's window (which may have been created later, when the screen changed),
    // without taking focus from it: focus would cost the screen its next tap.
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    if (big_button(ui, ui.t("help.button"), r, ButtonKind::Secondary, "raised-hand")) out.push_back(app::ev::AskHelp{});
    ImGui::End();
    ImGui::PopStyleVar(2);
}

void draw_help_waiting(const UiContext& ui, const app::State&, Events& out) {
    const Palette& p = ui.p();
    const Metrics& m = ui.m();
    begin_screen(ui, "help_waiting", p.background);

    const std::string& waiting = ui.t("help.waiting");
    const std::string& note = ui.t("help.waiting_note");
    // Listen where the idle question has it: top right.
    const float lw = std::max(m.button_min_width, ui.width * 0.2f);
    listen_control(ui, Rect{ui.width - m.margin - lw, m.margin, lw, m.button_height}, waiting + ". " + note, out);

    const float w = std::min(ui.width - 2 * m.margin, ui.width * 0.8f);
    const float x = (ui.width - w) / 2;
    float y = m.margin + m.button_height + m.gap * 2;
    const float icon = m.font_display * 1.6f;
    draw_pictogram(ImGui::GetWindowDrawList(), "raised-hand", ImVec2(ui.width / 2, y + icon / 2), icon,
                   to_imgui_colour(p.primary));
    y += icon + m.gap * 2;
    y += text_block(ui, waiting, ui.fonts.display, x, y, w, p.text, Align::Center) + m.gap;
    text_block(ui, note, ui.fonts.body, x, y, w, p.text_muted, Align::Center);

    // The one way back, where "back" always is: bottom left.
    const float bw = std::max(m.button_min_width, ui.width * 0.3f);
    const Rect back{m.margin, ui.height - m.margin - m.button_height, bw, m.button_height};
    if (big_button(ui, ui.t("help.back"), back, ButtonKind::Secondary, "back")) out.push_back(app::ev::HelpBack{});
    end_screen();
}

}  // namespace tramso::ui
