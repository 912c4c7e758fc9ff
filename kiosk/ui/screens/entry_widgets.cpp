#include "ui/screens/entry_widgets.h"

#include <imgui.h>
#include <algorithm>

#include "core/resume_code.h"
#include "ui/fast_fill.h"
#include "ui/pictograms.h"
#include "ui/widgets.h"

namespace tramso::ui {

namespace {

enum class KeyLook { Letter, Control, Active, Done };

// What a tone key shows: the mark on an "a" (older learners know "á", not "´"), and its name.
struct KeyFace {
    std::string big;
    std::string small;
};

KeyFace face_for(const input::Key& k) {
    if (k.action != input::KeyAction::Tone || k.tone == input::Tone::None) return {k.label, ""};
    switch (k.tone) {
        case input::Tone::Sac:
            return {"á", "sắc"};
        case input::Tone::Huyen:
            return {"à", "huyền"};
        case input::Tone::Hoi:
            return {"ả", "hỏi"};
        case input::Tone::Nga:
            return {"ã", "ngã"};
        case input::Tone::Nang:
            return {"ạ", "nặng"};
        case input::Tone::None:
            break;
    }
    return {k.label, ""};
}

// One key: drawn flat (letters white, controls beige), reported to the registry by `label`.
bool key_button(const UiContext& ui, const std::string& label, const KeyFace& face, Rect r, KeyLook look,
                const char* icon = nullptr) {
    ImGui::SetCursorScreenPos(ImVec2(r.x, r.y));
    ImGui::PushID(label.c_str());
    ImGui::PushID(int(r.x) * 7919 + int(r.y));
    const bool clicked = ImGui::InvisibleButton("##key", ImVec2(std::max(r.w, 1.0f), std::max(r.h, 1.0f)));
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    ImGui::PopID();

    const Palette& p = ui.p();
    Rgb fill = p.surface, ink = p.text;
    if (look == KeyLook::Control) fill = p.secondary, ink = p.on_secondary;
    if (look == KeyLook::Active) fill = p.accent, ink = p.on_accent;
    // Done is outlined in green, not filled: the screen's one filled green button is its
    // forward action, so the keyboard never offers a second "main" button beside it.
    if (look == KeyLook::Done) fill = p.surface, ink = p.primary;
    if (held)
        fill = look == KeyLook::Letter ? p.secondary : p.border, ink = look == KeyLook::Letter ? p.text : p.surface;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a(r.x, r.y), b(r.x + r.w, r.y + r.h);
    fill_rounded_rect(dl, a, b, to_imgui_colour(fill), ui.m().corner);
    const float outline = std::max(1.5f, ui.m().px_per_mm * 0.4f);
    if (look == KeyLook::Done)
        dl->AddRect(a, b, to_imgui_colour(p.primary), ui.m().corner, 0, outline * 2.5f);
    else
        dl->AddRect(a, b, to_imgui_colour(p.border), ui.m().corner, 0, outline);

    const ImU32 col = to_imgui_colour(ink);
    if (icon) {
        ImFont* f = ui.fonts.bold;
        const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, face.big.c_str());
        float isz = std::min(r.h * 0.4f, f->FontSize * 1.1f);
        if (isz + ui.m().gap / 3 + ts.x < r.w * 0.9f) {
            // Pictogram and word side by side, so nobody has to guess what the key does.
            const float x0 = r.cx() - (isz + ui.m().gap / 3 + ts.x) / 2;
            draw_pictogram(dl, icon, ImVec2(x0 + isz / 2, r.cy()), isz, col);
            dl->AddText(f, f->FontSize, ImVec2(x0 + isz + ui.m().gap / 3, r.cy() - ts.y / 2), col, face.big.c_str());
        } else {
            isz = std::min(r.w, r.h) * 0.5f;
            draw_pictogram(dl, icon, ImVec2(r.cx(), r.cy()), isz, col);
        }
    } else {
        // Single letters big; words (Xóa, Dấu cách, Chữ hoa) in the bold body font.
        ImFont* big = face.big.size() <= 4 ? ui.fonts.heading : ui.fonts.bold;
        const ImVec2 bs = big->CalcTextSizeA(big->FontSize, FLT_MAX, 0, face.big.c_str());
        float total_h = bs.y;
        ImVec2 ss(0, 0);
        if (!face.small.empty()) {
            ss = ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, FLT_MAX, 0, face.small.c_str());
            total_h += ss.y * 0.9f;
        }
        float y = r.y + (r.h - total_h) / 2;
        dl->AddText(big, big->FontSize, ImVec2(r.cx() - bs.x / 2, y), col, face.big.c_str());
        if (!face.small.empty())
            dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(r.cx() - ss.x / 2, y + bs.y * 0.92f), col,
                        face.small.c_str());
    }
    ui.registry.add_widget(label, r);
    return clicked;
}

