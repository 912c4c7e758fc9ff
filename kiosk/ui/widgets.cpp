#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <algorithm>
#include <cmath>

#include "ui/fast_fill.h"
#include "ui/pictograms.h"

namespace tramso::ui {

unsigned int to_imgui_colour(Rgb c, float alpha) { return IM_COL32(c.r, c.g, c.b, int(alpha * 255)); }

namespace {

struct ButtonColours {
    Rgb fill, label;
    bool outline;
};

ButtonColours colours_for(const Palette& p, ButtonKind kind) {
    switch (kind) {
        case ButtonKind::Primary:
            return {p.primary, p.on_primary, false};
        case ButtonKind::Secondary:
            return {p.secondary, p.on_secondary, true};
        case ButtonKind::Accent:
            return {p.accent, p.on_accent, false};
        case ButtonKind::Success:
            return {p.success, p.on_success, false};
        case ButtonKind::Danger:
            return {p.danger, p.on_danger, false};
        case ButtonKind::Ghost:
            return {p.surface, p.text, true};
        case ButtonKind::Disabled:
            return {p.background, p.text_muted, true};
    }
    return {p.primary, p.on_primary, false};
}

// ImGui returns the start when not even one character fits; break after one whole UTF-8
// character then, never inside one (which would show a broken glyph).
const char* wrap_at(ImFont* font, const char* s, const char* end, float width) {
    const char* wrap = font->CalcWordWrapPositionA(1.0f, s, end, width);
    if (wrap != s) return wrap;
    unsigned int c = 0;
    const int n = ImTextCharFromUtf8(&c, s, end);
    return s + std::max(n, 1);
}

Rgb darker(Rgb c) { return Rgb{std::uint8_t(c.r * 0.8), std::uint8_t(c.g * 0.8), std::uint8_t(c.b * 0.8)}; }

// An InvisibleButton at an absolute screen rectangle; the id includes the label and position
// so two buttons with the same label on one screen stay distinct.
bool hit_area(const std::string& label, Rect r, bool* held) {
    ImGui::SetCursorScreenPos(ImVec2(r.x, r.y));
    ImGui::PushID(label.c_str());
    ImGui::PushID(int(r.x) * 7919 + int(r.y));
    const bool clicked = ImGui::InvisibleButton("##hit", ImVec2(std::max(r.w, 1.0f), std::max(r.h, 1.0f)));
    if (held) *held = ImGui::IsItemActive();
    ImGui::PopID();
    ImGui::PopID();
    return clicked;
}

// Screen-space rectangle of a widget drawn inside a scrolled window, clipped to it, so the
// driver only taps what is actually visible.
Rect visible_part(Rect r) {
    ImVec2 cmin = ImGui::GetWindowDrawList()->GetClipRectMin();
    ImVec2 cmax = ImGui::GetWindowDrawList()->GetClipRectMax();
    const float x0 = std::max(r.x, cmin.x), y0 = std::max(r.y, cmin.y);
    const float x1 = std::min(r.x + r.w, cmax.x), y1 = std::min(r.y + r.h, cmax.y);
    if (x1 <= x0 || y1 <= y0) return Rect{-1e6f, -1e6f, 0, 0};
    return Rect{x0, y0, x1 - x0, y1 - y0};
}

}  // namespace

void begin_screen(const UiContext& ui, const char* id, Rgb background) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(ui.width, ui.height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    *ui.clear_colour = background;
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse |
                     ImGuiWindowFlags_NoBackground);
}

void end_screen() {
    ImGui::End();
    ImGui::PopStyleVar(3);
}

float ticked_line(const UiContext& ui, const std::string& text, float x, float y, float width) {
    const float icon = ui.fonts.body->FontSize;
    draw_pictogram(ImGui::GetWindowDrawList(), "check", ImVec2(x + icon / 2, y + icon * 0.6f), icon,
                   to_imgui_colour(ui.p().success));
    return text_block(ui, text, ui.fonts.body, x + icon * 1.5f, y, width - icon * 1.5f, ui.p().text);
}

float text_height(ImFont* font, const std::string& text, float width) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, width, text.c_str()).y;
}

float text_block(const UiContext& ui, const std::string& text, ImFont* font, float x, float y, float width, Rgb colour,
                 Align align) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 col = to_imgui_colour(colour);
    float cy = y;
    // Wrap line by line so each line can be aligned on its own.
    const char* s = text.c_str();
    const char* end = s + text.size();
    while (s < end) {
        const char* nl = std::find(s, end, '\n');
        const char* line = s;
        while (line < nl) {
            const char* wrap = wrap_at(font, line, nl, width);
            const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, line, wrap);
            float lx = x;
            if (align == Align::Center) lx = x + (width - size.x) / 2;
            if (align == Align::Right) lx = x + width - size.x;
            dl->AddText(font, font->FontSize, ImVec2(lx, cy), col, line, wrap);
            cy += font->FontSize * 1.18f;
            line = wrap;
            while (line < nl && *line == ' ') ++line;
        }
        if (nl == line && line == s) cy += font->FontSize * 1.18f;  // empty line
        s = nl < end ? nl + 1 : end;
    }
    const float h = cy - y;
    ui.registry.add_text(text, visible_part(Rect{x, y, width, h}));
    return h;
}

