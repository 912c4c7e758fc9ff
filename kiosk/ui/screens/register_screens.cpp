// Registration screens: consent in plain words, one question a screen (name on the
// keyboard, year and phone on the number pad, ward and membership by tapping), the review
// with "Sửa" beside each answer, and her resume code shown huge.
// [SECTION] helpers  [SECTION] consent  [SECTION] questions  [SECTION] review and saved
#include <imgui.h>
#include <algorithm>

#include "ui/pictograms.h"
#include "ui/screens/entry_widgets.h"
#include "ui/screens/register_frame.h"
#include "ui/screens/register_parts.h"
#include "ui/widgets.h"

namespace tramso::ui {

namespace {

using app::RegStep;

// ---------------------------------------------------------------------------------------------
// [SECTION] helpers
// ---------------------------------------------------------------------------------------------

std::string question_title(const UiContext& ui, RegStep step, const std::string& question) {
    const int n = int(step) - int(RegStep::Name) + 1;
    return ui.strings.format(ui.lang, "register.counter",
                             {{"n", std::to_string(n)}, {"total", std::to_string(app::kRegQuestions)}}) +
           " · " + question;
}

std::string ward_name(const UiContext& ui, const app::Registration& reg) {
    if (!reg.ward) return "";
    if (*reg.ward == app::kOtherWard) return ui.t("register.ward_other");
    return ui.config.registration.wards[size_t(*reg.ward)];
}

FrameSpec question_spec(const UiContext& ui, RegStep step, const std::string& question_key, const std::string& hint,
                        const std::string& problem) {
    FrameSpec f;
    f.title = question_title(ui, step, ui.t(question_key));
    f.speech = join_speech({ui.t(question_key), hint, problem});
    f.back_label = ui.t("common.back");
    f.next_label = ui.t("common.next");
    return f;
}

// A tappable answer (ward, yes/no): the chosen one is filled and ticked.
bool choice_button(const UiContext& ui, const std::string& label, Rect r, bool chosen) {
    return big_button(ui, label, r, chosen ? ButtonKind::Primary : ButtonKind::Ghost, chosen ? "check" : nullptr);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] consent
// ---------------------------------------------------------------------------------------------

std::string how_long_text(const UiContext& ui) {
    const int days = ui.config.storage.retention_personal_days;
    if (days == 0) return ui.t("register.consent_how_long_ever");
    if (days % 365 == 0)
        return ui.strings.format(ui.lang, "register.consent_how_long_years", {{"years", std::to_string(days / 365)}});
    return ui.strings.format(ui.lang, "register.consent_how_long_days", {{"days", std::to_string(days)}});
}

void draw_consent(const UiContext& ui, Events& out) {
    const std::pair<std::string, std::string> parts[] = {
        {ui.t("register.consent_kept_head"), ui.t("register.consent_kept")},
        {ui.t("register.consent_why_head"), ui.t("register.consent_why")},
        {ui.t("register.consent_who_head"), ui.t("register.consent_who")},
        {ui.t("register.consent_how_long_head"), how_long_text(ui)},
        {ui.t("register.consent_erase_head"), ui.t("register.consent_erase")},
    };
    std::vector<std::string> speech{ui.t("register.consent_title")};
    for (const auto& [head, body] : parts) speech.push_back(head), speech.push_back(body);
    FrameSpec f;
    f.title = ui.t("register.consent_title");
    f.speech = join_speech(speech);
    f.back_label = ui.t("register.consent_decline");
    f.next_label = ui.t("register.consent_agree");
    f.next_icon = "check";
    const FrameResult fr = register_frame(ui, "register-consent", f, out);
    const Metrics& m = ui.m();
    begin_scroll_area(ui, "consent-text", fr.body);
    const float w = fr.body.w - scroll_buttons_width(ui) - m.gap;
    const ImVec2 o = ImGui::GetCursorScreenPos();
    float y = o.y;
    // Question in bold on the left, the answer beside it: five short facts, one glance each.
    const float head_w = std::min(w * 0.3f, m.px_per_mm * 75);
    for (const auto& [head, body] : parts) {
        const float h1 = text_block(ui, head, ui.fonts.bold, o.x, y, head_w, ui.p().text);
        const float h2 = text_block(ui, body, ui.fonts.body, o.x + head_w + m.gap, y, w - head_w - m.gap, ui.p().text);
        y += std::max(h1, h2) + m.gap * 0.8f;
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, y));
    ImGui::Dummy(ImVec2(w, 1));
    end_scroll_area(ui);
    if (fr.back) out.push_back(app::ev::ConsentAnswer{false});
    if (fr.next) out.push_back(app::ev::ConsentAnswer{true});
    end_screen();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] questions
// ---------------------------------------------------------------------------------------------

void frame_events(const FrameResult& fr, Events& out) {
    if (fr.back) out.push_back(app::ev::Back{});
    if (fr.next) out.push_back(app::ev::Next{});
}

void draw_name(const UiContext& ui, const app::Registration& reg, Events& out) {
    const std::string problem = problem_text(ui, reg.problem, reg.name.editor.length(), reg.phone.size());
    const FrameResult fr =
        register_frame(ui, "register-name",
                       question_spec(ui, RegStep::Name, "register.q_name", ui.t("register.q_name_hint"), problem), out);
    name_entry(ui, fr.body, reg.name, problem, out);
    frame_events(fr, out);
    end_screen();
}

void draw_digits_question(const UiContext& ui, const app::Registration& reg, Events& out) {
    const bool year = reg.step == RegStep::BirthYear;
    const std::string& digits = year ? reg.birth_year : reg.phone;
    const std::string problem = problem_text(ui, reg.problem, 0, reg.phone.size());
    const std::string hint = ui.t(year ? "register.q_year_hint" : "register.q_phone_hint");
    const FrameResult fr =
        register_frame(ui, year ? "register-year" : "register-phone",
                       question_spec(ui, reg.step, year ? "register.q_year" : "register.q_phone", hint, problem), out);
    digits_entry(ui, fr.body, year ? digits : format_phone(digits), hint, problem, out);
    frame_events(fr, out);
    end_screen();
}

void draw_ward(const UiContext& ui, const app::Registration& reg, Events& out) {
    const std::string problem = problem_text(ui, reg.problem, 0, 0);
    const FrameResult fr =
        register_frame(ui, "register-ward", question_spec(ui, RegStep::Ward, "register.q_ward", "", problem), out);
    const Metrics& m = ui.m();
    const float ph = problem.empty() ? 0 : problem_line(ui, fr.body.x, fr.body.y, fr.body.w, problem) + m.gap / 2;
    const Rect list{fr.body.x, fr.body.y + ph, fr.body.w, fr.body.h - ph};
    begin_scroll_area(ui, "wards", list);
    const float w = list.w - scroll_buttons_width(ui) - m.gap;
    const ImVec2 o = ImGui::GetCursorScreenPos();
    const auto& wards = ui.config.registration.wards;
    const float bw = (w - m.gap) / 2;
    size_t n = wards.size() + 1;
    for (size_t i = 0; i < n; ++i) {
        const bool other = i == wards.size();
        const int index = other ? app::kOtherWard : int(i);
        const Rect r{o.x + float(i % 2) * (bw + m.gap), o.y + float(i / 2) * (m.button_height + m.gap), bw,
                     m.button_height};
        if (choice_button(ui, other ? ui.t("register.ward_other") : wards[i], r, reg.ward == index))
            out.push_back(app::ev::PickWard{index});
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + float((n + 1) / 2) * (m.button_height + m.gap)));
    ImGui::Dummy(ImVec2(w, 1));
    end_scroll_area(ui);
    frame_events(fr, out);
    end_screen();
}

