#include "ui/phone/phone_scene.h"

#include <imgui.h>
#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/phone/phone_elements.h"
#include "ui/phone/phone_hint.h"
#include "ui/phone/phone_layout.h"
#include "ui/phone/phone_text.h"

namespace tramso::ui {

namespace {

constexpr Millis kFlashMs = 1000;  // the whole wrong-tap feedback
constexpr Millis kShakeMs = 450;   // its little shake
constexpr float kTau = 6.2831853f;

float bottom(Rect r) { return r.y + r.h; }
float right(Rect r) { return r.x + r.w; }

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
    HintMotion hint;      // the halo's breath and the hand's press, while there is a highlight
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
        // Moves until she taps the right place (the screen then stops asking for frames).
        f.highlight = &o.highlight;
        f.hint = hint_motion(now - std::max(m.highlight_since, m.last_tap));
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

// Draws the wrong-tap outline and the hint's halo; returns the highlighted place as drawn
// (an empty rect when it is not among `hits`).
Rect draw_feedback(const PhoneCtx& pc, const std::vector<PhoneHit>& hits, const Feedback& f, Rect bounds) {
    Rect highlighted;
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
            draw_hint_halo(pc, h.shape, h.rounding, bounds, f.hint);
            highlighted = h.shape;
        }
    }
    return highlighted;
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

// Brings the step's target, and later a newly highlighted element, wholly into view, once
// each, so neither is ever cut by the screen's edge (she would not think to scroll).
void scroll_into_view(const std::vector<PhoneHit>& hits, const Feedback& f, const PhoneSceneOptions& o, Rect view) {
    const std::string want = f.highlight ? "highlight:" + *f.highlight : o.target.empty() ? "" : "target:" + o.target;
    ImGuiStorage* st = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID("##scrolled_to");
    const int now = want.empty() ? 0 : int(ImGui::GetID(want.c_str()));
    if (st->GetInt(key, 0) == now) return;
    st->SetInt(key, now);
    const std::string& id = f.highlight ? *f.highlight : o.target;
    for (const PhoneHit& h : hits) {
        if (want.empty() || h.target != id) continue;
        if (h.hit.y >= view.y && bottom(h.hit) <= bottom(view)) return;
        ImGui::SetScrollY(
            std::max(0.0f, ImGui::GetScrollY() + std::min(h.hit.y - view.y, bottom(h.hit) - bottom(view))));
        return;
    }
}

Rgb content_background(const PhoneCtx& pc, const Scene& scene) {
    if (scene_is_call(scene)) return pc.c.call_bottom;
    return scene.title.empty() && !scene.back ? pc.c.wallpaper_bottom : pc.c.screen;
}

// The scrolling part of the screen: elements, their hits, feedback.
// The hint's hand over the highlighted place (nothing when there is none): pointing a little
// above its middle, where an app's icon or a button's words are, palm towards the phone's middle.
void draw_hand(const PhoneCtx& pc, const PhoneGeometry& g, Rect highlighted, const Feedback& f) {
    if (highlighted.w <= 0 || highlighted.h <= 0) return;
    draw_hint_hand(pc, highlighted.cx(), highlighted.y + highlighted.h * 0.4f, highlighted.cx() > g.screen.cx(),
                   f.hint);
}

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
    const Rect highlighted = clamp_into(draw_feedback(pc, hits, f, c), c);
    draw_scroll_cue(pc, c, layout.height, ImGui::GetScrollY(), content_background(pc, scene));
    // In this window, which is drawn over the phone's frame; the hand may reach over the tabs.
    ImGui::PushClipRect(ImVec2(g.screen.x, g.screen.y), ImVec2(right(g.screen), bottom(g.screen)), false);
    draw_hand(pc, g, highlighted, f);
    ImGui::PopClipRect();
    scroll_into_view(hits, f, o, c);
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
}

}  // namespace

PhoneGeometry phone_scene_geometry(const UiContext& ui, const Scene& scene, Rect area, Lang lang) {
    float scale = 1;
    const Rect body = phone_body_rect(ui, area, &scale);
    return phone_geometry(make_phone_ctx(ui, lang, scale), scene, body, scale);
}

PhoneSceneResult draw_phone_scene(const UiContext& ui, const Scene& scene, Rect area,
                                  const PhoneSceneOptions& options) {
    float scale = 1;
    const Rect body = phone_body_rect(ui, area, &scale);
    const PhoneCtx pc = make_phone_ctx(ui, options.lang, scale);
    const PhoneGeometry g = phone_geometry(pc, scene, body, scale);
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
    draw_hand(pc, g, draw_feedback(pc, chrome, f, g.screen), f);

    if (!result.tapped.empty() || result.tapped_screen) flash_memory().last_tap = ui.now_ms;
    result.animating = f.highlight != nullptr || f.flash != nullptr;
    ImGui::PopID();
    ImGui::SetCursorScreenPos(saved_cursor);
    return result;
}

}  // namespace tramso::ui
