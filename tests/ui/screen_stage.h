// A screen drawn headless for layout tests: an ImGui context with the kiosk's fonts and theme
// at one screen size, no window; what it drew is checked through the widget registry.
#pragma once

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/flow_types.h"
#include "common/source_dir.h"
#include "core/string_table.h"
#include "ui/fonts.h"
#include "ui/screens/screens.h"
#include "ui/theme_style.h"

namespace tramso::ui::test {

struct Stage {
    float w, h;
    Lang lang = Lang::vi;
    Config config;
    Theme theme;
    Fonts fonts;
    StringTable strings;
    WidgetRegistry registry;
    TouchInput input;
    ImGuiContext* ctx = nullptr;

    Stage(int width, int height) : w(float(width)), h(float(height)) {
        config.registration.wards = {"Phường Thanh Xuân", "Phường Khương Đình", "Phường Phương Liệt", "Phường Đống Đa",
                                     "Phường Kim Liên"};
        theme.metrics = compute_metrics(width, height, config.display.diagonal_inches, config.display.scale);
        ctx = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        auto f = load_fonts(*io.Fonts, config.paths.font_dir, theme.metrics, "");
        REQUIRE_MESSAGE(f, (f ? "" : f.error().to_string()));
        fonts = *f;
        apply_theme_style(ImGui::GetStyle(), theme);
        unsigned char* px = nullptr;
        int tw = 0, th = 0;
        io.Fonts->GetTexDataAsRGBA32(&px, &tw, &th);
        auto s = StringTable::load(std::string(TRAMSO_SOURCE_DIR) + "/assets/strings");
        REQUIRE_MESSAGE(s, (s ? "" : s.error().to_string()));
        strings = std::move(*s);
    }
    ~Stage() { ImGui::DestroyContext(ctx); }

    void draw(const app::State& state) {
        ImGui::SetCurrentContext(ctx);
        ImGui::GetIO().DisplaySize = ImVec2(w, h);
        ImGui::GetIO().DeltaTime = 1.0f / 60;
        input.before_frame(ImGui::GetIO());
        ImGui::NewFrame();
        input.after_new_frame();
        registry.begin_frame();
        Rgb bg{};
        bool animating = false;
        const UiContext ui{config, theme, fonts, strings,           registry, input,      lang,
                           w,      h,     0,     1'790'000'000'000, &bg,      &animating, nullptr};
        draw_screen(ui, state);
        ImGui::Render();
    }

    // Checks every tappable widget of the last frame: at least 16 mm each way, 4 mm clear of
    // its neighbours, wholly on screen.
    void check_targets(const std::string& screen) {
        const float mm = theme.metrics.px_per_mm;
        std::vector<WidgetRegistry::Item> targets;
        for (const auto& item : registry.items())
            if (item.tappable && item.id.empty() && item.rect.w > 0) targets.push_back(item);
        REQUIRE_FALSE(targets.empty());
        for (size_t i = 0; i < targets.size(); ++i) {
            const auto& a = targets[i];
            INFO(screen, " at ", w, "x", h, ": \"", a.label, "\" ", a.rect.w / mm, "x", a.rect.h / mm, " mm");
            CHECK(a.rect.w >= 16 * mm - 0.5f);
            CHECK(a.rect.h >= 16 * mm - 0.5f);
            CHECK(a.rect.x >= 0);
            CHECK(a.rect.y >= 0);
            CHECK(a.rect.x + a.rect.w <= w);
            CHECK(a.rect.y + a.rect.h <= h);
            for (size_t j = i + 1; j < targets.size(); ++j) {
                const auto& b = targets[j];
                const float dx = std::max(b.rect.x - (a.rect.x + a.rect.w), a.rect.x - (b.rect.x + b.rect.w));
                const float dy = std::max(b.rect.y - (a.rect.y + a.rect.h), a.rect.y - (b.rect.y + b.rect.h));
                INFO("and \"", b.label, "\"");
                CHECK(std::max(dx, dy) >= 4 * mm - 0.5f);
            }
        }
    }
};

}  // namespace tramso::ui::test