void draw_member(const UiContext& ui, const app::Registration& reg, Events& out) {
    const std::string problem = problem_text(ui, reg.problem, 0, 0);
    const FrameResult fr = register_frame(ui, "register-member",
                                          question_spec(ui, RegStep::Member, "register.q_member", "", problem), out);
    const Metrics& m = ui.m();
    const float ph = problem.empty() ? 0 : problem_line(ui, fr.body.x, fr.body.y, fr.body.w, problem) + m.gap;
    const float bw = std::min((fr.body.w - m.gap) / 2, m.px_per_mm * 110);
    const float bh = m.button_height * 1.6f;
    const float x0 = fr.body.x + (fr.body.w - (bw * 2 + m.gap)) / 2;
    const float y = fr.body.y + ph + std::max(0.0f, (fr.body.h - ph - bh) / 3);
    if (choice_button(ui, ui.t("register.member_yes"), Rect{x0, y, bw, bh}, reg.member == true))
        out.push_back(app::ev::PickMember{true});
    if (choice_button(ui, ui.t("register.member_no"), Rect{x0 + bw + m.gap, y, bw, bh}, reg.member == false))
        out.push_back(app::ev::PickMember{false});
    frame_events(fr, out);
    end_screen();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] review and saved
// ---------------------------------------------------------------------------------------------

