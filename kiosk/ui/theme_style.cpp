#include "ui/theme_style.h"

#include <imgui.h>

#include "ui/widgets.h"

namespace tramso::ui {

void apply_theme_style(ImGuiStyle& style, const Theme& theme) {
    const Palette& p = theme.palette;
    const Metrics& m = theme.metrics;
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.FrameRounding = m.corner;
    style.ScrollbarSize = std::max(8.0f, m.px_per_mm * 3);
    style.ItemSpacing = ImVec2(m.gap, m.gap);
    style.TouchExtraPadding = ImVec2(0, 0);
    auto c = [](Rgb rgb, float a = 1.0f) { return ImGui::ColorConvertU32ToFloat4(to_imgui_colour(rgb, a)); };
    ImVec4* col = style.Colors;
    col[ImGuiCol_Text] = c(p.text);
    col[ImGuiCol_WindowBg] = c(p.background);
    col[ImGuiCol_ChildBg] = c(p.background, 0);
    col[ImGuiCol_PopupBg] = c(p.surface);
    col[ImGuiCol_Border] = c(p.border);
    col[ImGuiCol_ScrollbarBg] = c(p.secondary);
    col[ImGuiCol_ScrollbarGrab] = c(p.border);
    col[ImGuiCol_ScrollbarGrabHovered] = c(p.border);
    col[ImGuiCol_ScrollbarGrabActive] = c(p.text);
    col[ImGuiCol_ModalWindowDimBg] = c(p.text, 0.5f);
}

}  // namespace tramso::ui
