// A headless stage for the simulated phone: an ImGui context with the kiosk's fonts and theme
// at one screen size, drawing a lesson-like screen (step text on the left, the phone on the
// right) one frame at a time. Shared by the layout test and the screenshot tool; it needs no
// window (the tool adds a renderer on top).
#pragma once

#include <functional>
#include <string>

#include "core/clock.h"
#include "core/config.h"
#include "core/string_table.h"
#include "core/theme.h"
#include "ui/fonts.h"
#include "ui/phone/phone_scene.h"
#include "ui/touch_input.h"
#include "ui/widget_registry.h"

struct ImGuiContext;

namespace tramso::ui {

class PhoneStage {
public:
    PhoneStage(int width, int height);
    ~PhoneStage();
    PhoneStage(const PhoneStage&) = delete;
    PhoneStage& operator=(const PhoneStage&) = delete;

    // Empty when the fonts loaded; otherwise what went wrong.
    const std::string& error() const { return m_error; }

    // Called right before ImGui::NewFrame (a renderer backend's NewFrame).
    std::function<void()> before_new_frame;

    // One frame: `side_text` on the left (as the lesson screen would show it), the phone in
    // phone_area(). Ends with ImGui::Render(); the draw data is ImGui::GetDrawData().
    PhoneSceneResult frame(const Scene& scene, const PhoneSceneOptions& options, const std::string& side_text = "");

    Rect phone_area() const;
    PhoneGeometry geometry(const Scene& scene, Lang lang = Lang::vi) const;
    void tap(float x, float y);  // a finger down and up at (x, y), fed over the next frames

    float width() const { return m_width; }
    float height() const { return m_height; }
    const Theme& theme() const { return m_theme; }
    const WidgetRegistry& registry() const { return m_registry; }
    ManualClock& clock() { return m_clock; }
    Rgb background() const { return m_background; }

private:
    UiContext context(Rgb* bg);

    float m_width, m_height;
    Config m_config;
    Theme m_theme;
    StringTable m_strings;
    Fonts m_fonts;
    WidgetRegistry m_registry;
    TouchInput m_input;
    ManualClock m_clock;
    ImGuiContext* m_imgui = nullptr;
    Rgb m_background{};
    bool m_animating = false;
    std::string m_error;
};

}  // namespace tramso::ui
