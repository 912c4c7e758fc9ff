#include "ui/phone/phone_scene.h"

#include <imgui.h>
#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/phone/phone_elements.h"
#include "ui/phone/phone_layout.h"
#include "ui/phone/phone_text.h"

namespace tramso::ui {

namespace {

constexpr Millis kFlashMs = 1000;  // the whole wrong-tap feedback
constexpr Millis kShakeMs = 450;   // its little shake
constexpr Millis kPulseMs = 1600;  // one breath of the highlight ring
constexpr int kPulses = 3;         // then it stays still: an idle kiosk needs no frames
constexpr float kTau = 6.2831853f;

float bottom(Rect r) { return r.y + r.h; }
float right(Rect r) { return r.x + r.w; }
Rect grow(Rect r, float d) { return Rect{r.x - d, r.y - d, r.w + 2 * d, r.h + 2 * d}; }

// `r` pulled inside `bounds` (a ring drawn around an element at the screen's edge stays whole).
Rect clamp_into(Rect r, Rect bounds) {
    const float x0 = std::max(r.x, bounds.x), y0 = std::max(r.y, bounds.y);
    const float x1 = std::min(right(r), right(bounds)), y1 = std::min(bottom(r), bottom(bounds));
    return Rect{x0, y0, std::max(0.0f, x1 - x0), std::max(0.0f, y1 - y0)};
}

// When the feedback started. The lesson screen sets flash_wrong after a wrong tap and may
// keep it (and the highlight) set; any new tap restarts both.
struct FlashMemory {
    std::string target, highlight;
    Millis since = 0, highlight_since = 0;
    Millis last_tap = -kFlashMs;
};
FlashMemory& flash_memory() {
    static FlashMemory m;  // the UI runs on one thread
    return m;
}

struct Feedback {
    const std::string* highlight = nullptr;
    const std::string* flash = nullptr;
    float flash_age = 1;  // 0 → 1 over kFlashMs
    float shake_dx = 0;   // horizontal offset of a shaking element, px
    float pulse = 0;      // 0 → 1 → 0
    bool pulsing = false;
};

Feedback feedback(const PhoneCtx& pc, const PhoneSceneOptions& o) {
    Feedback f;
    const Millis now = pc.ui.now_ms;
    FlashMemory& m = flash_memory();
    if (m.target != o.flash_wrong) {
        m.target = o.flash_wrong;
        m.since = now;
    }
    if (m.highlight != o.highlight) {
        m.highlight = o.highlight;
        m.highlight_since = now;
    }
    if (!o.highlight.empty()) {
        f.highlight = &o.highlight;
        const Millis age = now - std::max(m.highlight_since, m.last_tap);
        f.pulsing = age >= 0 && age < kPulses * kPulseMs;
        f.pulse = f.pulsing ? 0.5f - 0.5f * std::cos(kTau * float(age % kPulseMs) / float(kPulseMs)) : 0.5f;
    }
    const Millis age = now - std::max(m.since, m.last_tap);
    if (!o.flash_wrong.empty() && age >= 0 && age < kFlashMs) {
        f.flash = &o.flash_wrong;
        f.flash_age = float(age) / float(kFlashMs);
        if (age < kShakeMs) {
            const float t = float(age) / float(kShakeMs);
            f.shake_dx = std::sin(t * kTau * 3) * (1 - t) * 1.2f * pc.u;
        }
    }
    return f;
}

// An invisible button over a hit (the kiosk's touch layer turns a tap into click-on-release).
bool hit_button(const PhoneHit& h, bool* held) {
    ImGui::SetCursorScreenPos(ImVec2(h.hit.x, h.hit.y));
    ImGui::PushID(h.target.c_str());
    const bool clicked =
        ImGui::InvisibleButton("##phone_hit", ImVec2(std::max(h.hit.w, 1.0f), std::max(h.hit.h, 1.0f)));
    *held = ImGui::IsItemActive();
    ImGui::PopID();
    return clicked;
}

// Buttons for every hit, registry entries, press tint. Returns the tapped target, if any.
std::string place_hits(const PhoneCtx& pc, const std::vector<PhoneHit>& hits, bool interactive) {
    std::string tapped;
    for (const PhoneHit& h : hits) {
        if (!interactive) continue;
        bool held = false;
        if (hit_button(h, &held)) tapped = h.target;
        if (held) fill_round(h.shape, pc.c.press, h.rounding, 0.14f);
        pc.ui.registry.add_widget(h.label, visible_part_of(h.hit), "phone:" + h.target);
    }
    return tapped;
}

// Taps on the glass that miss every element: a wrong tap, not nothing.
bool screen_catcher(Rect r, const char* id) {
    ImGui::SetCursorScreenPos(ImVec2(r.x, r.y));
    return ImGui::InvisibleButton(id, ImVec2(std::max(r.w, 1.0f), std::max(r.h, 1.0f)));
}

void draw_feedback(const PhoneCtx& pc, const std::vector<PhoneHit>& hits, const Feedback& f, Rect bounds) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const PhoneHit& h : hits) {
        if (f.flash && h.target == *f.flash) {
            // A soft, fading outline in the theme's quiet border colour: "not this one".
            const float a = 1 - f.flash_age;
            const float t = std::max(2.0f, 0.7f * pc.mm);
            const Rect r = clamp_into(grow(h.shape, 0.8f * pc.u), inset(bounds, t / 2 + 1, t / 2 + 1));
            dl->AddRect(ImVec2(r.x, r.y), ImVec2(right(r), bottom(r)), col(pc.c.flash, 0.85f * a),
                        h.rounding + 0.8f * pc.u, 0, t);
        }
        if (f.highlight && h.target == *f.highlight) {
            const float thick = std::max(3.0f, 1.1f * pc.mm);
            const float g = (0.8f + 0.8f * f.pulse) * pc.u + thick / 2;
            const Rect r = clamp_into(grow(h.shape, g), inset(bounds, thick / 2 + 3, thick / 2 + 3));
            const float rounding = h.rounding + g;
            // A white halo keeps the ring visible on dark buttons and the call screen.
            dl->AddRect(ImVec2(r.x, r.y), ImVec2(right(r), bottom(r)), col(Rgb{255, 255, 255}, 0.9f), rounding, 0,
                        thick + 4);
            dl->AddRect(ImVec2(r.x, r.y), ImVec2(right(r), bottom(r)), col(pc.c.highlight, 0.75f + 0.25f * f.pulse),
                        rounding, 0, thick);
        }
    }
}

