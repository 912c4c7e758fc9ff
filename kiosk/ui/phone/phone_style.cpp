#include "ui/phone/phone_style.h"

#include <imgui.h>
#include <algorithm>

#include "ui/widgets.h"

namespace tramso::ui {

Rgb rgb_from_hex(unsigned int v) { return Rgb{std::uint8_t(v >> 16), std::uint8_t(v >> 8), std::uint8_t(v)}; }

Rgb mix(Rgb a, Rgb b, float t) {
    auto m = [t](std::uint8_t x, std::uint8_t y) { return std::uint8_t(x + (y - x) * t + 0.5f); };
    return Rgb{m(a.r, b.r), m(a.g, b.g), m(a.b, b.b)};
}

unsigned int col(Rgb c, float alpha) { return to_imgui_colour(c, std::clamp(alpha, 0.0f, 1.0f)); }

Rect clamp_into(Rect r, Rect bounds) {
    const float x0 = std::max(r.x, bounds.x), y0 = std::max(r.y, bounds.y);
    const float x1 = std::min(r.x + r.w, bounds.x + bounds.w), y1 = std::min(r.y + r.h, bounds.y + bounds.h);
    return Rect{x0, y0, std::max(0.0f, x1 - x0), std::max(0.0f, y1 - y0)};
}

PhoneColours phone_colours(const Palette& p) {
    PhoneColours c{};
    c.body = rgb_from_hex(0x23282D);
    c.bezel = rgb_from_hex(0x0E1012);
    c.button = rgb_from_hex(0x3A4148);
    c.screen = p.surface;
    c.wallpaper_top = rgb_from_hex(0xD9EAF6);
    c.wallpaper_bottom = rgb_from_hex(0xF7E9DA);
    c.text = p.text;
    c.muted = p.text_muted;
    c.divider = rgb_from_hex(0xD3D8DD);
    c.bubble_them = rgb_from_hex(0xECEFF1);
    c.bubble_me = rgb_from_hex(0xD4F1C8);
    // A dark link blue: ≥ 7:1 on white and on both bubbles.
    c.link = rgb_from_hex(0x0842A0);
    // Content authors call the primary button "the blue button" (Vietnamese "xanh").
    c.primary = rgb_from_hex(0x0842A0);
    c.on_primary = rgb_from_hex(0xFFFFFF);
    c.neutral = rgb_from_hex(0xE4E8EC);
    c.on_neutral = p.text;
    c.danger = p.danger;
    c.on_danger = p.on_danger;
    c.success = p.success;
    c.on_success = p.on_success;
    c.field_bg = rgb_from_hex(0xF6F8FA);
    c.search_bg = rgb_from_hex(0xEDF0F3);
    c.call_top = rgb_from_hex(0x1B3A44);
    c.call_bottom = rgb_from_hex(0x0B171B);
    c.call_text = rgb_from_hex(0xFFFFFF);
    c.accept = rgb_from_hex(0x1E8E3E);
    c.decline = rgb_from_hex(0xC62828);
    c.badge = p.danger;
    c.on_badge = p.on_danger;
    c.highlight = p.accent;
    c.flash = p.border;
    c.press = rgb_from_hex(0x000000);
    return c;
}

PhoneCtx make_phone_ctx(const UiContext& ui, Lang lang, float scale) {
    const float mm = ui.m().px_per_mm;
    const float u = mm * scale;
    return PhoneCtx{ui, lang, phone_colours(ui.p()), u, mm, std::max(2.0f, 2.5f * u), std::max(2.0f, 2.2f * u),
                    ui.m().target_hit,
                    // Every word she reads on the phone at the kiosk's body size, never smaller.
                    ui.fonts.body, ui.fonts.body, ui.fonts.bold, ui.fonts.heading};
}

}  // namespace tramso::ui