// Keys stand 4 mm apart, like every other learner button, so a finger never touches two.
float key_gap(const UiContext& ui) { return std::max(4.0f, ui.m().px_per_mm * 4.0f); }

}  // namespace

float min_key_mm() { return 16.0f; }

float keyboard_height(const UiContext& ui, const input::Keyboard& keyboard, float available) {
    const float rows = float(keyboard.rows().size());
    const float min_h = ui.m().px_per_mm * min_key_mm();
    const float want = ui.m().px_per_mm * 22.0f;  // comfortable; shrinks to 16 mm when space is short
    const float gap = key_gap(ui);
    const float per_row = std::clamp((available - gap * (rows - 1)) / rows, min_h, want);
    return per_row * rows + gap * (rows - 1);
}

void keyboard_widget(const UiContext& ui, const input::Keyboard& keyboard, Rect r, Events& out) {
    const auto& rows = keyboard.rows();
    if (rows.empty()) return;
    const float gap = key_gap(ui);
    // One width unit for all rows, from the widest row, so letters line up as on a phone.
    float widest = 0;
    size_t widest_keys = 0;
    for (const auto& row : rows) {
        float units = 0;
        for (const auto& k : row) units += k.width;
        if (units > widest) widest = units, widest_keys = row.size();
    }
    const float unit = std::min((r.w - gap * float(widest_keys - 1)) / widest, ui.m().px_per_mm * 30.0f);
    const float row_h = (r.h - gap * float(rows.size() - 1)) / float(rows.size());
    float y = r.y;
    for (const auto& row : rows) {
        float row_w = gap * float(row.size() - 1);
        for (const auto& k : row) row_w += unit * k.width;
        float x = r.x + (r.w - row_w) / 2;
        for (const auto& k : row) {
            const Rect kr{x, y, unit * k.width, row_h};
            KeyLook look = KeyLook::Letter;
            const char* icon = nullptr;
            switch (k.action) {
                case input::KeyAction::Shift:
                    look = keyboard.shift() == input::ShiftState::Off ? KeyLook::Control : KeyLook::Active;
                    icon = "up";
                    break;
                case input::KeyAction::Backspace:
                    look = KeyLook::Control;
                    icon = "back";
                    break;
                case input::KeyAction::Page:
                case input::KeyAction::Space:
                    look = KeyLook::Control;
                    break;
                case input::KeyAction::Done:
                    look = KeyLook::Done;
                    break;
                default:
                    break;
            }
            if (key_button(ui, k.label, face_for(k), kr, look, icon)) out.push_back(app::ev::KeyTap{k.label});
            x += kr.w + gap;
        }
        y += row_h + gap;
    }
}

namespace {
void pad_grid(const UiContext& ui, Rect r, const std::vector<std::string>& keys, int cols, float max_key_w,
              Events& out) {
    const float gap = key_gap(ui);
    const int rows = int((keys.size() + size_t(cols) - 1) / size_t(cols));
    const float kh = (r.h - gap * float(rows - 1)) / float(rows);
    const float kw = std::min((r.w - gap * float(cols - 1)) / float(cols), max_key_w);
    const float x0 = r.x + (r.w - (kw * float(cols) + gap * float(cols - 1))) / 2;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i].empty()) continue;
        const int row = int(i) / cols, col = int(i) % cols;
        const Rect kr{x0 + float(col) * (kw + gap), r.y + float(row) * (kh + gap), kw, kh};
        const bool del = keys[i] == input::key_labels::kBackspace;
        KeyFace face{keys[i], ""};
        if (key_button(ui, keys[i], face, kr, del ? KeyLook::Control : KeyLook::Letter, del ? "back" : nullptr))
            out.push_back(app::ev::KeyTap{keys[i]});
    }
}
}  // namespace

