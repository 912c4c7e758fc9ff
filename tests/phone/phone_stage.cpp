#include "phone_stage.h"

#include <imgui.h>
#include <algorithm>

#include "ui/theme_style.h"
#include "ui/widgets.h"

namespace tramso::ui {

PhoneStage::PhoneStage(int width, int height) : m_width(float(width)), m_height(float(height)) {
    m_theme.metrics = compute_metrics(width, height, m_config.display.diagonal_inches, m_config.display.scale);
    m_input.set_drag_threshold(m_theme.metrics.drag_threshold);
    m_imgui = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    auto fonts = load_fonts(*io.Fonts, m_config.paths.font_dir, m_theme.metrics, "");
    if (!fonts) {
        m_error = fonts.error().to_string();
        return;
    }
    m_fonts = *fonts;
    apply_theme_style(ImGui::GetStyle(), m_theme);
    // Headless: ImGui only needs the atlas built; a renderer may replace the texture id.
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
}

PhoneStage::~PhoneStage() {
    if (m_imgui) ImGui::DestroyContext(m_imgui);
}

// Where the lesson screen (ui/screens/lesson.cpp) puts the phone: the right part of the body,
// between the progress bar and the Back/Next row.
Rect PhoneStage::phone_area() const {
    const Metrics& m = m_theme.metrics;
    const float body_y = m.margin + m.button_height + m.gap / 2 + std::max(6.0f, m.px_per_mm * 2) + m.gap;
    const float body_h = m_height - m.margin - m.button_height - m.gap - body_y;
    const float w = std::min(m_width * 0.4f, std::max(body_h * 0.56f, m_width * 0.3f));
    return Rect{m_width - m.margin - w, body_y, w, body_h};
}

UiContext PhoneStage::context(Rgb* bg) {
    return UiContext{m_config,          m_theme,  m_fonts,      m_strings, m_registry,
                     m_input,           Lang::vi, m_width,      m_height,  m_clock.monotonic_ms(),
                     m_clock.wall_ms(), bg,       &m_animating, nullptr};
}

PhoneGeometry PhoneStage::geometry(const Scene& scene, Lang lang) const {
    Rgb bg{};
    const UiContext ui = const_cast<PhoneStage*>(this)->context(&bg);
    return phone_scene_geometry(ui, scene, phone_area(), lang);
}

void PhoneStage::tap(float x, float y) {
    m_input.push({PointerEvent::Type::Down, x, y});
    m_input.push({PointerEvent::Type::Up, x, y});
}

PhoneSceneResult PhoneStage::frame(const Scene& scene, const PhoneSceneOptions& options, const std::string& side_text) {
    ImGui::SetCurrentContext(m_imgui);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(m_width, m_height);
    io.DeltaTime = 1.0f / 60;
    m_input.before_frame(io);
    if (before_new_frame) before_new_frame();
    ImGui::NewFrame();
    m_input.after_new_frame();
    m_registry.begin_frame();
    m_background = m_theme.palette.background;
    UiContext ui = context(&m_background);
    ui.lang = options.lang;
    begin_screen(ui, "lesson", m_theme.palette.background);
    const Metrics& m = m_theme.metrics;
    if (!side_text.empty())
        text_block(ui, side_text, m_fonts.body, m.margin, phone_area().y, phone_area().x - 2 * m.gap - m.margin,
                   m_theme.palette.text);
    const PhoneSceneResult r = draw_phone_scene(ui, scene, phone_area(), options);
    end_screen();
    ImGui::Render();
    return r;
}

}  // namespace tramso::ui