bool big_button(const UiContext& ui, const std::string& label, Rect r, ButtonKind kind, const char* icon,
                ImFont* label_font) {
    bool held = false;
    bool clicked = hit_area(label, r, &held);
    if (kind == ButtonKind::Disabled) clicked = held = false;
    const ButtonColours c = colours_for(ui.p(), kind);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float corner = ui.m().corner;
    fill_rounded_rect(dl, ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h),
                      to_imgui_colour(held ? darker(c.fill) : c.fill), corner);
    if (c.outline)
        dl->AddRect(ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h), to_imgui_colour(ui.p().border), corner, 0,
                    std::max(2.0f, ui.m().px_per_mm * 0.6f));

    ImFont* font = label_font ? label_font : ui.fonts.bold;
    const float pad = ui.m().gap;
    float icon_size = icon ? std::min(r.h * 0.55f, font->FontSize * 1.4f) : 0;
    // A square button too narrow for its words shows just its pictogram (the label is still
    // what the registry and, later, the voice use).
    const float label_w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str()).x;
    if (icon && label_w + icon_size + pad * 2.5f > r.w && r.w < r.h * 1.5f) {
        draw_pictogram(dl, icon, ImVec2(r.x + r.w / 2, r.y + r.h / 2), std::min(r.w, r.h) * 0.5f,
                       to_imgui_colour(c.label));
        ui.registry.add_widget(label, visible_part(r));
        return clicked;
    }
    const float text_w = std::max(10.0f, r.w - 2 * pad - (icon ? icon_size + pad / 2 : 0));
    const float th = text_height(font, label, text_w);
    const float tw = std::min(text_w, font->CalcTextSizeA(font->FontSize, FLT_MAX, text_w, label.c_str()).x);
    const float block_w = tw + (icon ? icon_size + pad / 2 : 0);
    float x = r.x + (r.w - block_w) / 2;
    if (icon) {
        draw_pictogram(dl, icon, ImVec2(x + icon_size / 2, r.y + r.h / 2), icon_size, to_imgui_colour(c.label));
        x += icon_size + pad / 2;
    }
    // Label drawn straight (not via text_block) so it is reported once, as the widget.
    const char* s = label.c_str();
    const char* end = s + label.size();
    float y = r.y + (r.h - th) / 2;
    while (s < end) {
        const char* wrap = wrap_at(font, s, end, text_w);
        const float lw = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s, wrap).x;
        dl->AddText(font, font->FontSize, ImVec2(x + (tw - lw) / 2, y), to_imgui_colour(c.label), s, wrap);
        y += font->FontSize * 1.18f;
        s = wrap;
        while (s < end && *s == ' ') ++s;
    }
    ui.registry.add_widget(label, visible_part(r));
    return clicked;
}

namespace {

// Where a card's parts go: the pictogram's circle, the text column and the tick.
struct CardParts {
    float pad, icon_d, tick_d, text_x, text_w;
};

CardParts card_parts(const UiContext& ui, float w) {
    const Metrics& m = ui.m();
    CardParts c;
    c.pad = m.gap * 0.6f;
    c.icon_d = m.button_height * 0.55f;
    c.tick_d = c.icon_d * 0.7f;
    c.text_x = c.pad * 2 + c.icon_d;
    c.text_w = std::max(1.0f, w - c.text_x - c.pad * 2 - c.tick_d);
    return c;
}

int wrapped_lines(ImFont* f, const std::string& text, float width) {
    int lines = 0;
    const char* s = text.c_str();
    const char* end = s + text.size();
    while (s < end) {
        s = wrap_at(f, s, end, width);
        while (s < end && *s == ' ') ++s;
        ++lines;
    }
    return std::max(lines, 1);
}

}  // namespace

float card_height(const UiContext& ui, const std::string& label, float w) {
    const CardParts c = card_parts(ui, w);
    const float line_h = ui.fonts.bold->FontSize * 1.18f;
    const float need = float(wrapped_lines(ui.fonts.bold, label, c.text_w)) * line_h + 2 * c.pad;
    return std::max({need, c.icon_d + 2 * c.pad, std::ceil(16.0f * ui.m().px_per_mm)});
}