void draw_review(const UiContext& ui, const app::Registration& reg, Events& out) {
    struct Row {
        const char* label_key;
        std::string value;
        RegStep step;
        const char* id;
    };
    std::vector<Row> rows{
        {"register.review_name", text_title_case(reg.name.editor.text()), RegStep::Name, "edit:name"},
        {"register.review_year", reg.birth_year, RegStep::BirthYear, "edit:year"},
        {"register.review_phone", reg.phone.empty() ? ui.t("register.review_no_phone") : format_phone(reg.phone),
         RegStep::Phone, "edit:phone"},
    };
    if (!ui.config.registration.wards.empty())
        rows.push_back({"register.review_ward", ward_name(ui, reg), RegStep::Ward, "edit:ward"});
    rows.push_back({"register.review_member",
                    ui.t(reg.member.value_or(false) ? "register.review_yes" : "register.review_no"), RegStep::Member,
                    "edit:member"});

    const std::string problem = problem_text(ui, reg.problem, 0, 0);
    std::vector<std::string> speech{ui.t("register.review_title")};
    for (const Row& r : rows) speech.push_back(ui.t(r.label_key) + ": " + r.value);
    speech.push_back(problem);
    FrameSpec f;
    f.title = ui.t("register.review_title");
    f.speech = join_speech(speech);
    f.back_label = ui.t("common.back");
    f.next_label = reg.awaiting ? ui.t("register.saving") : ui.t("register.save");
    f.next_icon = "check";
    const FrameResult fr = register_frame(ui, "register-review", f, out);
    const Metrics& m = ui.m();
    float y0 = fr.body.y;
    if (!problem.empty()) y0 += problem_line(ui, fr.body.x, y0, fr.body.w, problem) + m.gap / 2;
    begin_scroll_area(ui, "review", Rect{fr.body.x, y0, fr.body.w, fr.body.y + fr.body.h - y0});
    const float w = fr.body.w - scroll_buttons_width(ui) - m.gap;
    const ImVec2 o = ImGui::GetCursorScreenPos();
    float y = o.y;
    const float edit_w = std::max(m.button_min_width * 0.8f, m.button_height * 1.8f);
    const float label_w = std::min(w * 0.32f, m.px_per_mm * 80);
    for (const Row& r : rows) {
        const float row_h = m.button_height;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddLine(ImVec2(o.x, y + row_h + m.gap / 2), ImVec2(o.x + w, y + row_h + m.gap / 2),
                    to_imgui_colour(ui.p().secondary), std::max(1.0f, m.px_per_mm * 0.4f));
        text_block(ui, ui.t(r.label_key), ui.fonts.body, o.x, y + (row_h - ui.fonts.body->FontSize) / 2, label_w,
                   ui.p().text_muted);
        text_block(ui, r.value, ui.fonts.heading, o.x + label_w + m.gap,
                   y + (row_h - ui.fonts.heading->FontSize * 1.1f) / 2, w - label_w - edit_w - 2 * m.gap, ui.p().text);
        const Rect er{o.x + w - edit_w, y, edit_w, row_h};
        if (big_button(ui, ui.t("register.edit"), er, ButtonKind::Secondary))
            out.push_back(app::ev::EditAnswer{r.step});
        // "Sửa" appears once per row: the id lets a test (and nothing else) tell them apart.
        ui.registry.add_widget("", er, r.id);
        y += row_h + m.gap;
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, y));
    ImGui::Dummy(ImVec2(w, 1));
    end_scroll_area(ui);
    if (fr.back) out.push_back(app::ev::Back{});
    if (fr.next && !reg.awaiting) out.push_back(app::ev::SaveRegistration{});
    end_screen();
}

void draw_saved(const UiContext& ui, const app::Registration& reg, Events& out) {
    FrameSpec f;
    f.title = ui.t("register.saved_title");
    f.speech = join_speech({ui.t("register.saved_title"), ui.t("register.saved_code_label"), spell_code(reg.saved_code),
                            ui.t("register.saved_code_hint")});
    f.next_label = ui.t("register.start_learning");
    f.home_button = false;
    const FrameResult fr = register_frame(ui, "register-saved", f, out);
    const Metrics& m = ui.m();
    float y = fr.body.y + fr.body.h * 0.08f;
    y += text_block(ui, ui.t("register.saved_code_label"), ui.fonts.heading, fr.body.x, y, fr.body.w, ui.p().text,
                    Align::Center) +
         m.gap / 2;
    y += code_box(ui, reg.saved_code, fr.body.x + fr.body.w / 2, y) + m.gap;
    text_block(ui, ui.t("register.saved_code_hint"), ui.fonts.body, fr.body.x + fr.body.w * 0.1f, y, fr.body.w * 0.8f,
               ui.p().text, Align::Center);
    if (fr.next) out.push_back(app::ev::Next{});
    end_screen();
}

}  // namespace

void draw_register(const UiContext& ui, const app::State& s, Events& out) {
    if (!s.registration) return;
    const app::Registration& reg = *s.registration;
    switch (reg.step) {
        case RegStep::Consent:
            draw_consent(ui, out);
            break;
        case RegStep::Name:
            draw_name(ui, reg, out);
            break;
        case RegStep::BirthYear:
        case RegStep::Phone:
            draw_digits_question(ui, reg, out);
            break;
        case RegStep::Ward:
            draw_ward(ui, reg, out);
            break;
        case RegStep::Member:
            draw_member(ui, reg, out);
            break;
        case RegStep::Review:
            draw_review(ui, reg, out);
            break;
        case RegStep::Saved:
            draw_saved(ui, reg, out);
            break;
    }
}

}  // namespace tramso::ui
