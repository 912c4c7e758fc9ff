#include "ui/screens/register_parts.h"

#include <imgui.h>
#include <algorithm>

#include "core/civil_time.h"
#include "text/names.h"
#include "ui/fast_fill.h"
#include "ui/screens/entry_widgets.h"
#include "ui/widgets.h"

namespace tramso::ui {

std::string join_speech(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) {
        if (p.empty()) continue;
        if (!out.empty())
            out += out.back() == '.' || out.back() == '?' || out.back() == '!' || out.back() == ':' ? " " : ". ";
        out += p;
    }
    return out;
}

std::string problem_text(const UiContext& ui, const std::string& key, std::size_t, std::size_t phone_digits) {
    if (key.empty()) return "";
    // The range follows the calendar: Vietnam's local year (UTC+7).
    const int year = local_date(ui.wall_now_ms, ui.config.hours.utc_offset_minutes).year;
    return ui.strings.format(ui.lang, key,
                             {{"from", std::to_string(app::earliest_birth_year(year))},
                              {"to", std::to_string(app::latest_birth_year(year))},
                              {"count", std::to_string(phone_digits)}});
}

std::string format_phone(const std::string& d) {
    std::string out;
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (i == 4 || i == 7) out += ' ';
        out += d[i];
    }
    return out;
}

std::string spell_code(const std::string& code) {
    std::string out;
    for (char c : code) {
        if (!out.empty()) out += ' ';
        out += c;
    }
    return out;
}

std::string text_title_case(const std::string& name) { return text::title_case_name(name); }

float code_box(const UiContext& ui, const std::string& code, float centre_x, float y) {
    ImFont* f = ui.fonts.display;
    const float cell = f->FontSize * 0.95f;
    const float pad = ui.m().gap;
    const float w = cell * float(code.size()) + 2 * pad, h = f->FontSize * 1.45f;
    const float x = centre_x - w / 2;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    fill_rounded_rect(dl, ImVec2(x, y), ImVec2(x + w, y + h), to_imgui_colour(ui.p().surface), ui.m().corner);
    dl->AddRect(ImVec2(x, y), ImVec2(x + w, y + h), to_imgui_colour(ui.p().primary), ui.m().corner, 0,
                std::max(2.0f, ui.m().px_per_mm * 0.8f));
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char ch[2] = {code[i], 0};
        const float cw = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, ch).x;
        dl->AddText(f, f->FontSize, ImVec2(x + pad + cell * float(i) + (cell - cw) / 2, y + (h - f->FontSize) / 2),
                    to_imgui_colour(ui.p().primary), ch);
    }
    ui.registry.add_text(code, Rect{x, y, w, h});
    return h;
}

void name_entry(const UiContext& ui, Rect body, const app::TypedField& field, const std::string& problem, Events& out) {
    const Metrics& m = ui.m();
    const float fh = typed_field_height(ui);
    typed_field(ui, Rect{body.x, body.y, body.w, fh}, field.editor.text(), "");
    float y = body.y + fh + m.gap / 3;
    // Room for one line of message is always kept, so the keys never move under her finger.
    const float msg_h = ui.fonts.bold->FontSize * 1.25f;
    problem_line(ui, body.x, y, body.w, problem);
    y += msg_h + m.gap / 3;
    // Right under the message; whatever room is left stays between the keys and Back/Next.
    const float kh = keyboard_height(ui, field.keyboard, body.y + body.h - y);
    keyboard_widget(ui, field.keyboard, Rect{body.x, std::min(y, body.y + body.h - kh), body.w, kh}, out);
}

void digits_entry(const UiContext& ui, Rect body, const std::string& shown, const std::string& placeholder,
                  const std::string& problem, Events& out, bool with_code_pad) {
    const Metrics& m = ui.m();
    const float fw = std::min(body.w, m.px_per_mm * (with_code_pad ? 150.0f : 130.0f));
    const float fh = typed_field_height(ui);
    const float fx = body.x + (body.w - fw) / 2;
    typed_field(ui, Rect{fx, body.y, fw, fh}, shown, placeholder);
    float y = body.y + fh + m.gap / 3;
    const float msg_h = ui.fonts.bold->FontSize * 1.25f;
    problem_line(ui, fx, y, std::max(fw, body.w * 0.6f), problem);
    y += msg_h + m.gap / 2;
    const Rect pad{body.x, y, body.w, body.y + body.h - y};
    if (with_code_pad)
        code_pad(ui, pad, out);
    else
        number_pad(ui, pad, out);
}

}  // namespace tramso::ui