bool card_button(const UiContext& ui, const std::string& label, const char* icon, Rect r, Rgb icon_colour, bool done,
                 const std::string& done_label) {
    bool held = false;
    const bool clicked = hit_area(label, r, &held);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Palette& p = ui.p();
    const float corner = ui.m().corner;
    fill_rounded_rect(dl, ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h),
                      to_imgui_colour(held ? p.secondary : p.surface), corner);
    dl->AddRect(ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h), to_imgui_colour(p.border), corner, 0,
                std::max(2.0f, ui.m().px_per_mm * 0.5f));
    const CardParts c = card_parts(ui, r.w);
    const ImVec2 ic(r.x + c.pad + c.icon_d / 2, r.cy());
    dl->AddCircleFilled(ic, c.icon_d / 2, to_imgui_colour(icon_colour), 48);
    draw_pictogram(dl, icon ? icon : "", ic, c.icon_d * 0.62f, to_imgui_colour(p.surface));

    ImFont* f = ui.fonts.bold;
    const float line_h = f->FontSize * 1.18f;
    float y = r.cy() - float(wrapped_lines(f, label, c.text_w)) * line_h / 2;
    const char* s = label.c_str();
    const char* end = s + label.size();
    while (s < end) {
        const char* wrap = wrap_at(f, s, end, c.text_w);
        dl->AddText(f, f->FontSize, ImVec2(r.x + c.text_x, y + (line_h - f->FontSize) / 2), to_imgui_colour(p.text), s,
                    wrap);
        y += line_h;
        s = wrap;
        while (s < end && *s == ' ') ++s;
    }
    if (done) {
        const ImVec2 tc(r.x + r.w - c.pad - c.tick_d / 2, r.cy());
        dl->AddCircleFilled(tc, c.tick_d / 2, to_imgui_colour(p.success), 32);
        draw_pictogram(dl, "check", tc, c.tick_d * 0.6f, to_imgui_colour(p.on_success));
        ui.registry.add_text(done_label,
                             visible_part(Rect{tc.x - c.tick_d / 2, tc.y - c.tick_d / 2, c.tick_d, c.tick_d}));
    }
    ui.registry.add_widget(label, visible_part(r));
    return clicked;
}

bool touch_area(const UiContext& ui, const std::string& label, Rect r) {
    const bool clicked = hit_area(label, r, nullptr);
    ui.registry.add_widget(label, visible_part(r));
    return clicked;
}

float scroll_buttons_width(const UiContext& ui) { return ui.m().button_height; }

namespace {
struct ScrollArea {
    Rect r;
    ImGuiWindow* window = nullptr;
    const char* id = nullptr;
};
ImVector<ScrollArea> g_scroll_stack;  // nesting is rare; a stack keeps begin/end paired
}  // namespace

void reset_widget_state() { g_scroll_stack.clear(); }

void begin_scroll_area(const UiContext& ui, const char* id, Rect r) {
    // The child stops short of the button column: ImGui gives a child window the touches over
    // it, so buttons drawn over the child would never be pressed.
    ImGui::SetCursorScreenPos(ImVec2(r.x, r.y));
    ImGui::BeginChild(id, ImVec2(r.w - scroll_buttons_width(ui) - ui.m().gap / 2, r.h), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground);
    g_scroll_stack.push_back(ScrollArea{r, ImGui::GetCurrentWindow(), id});
}

void end_scroll_area(const UiContext& ui) {
    ScrollArea a = g_scroll_stack.back();
    g_scroll_stack.pop_back();
    const float max_y = ImGui::GetScrollMaxY();
    const float y = ImGui::GetScrollY();
    ImGui::EndChild();
    if (max_y <= 0) return;
    // Up/down buttons in a column at the right edge, half a screen of text per tap.
    const float bw = scroll_buttons_width(ui);
    const float step = a.r.h * 0.6f;
    const Rect up{a.r.x + a.r.w - bw, a.r.y, bw, bw};
    const Rect down{a.r.x + a.r.w - bw, a.r.y + a.r.h - bw, bw, bw};
    if (y > 0 && big_button(ui, ui.t("common.scroll_up"), up, ButtonKind::Secondary, "up"))
        ImGui::SetScrollY(a.window, std::max(0.0f, y - step));
    if (y < max_y && big_button(ui, ui.t("common.scroll_down"), down, ButtonKind::Secondary, "down"))
        ImGui::SetScrollY(a.window, std::min(max_y, y + step));
}

Rect begin_overlay(const UiContext& ui, const char* id, float card_w, float card_h) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(ui.width, ui.height));
    ImGui::SetNextWindowFocus();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(ui.width, ui.height), to_imgui_colour(ui.p().text, 0.55f));
    const Rect card{(ui.width - card_w) / 2, (ui.height - card_h) / 2, card_w, card_h};
    fill_rounded_rect(dl, ImVec2(card.x, card.y), ImVec2(card.x + card.w, card.y + card.h),
                      to_imgui_colour(ui.p().surface), ui.m().corner * 2);
    // Swallow taps on the dimmed area: the screen behind must not react.
    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    ImGui::InvisibleButton("##overlay-block", ImVec2(ui.width, ui.height));
    ImGui::SetItemAllowOverlap();
    return card;
}

void end_overlay() {
    ImGui::End();
    ImGui::PopStyleVar();
}

void progress_bar(const UiContext& ui, Rect r, float fraction) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    fill_rounded_rect(dl, ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h), to_imgui_colour(ui.p().secondary), r.h / 2);
    const float w = std::clamp(fraction, 0.0f, 1.0f) * r.w;
    if (w > 0)
        fill_rounded_rect(dl, ImVec2(r.x, r.y), ImVec2(r.x + w, r.y + r.h), to_imgui_colour(ui.p().accent), r.h / 2);
}

}  // namespace tramso::ui
