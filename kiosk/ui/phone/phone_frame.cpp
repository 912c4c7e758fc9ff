#include "ui/phone/phone_frame.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/civil_time.h"
#include "ui/phone/phone_elements.h"
#include "ui/phone/phone_text.h"

#include "ui/fast_fill.h"

namespace tramso::ui {

namespace {

constexpr float kBodyW = kPhoneBodyWidthMm, kBodyH = kPhoneBodyHeightMm, kKeyOut = kPhoneKeyOutMm;

ImDrawList* dl() { return ImGui::GetWindowDrawList(); }
float bottom(Rect r) { return r.y + r.h; }
float right(Rect r) { return r.x + r.w; }

bool has_title(const Scene& s) { return !s.title.empty() || s.back; }

// The glass: a gradient drawn as a few solid bands, since SDL's software renderer fills a
// plain rectangle fast but shades a gradient pixel by pixel (see ui/fast_fill.h).
void fill_gradient_round(Rect r, float rounding, Rgb top, Rgb bot) {
    constexpr int kBands = 6;
    auto mix = [&](float t) {
        return Rgb{std::uint8_t(top.r + (bot.r - top.r) * t), std::uint8_t(top.g + (bot.g - top.g) * t),
                   std::uint8_t(top.b + (bot.b - top.b) * t)};
    };
    fill_rounded_rect(dl(), ImVec2(r.x, r.y), ImVec2(right(r), bottom(r)), col(mix(0.5f)), rounding);
    const float band = (r.h - 2 * rounding) / kBands;
    for (int i = 0; i < kBands; ++i)
        dl()->AddRectFilled(ImVec2(r.x, std::round(r.y + rounding + i * band)),
                            ImVec2(right(r), std::round(r.y + rounding + (i + 1) * band)),
                            col(mix((i + 0.5f) / kBands)));
}

float back_width(const PhoneCtx& pc) { return std::max(13.0f * pc.u, pc.min_hit); }

// The title in bold when it fits on one line; otherwise smaller text on up to two lines.
WrappedText title_text(const PhoneCtx& pc, const Scene& scene, float bar_w, bool* strong) {
    const float x0 = scene.back ? back_width(pc) : 4.0f * pc.u;
    const float room = bar_w - 3.0f * pc.u - x0;
    const std::string& title = pc.tr(scene.title);
    *strong = text_width(pc.bold, title) > room;
    return *strong ? wrap_text(pc.small, title, room, 2) : wrap_text(pc.bold, title, room, 1);
}

// "7:05", as a phone's status bar shows the kiosk's local time.
std::string phone_clock_text(Millis wall_ms, int utc_offset_minutes) {
    const LocalDateTime t = local_date_time(wall_ms, utc_offset_minutes);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%d:%02d", t.hour(), t.minute());
    return buf;
}

}  // namespace

const SceneElement* pinned_tabs(const Scene& s) {
    for (auto it = s.elements.rbegin(); it != s.elements.rend(); ++it)
        if (it->type == ElementType::tabs) return &*it;
    return nullptr;
}

bool scene_is_call(const Scene& scene) {
    return std::any_of(scene.elements.begin(), scene.elements.end(),
                       [](const SceneElement& e) { return e.type == ElementType::call; });
}

Rect phone_body_rect(const UiContext& ui, Rect area, float* scale) {
    const float mm = ui.m().px_per_mm;
    const float full_w = (kBodyW + 2 * kKeyOut) * mm, full_h = kBodyH * mm;
    const float s = std::min({kPhoneMaxScale, area.w / full_w, area.h / full_h});
    if (scale) *scale = s;
    const float w = std::floor(kBodyW * mm * s), h = std::floor(kBodyH * mm * s);
    return Rect{std::round(area.x + (area.w - w) / 2), std::round(area.y + (area.h - h) / 2), w, h};
}

PhoneGeometry phone_geometry(const PhoneCtx& pc, const Scene& scene, Rect body, float scale) {
    PhoneGeometry g;
    g.scale = scale;
    g.body = body;
    const float bezel = std::round(2.2f * pc.u);
    g.screen = inset(body, bezel, bezel);
    const float status_h = std::round(std::max(6.0f * pc.u, line_height(pc.small) + 1.0f * pc.u));
    g.status = Rect{g.screen.x, g.screen.y, g.screen.w, status_h};
    float y = bottom(g.status);
    if (has_title(scene) && !scene_is_call(scene)) {
        bool strong = false;
        const WrappedText t = title_text(pc, scene, g.screen.w, &strong);
        const float h = std::round(std::max({12.0f * pc.u, pc.min_hit, t.height() + 2.0f * pc.u}));
        g.app_bar = Rect{g.screen.x, y, g.screen.w, h};
        y += h;
    } else {
        g.app_bar = Rect{g.screen.x, y, g.screen.w, 0};
    }
    const float nav_h = std::round(5.0f * pc.u);
    g.nav = Rect{g.screen.x, bottom(g.screen) - nav_h, g.screen.w, nav_h};
    float tabs_h = 0;
    if (const SceneElement* t = pinned_tabs(scene)) tabs_h = std::round(tabs_height(pc, *t, g.screen.w));
    g.tabs = Rect{g.screen.x, g.nav.y - tabs_h, g.screen.w, tabs_h};
    g.content = Rect{g.screen.x, y, g.screen.w, g.tabs.y - y};
    return g;
}

void draw_phone_body(const PhoneCtx& pc, const PhoneGeometry& g, const Scene& scene) {
    const Rect b = g.body;
    const float r = 9.0f * pc.u;
    // Side keys (volume rocker and power) on the right edge, as on most Android phones.
    const float k = std::max(2.0f, kKeyOut * pc.u);
    fill_round(Rect{right(b) - k, b.y + 28 * pc.u, 2 * k, 20 * pc.u}, pc.c.button, k);
    fill_round(Rect{right(b) - k, b.y + 54 * pc.u, 2 * k, 11 * pc.u}, pc.c.button, k);
    fill_round(b, pc.c.body, r);
    dl()->AddRect(ImVec2(b.x + 1, b.y + 1), ImVec2(right(b) - 1, bottom(b) - 1), col(Rgb{0x5A, 0x63, 0x6C}), r, 0,
                  1.5f);
    const Rect s = g.screen;
    const float sr = r - (s.x - b.x);
    if (scene_is_call(scene))
        fill_gradient_round(s, sr, pc.c.call_top, pc.c.call_bottom);
    else if (!has_title(scene))
        fill_gradient_round(s, sr, pc.c.wallpaper_top, pc.c.wallpaper_bottom);
    else
        fill_round(s, pc.c.screen, sr);
}

void draw_status_bar(const PhoneCtx& pc, const PhoneGeometry& g, bool dark) {
    const Rect s = g.status;
    const Rgb c = dark ? pc.c.call_text : pc.c.text;
    const float side = 5.0f * pc.u;
    const float ty = s.y + (s.h - line_height(pc.small)) / 2 + 0.3f * pc.u;
    draw_line(pc, pc.small, phone_clock_text(pc.ui.wall_now_ms, pc.ui.config.hours.utc_offset_minutes), s.x + side, ty,
              c, true);
    // Front camera hole.
    dl()->AddCircleFilled(ImVec2(s.cx(), s.cy()), 1.3f * pc.u, col(pc.c.bezel), 20);
    // Battery: outline, cap and a three-quarter charge.
    const float bw = 5.2f * pc.u, bh = 2.6f * pc.u, t = std::max(1.0f, 0.3f * pc.u);
    const float bx = right(s) - side - bw, by = s.cy() - bh / 2;
    dl()->AddRect(ImVec2(bx, by), ImVec2(bx + bw, by + bh), col(c), 0.5f * pc.u, 0, t);
    dl()->AddRectFilled(ImVec2(bx + bw, by + bh * 0.3f), ImVec2(bx + bw + 0.5f * pc.u, by + bh * 0.7f), col(c));
    dl()->AddRectFilled(ImVec2(bx + 2 * t, by + 2 * t), ImVec2(bx + 2 * t + (bw - 4 * t) * 0.75f, by + bh - 2 * t),
                        col(c));
    // Signal: four rising bars.
    const float bar = 0.7f * pc.u, step = 1.1f * pc.u, sx = bx - 2.0f * pc.u - 4 * step;
    for (int i = 0; i < 4; ++i) {
        const float h = bh * (0.35f + 0.22f * float(i)) * 1.2f;
        const float x = sx + float(i) * step;
        dl()->AddRectFilled(ImVec2(x, by + bh * 1.1f - h), ImVec2(x + bar, by + bh * 1.1f), col(c));
    }
}

void draw_app_bar(const PhoneCtx& pc, const PhoneGeometry& g, const Scene& scene, std::vector<PhoneHit>& hits) {
    const Rect a = g.app_bar;
    if (a.h <= 0) return;
    dl()->AddLine(ImVec2(a.x, bottom(a) - 0.5f), ImVec2(right(a), bottom(a) - 0.5f), col(pc.c.divider),
                  std::max(1.0f, 0.25f * pc.u));
    float tx = a.x + 4.0f * pc.u;
    if (scene.back) {
        const float bw = back_width(pc);
        const Rect hit{a.x, a.y, bw, a.h};
        const float cx = a.x + 6.5f * pc.u, cy = a.cy(), s = 2.6f * pc.u, t = std::max(2.0f, 0.55f * pc.u);
        const unsigned int c = col(pc.c.text);
        dl()->AddLine(ImVec2(cx - s, cy), ImVec2(cx + s, cy), c, t);
        dl()->AddLine(ImVec2(cx - s, cy), ImVec2(cx - s * 0.25f, cy - s * 0.75f), c, t);
        dl()->AddLine(ImVec2(cx - s, cy), ImVec2(cx - s * 0.25f, cy + s * 0.75f), c, t);
        const float d = std::min(a.h - 2.0f * pc.u, 8.0f * pc.u);
        hits.push_back({"back", pc.tr("Quay lại", "Back"), hit, Rect{cx - d / 2, cy - d / 2, d, d}, d / 2});
        tx = a.x + bw;
    }
    const std::string& title = pc.tr(scene.title);
    if (title.empty()) return;
    bool strong = false;
    const WrappedText t = title_text(pc, scene, a.w, &strong);
    draw_text(pc, t, title, tx, a.cy() - t.height() / 2, t.width(), pc.c.text, Align::Left, strong);
}

void draw_nav_handle(const PhoneCtx& pc, const PhoneGeometry& g, bool dark) {
    const Rect n = g.nav;
    const float w = 20.0f * pc.u, h = std::max(2.0f, 1.1f * pc.u);
    fill_round(Rect{n.cx() - w / 2, n.cy() - h / 2, w, h}, dark ? pc.c.call_text : pc.c.text, h / 2, 0.75f);
}

}  // namespace tramso::ui
