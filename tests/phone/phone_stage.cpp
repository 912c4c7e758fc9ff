#include "phone_stage.h"

#include <imgui.h>
#include <algorithm>

#include "ui/screens/lesson_layout.h"
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

// Where the lesson screen puts the phone (ui/screens/lesson_layout.h).
Rect PhoneStage::phone_area() const {
    return lesson_layout(m_theme.metrics, m_width, m_height, LessonAside::phone).aside;
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
        text_block(ui, side_text, m_fonts.heading, m.margin, phone_area().y, phone_area().x - 2 * m.gap - m.margin,
                   m_theme.palette.text);
    const PhoneSceneResult r = draw_phone_scene(ui, scene, phone_area(), options);
    end_screen();
    ImGui::Render();
    return r;
}

}  // namespace tramso::ui