void number_pad(const UiContext& ui, Rect r, Events& out) {
    const std::string del(input::key_labels::kBackspace);
    pad_grid(ui, r, {"1", "2", "3", "4", "5", "6", "7", "8", "9", del, "0", ""}, 3, ui.m().px_per_mm * 45.0f, out);
}

void code_pad(const UiContext& ui, Rect r, Events& out) {
    std::vector<std::string> keys;
    for (char c : kResumeCodeAlphabet) keys.emplace_back(1, c);
    keys.emplace_back(input::key_labels::kBackspace);
    pad_grid(ui, r, keys, 8, ui.m().px_per_mm * 34.0f, out);
}

float typed_field_height(const UiContext& ui) { return ui.fonts.display->FontSize * 1.5f; }

float typed_field(const UiContext& ui, Rect r, const std::string& text, const std::string& placeholder) {
    const Palette& p = ui.p();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a(r.x, r.y), b(r.x + r.w, r.y + r.h);
    fill_rounded_rect(dl, a, b, to_imgui_colour(p.surface), ui.m().corner);
    dl->AddRect(a, b, to_imgui_colour(p.primary), ui.m().corner, 0, std::max(2.0f, ui.m().px_per_mm * 0.8f));
    const float pad = ui.m().gap;
    const float inner_w = r.w - 2 * pad;
    // As big as fits: the display font for a name of usual length, the heading font for a long one.
    ImFont* font = ui.fonts.display;
    ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str());
    if (size.x > inner_w) {
        font = ui.fonts.heading;
        size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str());
    }
    // Still too long: show the end, where she is typing.
    const char* start = text.c_str();
    while (size.x > inner_w && *start) {
        ++start;
        while ((*start & 0xC0) == 0x80) ++start;
        size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, start);
    }
    const float ty = r.y + (r.h - font->FontSize) / 2;
    if (text.empty() && !placeholder.empty()) {
        dl->AddText(ui.fonts.body, ui.fonts.body->FontSize,
                    ImVec2(r.x + pad + ui.m().px_per_mm * 3, r.y + (r.h - ui.fonts.body->FontSize) / 2),
                    to_imgui_colour(p.text_muted), placeholder.c_str());
        ui.registry.add_text(placeholder, r);
    }
    dl->AddText(font, font->FontSize, ImVec2(r.x + pad, ty), to_imgui_colour(p.text), start);
    // The caret: a steady bar (no blinking: nothing on screen should hurry her, and a still
    // screen costs no frames).
    const float cx = r.x + pad + size.x + ui.m().px_per_mm * 0.8f;
    dl->AddRectFilled(ImVec2(cx, r.y + r.h * 0.18f),
                      ImVec2(cx + std::max(2.0f, ui.m().px_per_mm * 0.7f), r.y + r.h * 0.82f),
                      to_imgui_colour(p.accent));
    if (!text.empty()) ui.registry.add_text(text, r);
    return r.h;
}

float problem_line(const UiContext& ui, float x, float y, float w, const std::string& text) {
    if (text.empty()) return 0;
    const float icon = ui.fonts.bold->FontSize * 1.1f;
    draw_pictogram(ImGui::GetWindowDrawList(), "warning", ImVec2(x + icon / 2, y + icon * 0.55f), icon,
                   to_imgui_colour(ui.p().danger));
    return text_block(ui, text, ui.fonts.bold, x + icon * 1.4f, y, w - icon * 1.4f, ui.p().danger);
}

}  // namespace tramso::ui