// A quiet "there is more" cue: a thin scroll indicator and a fade with a chevron at the
// bottom while more content lies below.
void draw_scroll_cue(const PhoneCtx& pc, Rect view, float content_h, float scroll, Rgb bg) {
    const float max_scroll = content_h - view.h;
    if (max_scroll <= 1) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float track_h = view.h - 2.0f * pc.u;
    const float thumb_h = std::max(6.0f * pc.u, track_h * view.h / content_h);
    const float ty = view.y + 1.0f * pc.u + (track_h - thumb_h) * std::clamp(scroll / max_scroll, 0.0f, 1.0f);
    const float tw = std::max(2.0f, 0.8f * pc.u);
    fill_round(Rect{right(view) - tw - 0.6f * pc.u, ty, tw, thumb_h}, pc.c.muted, tw / 2, 0.6f);
    if (scroll < max_scroll - 1) {
        // A short fade and a small chevron in the corner, clear of centred labels.
        const float fh = 4.0f * pc.u;
        dl->AddRectFilledMultiColor(ImVec2(view.x, bottom(view) - fh), ImVec2(right(view), bottom(view)), col(bg, 0),
                                    col(bg, 0), col(bg, 0.8f), col(bg, 0.8f));
        const float d = 5.5f * pc.u;
        const ImVec2 c(right(view) - tw - 1.2f * pc.u - d / 2, bottom(view) - d / 2 - 0.8f * pc.u);
        dl->AddCircleFilled(c, d / 2, col(pc.c.text, 0.75f), 32);
        const float s = d * 0.22f, t = std::max(2.0f, 0.45f * pc.u);
        dl->AddLine(ImVec2(c.x - s, c.y - s * 0.4f), ImVec2(c.x, c.y + s * 0.6f), col(Rgb{255, 255, 255}), t);
        dl->AddLine(ImVec2(c.x, c.y + s * 0.6f), ImVec2(c.x + s, c.y - s * 0.4f), col(Rgb{255, 255, 255}), t);
    }
}

