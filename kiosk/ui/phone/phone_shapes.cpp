#include "ui/phone/phone_shapes.h"

#include <imgui.h>
#include <algorithm>
#include <cmath>

#include "ui/phone/phone_text.h"
#include "ui/pictograms.h"

#include "ui/fast_fill.h"

namespace tramso::ui {

namespace {
ImDrawList* dl() { return ImGui::GetWindowDrawList(); }
float bottom(Rect r) { return r.y + r.h; }
float right(Rect r) { return r.x + r.w; }
}  // namespace

void fill_round(Rect r, Rgb c, float rounding, float alpha) {
    fill_rounded_rect(dl(), ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h), col(c, alpha), rounding);
}

float button_height(const PhoneCtx& pc) {
    return std::max({11.0f * pc.u, line_height(pc.small) + 3.0f * pc.u, pc.min_hit - pc.gap});
}

void draw_button_shape(const PhoneCtx& pc, Rect r, const std::string& label, Rgb fill, Rgb text) {
    const float rounding = std::min(r.h / 2, 6.0f * pc.u);
    fill_round(r, fill, rounding);
    // A light button on a light screen needs an edge to look pressable.
    if (contrast_ratio(fill, pc.c.screen) < 1.5)
        dl()->AddRect(ImVec2(r.x, r.y), ImVec2(right(r), bottom(r)), col(mix(pc.c.divider, pc.c.text, 0.25f)), rounding,
                      0, std::max(1.0f, 0.3f * pc.u));
    const WrappedText t = wrap_text(pc.small, label, r.w - 5.0f * pc.u, 2);
    draw_text(pc, t, label, r.x, r.y + (r.h - t.height()) / 2, r.w, text, Align::Center, true);
}

void rotate_since(ImDrawList* list, int start, float cx, float cy, float radians) {
    const float c = std::cos(radians), s = std::sin(radians);
    for (int i = start; i < list->VtxBuffer.Size; ++i) {
        ImVec2& p = list->VtxBuffer[i].pos;
        const float x = p.x - cx, y = p.y - cy;
        p = ImVec2(cx + x * c - y * s, cy + x * s + y * c);
    }
}

void draw_avatar(const PhoneCtx&, const std::string& name, float cx, float cy, float d, ImFont* font) {
    // Dark, saturated colours: a white letter on them stays readable.
    static const unsigned int kColours[] = {0x1565C0, 0x2E7D32, 0xAD1457, 0x6A1B9A, 0xBF360C, 0x00695C, 0x4E342E};
    unsigned int h = 2166136261u;
    for (unsigned char ch : name) h = (h ^ ch) * 16777619u;
    const Rgb fill = rgb_from_hex(kColours[h % (sizeof kColours / sizeof kColours[0])]);
    dl()->AddCircleFilled(ImVec2(cx, cy), d / 2, col(fill), 40);
    if (!font) {  // a small app badge: a bell instead of a letter
        draw_pictogram(dl(), "bell", ImVec2(cx, cy), d * 0.62f, col(Rgb{255, 255, 255}));
        return;
    }
    const std::string letter = first_letter(name);
    const float w = text_width(font, letter);
    dl()->AddText(font, font->FontSize, ImVec2(std::round(cx - w / 2), std::round(cy - font->FontSize / 2)),
                  col(Rgb{255, 255, 255}), letter.c_str());
}

}  // namespace tramso::ui
