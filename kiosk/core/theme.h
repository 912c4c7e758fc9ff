// The one theme: every colour and size a screen uses comes from here. Sizes are derived from
// the panel's physical size (display.diagonal_inches) so a learner button is at least 16 mm
// under the finger whatever the resolution. Pure data: the UI layer turns
// it into ImGui style and fonts; tests check contrast and sizes without a window.
#pragma once

#include <cstdint>
#include <vector>

namespace tramso {

struct Rgb {
    std::uint8_t r, g, b;
};

// WCAG 2.x relative luminance and contrast ratio (1..21).
double relative_luminance(Rgb c);
double contrast_ratio(Rgb a, Rgb b);

struct Palette {
    Rgb background{0xFF, 0xF7, 0xEA};  // warm paper
    Rgb surface{0xFF, 0xFF, 0xFF};     // cards, phone screens
    Rgb text{0x22, 0x1A, 0x12};        // near-black brown
    Rgb text_muted{0x4A, 0x3F, 0x35};  // secondary text, still ≥ 7:1
    Rgb primary{0x0B, 0x4F, 0x3F};     // deep green: the one main action
    Rgb on_primary{0xFF, 0xFF, 0xFF};
    Rgb secondary{0xF1, 0xE4, 0xCC};  // Back, language, quiet actions
    Rgb on_secondary{0x22, 0x1A, 0x12};
    Rgb accent{0x8A, 0x2C, 0x00};  // warm rust: highlights, progress
    Rgb on_accent{0xFF, 0xFF, 0xFF};
    Rgb success{0x1B, 0x5E, 0x20};
    Rgb on_success{0xFF, 0xFF, 0xFF};
    Rgb danger{0x9B, 0x1C, 0x1C};
    Rgb on_danger{0xFF, 0xFF, 0xFF};
    Rgb border{0x6B, 0x5B, 0x4B};
    Rgb attract_bg{0x0B, 0x4F, 0x3F};  // the public display: deep green, cream text
    Rgb attract_text{0xFF, 0xF7, 0xEA};
    Rgb dim_bg{0x00, 0x00, 0x00};  // outside opening hours
    Rgb dim_text{0xB8, 0xB0, 0xA6};
};

// Text/background pairs the screens actually use; the contrast test walks this list.
struct ColourPair {
    const char* name;
    Rgb foreground, background;
};
std::vector<ColourPair> text_pairs(const Palette& p);

struct Metrics {
    float px_per_mm = 4.0f;
    // Fonts (pixel heights).
    float font_small = 0, font_body = 0, font_heading = 0, font_display = 0;
    // Touch targets and spacing.
    float button_height = 0;  // every learner button
    float button_min_width = 0;
    float gap = 0;             // between targets (≥ 4 mm)
    float margin = 0;          // screen edge
    float corner = 0;          // rounding
    float drag_threshold = 0;  // movement that turns a touch into a scroll
    float tap_reach = 0;       // a touch this far beside a target still counts as that target
    // The simulated phone of lesson practice: the place she must tap, and every other
    // tappable place, at least this big on the short side.
    float target_hit = 0;
    float touch_hit = 0;
    float tremor_radius = 0;  // a second touch this near, right after the first, is a tremor
};

// Derives all sizes from the window size in pixels and the physical diagonal in inches.
Metrics compute_metrics(int width_px, int height_px, double diagonal_inches, double scale);

struct Theme {
    Palette palette;
    Metrics metrics;
};

}  // namespace tramso