// Brings a newly highlighted element into view, once, so a hint never points off-screen.
void scroll_to_highlight(const std::vector<PhoneHit>& hits, const Feedback& f, Rect view, float origin_y) {
    ImGuiStorage* st = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID("##highlight_seen");
    const int seen = st->GetInt(key, 0);
    const int now = f.highlight ? int(ImGui::GetID(f.highlight->c_str())) : 0;
    if (seen == now) return;
    st->SetInt(key, now);
    if (!f.highlight) return;
    for (const PhoneHit& h : hits) {
        if (h.target != *f.highlight) continue;
        if (h.shape.y >= view.y && bottom(h.shape) <= bottom(view)) return;
        ImGui::SetScrollY(std::max(0.0f, h.shape.y - origin_y - (view.h - h.shape.h) / 2));
        return;
    }
}

Rgb content_background(const PhoneCtx& pc, const Scene& scene) {
    if (scene_is_call(scene)) return pc.c.call_bottom;
    return scene.title.empty() && !scene.back ? pc.c.wallpaper_bottom : pc.c.screen;
}

// The scrolling part of the screen: elements, their hits, feedback.
void draw_content(const PhoneCtx& pc, const PhoneGeometry& g, const Scene& scene, const PhoneSceneOptions& o,
                  const Feedback& f, PhoneSceneResult& result) {
    const Rect c = g.content;
    ImGui::SetCursorScreenPos(ImVec2(c.x, c.y));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    // A new scene is a new child window: it opens scrolled to the top.
    ImGui::BeginChild(ImGui::GetID(&scene), ImVec2(c.w, c.h), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoSavedSettings);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const SceneLayout layout = layout_scene(pc, scene, c.w, c.h);
    std::vector<PhoneHit> hits;
    for (const ElementBox& b : layout.boxes) {
        const float dx = f.flash && *f.flash == b.element->id ? f.shake_dx : 0;
        draw_element(pc, *b.element, offset(b.slot, origin.x + dx, origin.y), offset(b.band, origin.x, origin.y), hits);
    }
    const std::string tapped = place_hits(pc, hits, o.interactive);
    if (!tapped.empty()) result.tapped = tapped;
    if (o.interactive && screen_catcher(c, "##phone_glass") && result.tapped.empty()) result.tapped_screen = true;
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(c.w, layout.height));
    draw_feedback(pc, hits, f, c);
    draw_scroll_cue(pc, c, layout.height, ImGui::GetScrollY(), content_background(pc, scene));
    scroll_to_highlight(hits, f, c, origin.y);
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
}

}  // namespace

PhoneGeometry phone_scene_geometry(const UiContext& ui, const Scene& scene, Rect area, Lang lang) {
    float shrink = 1;
    const Rect body = phone_body_rect(ui, area, &shrink);
    return phone_geometry(make_phone_ctx(ui, lang, shrink), scene, body, shrink);
}

PhoneSceneResult draw_phone_scene(const UiContext& ui, const Scene& scene, Rect area,
                                  const PhoneSceneOptions& options) {
    float shrink = 1;
    const Rect body = phone_body_rect(ui, area, &shrink);
    const PhoneCtx pc = make_phone_ctx(ui, options.lang, shrink);
    const PhoneGeometry g = phone_geometry(pc, scene, body, shrink);
    const bool dark = scene_is_call(scene);
    const Feedback f = feedback(pc, options);
    const ImVec2 saved_cursor = ImGui::GetCursorScreenPos();
    ImGui::PushID("phone_scene");

    draw_phone_body(pc, g, scene);
    draw_status_bar(pc, g, dark);
    std::vector<PhoneHit> chrome;  // back arrow and tab bar: outside the scrolling part
    draw_app_bar(pc, g, scene, chrome);
    if (const SceneElement* tabs = pinned_tabs(scene)) draw_tabs(pc, *tabs, g.tabs, chrome);
    draw_nav_handle(pc, g, dark);

    PhoneSceneResult result;
    draw_content(pc, g, scene, options, f, result);
    const std::string tapped = place_hits(pc, chrome, options.interactive);
    if (!tapped.empty()) result.tapped = tapped;
    if (options.interactive && screen_catcher(g.screen, "##phone_chrome") && result.tapped.empty())
        result.tapped_screen = true;
    draw_feedback(pc, chrome, f, g.screen);

    if (!result.tapped.empty() || result.tapped_screen) flash_memory().last_tap = ui.now_ms;
    result.animating = f.pulsing || f.flash != nullptr;
    ImGui::PopID();
    ImGui::SetCursorScreenPos(saved_cursor);
    return result;
}

}  // namespace tramso::ui
