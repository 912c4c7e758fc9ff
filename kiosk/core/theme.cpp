#include "core/theme.h"

#include <algorithm>
#include <cmath>

namespace tramso {

double relative_luminance(Rgb c) {
    auto channel = [](std::uint8_t v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::vector<ColourPair> text_pairs(const Palette& p) {
    return {
        {"text on background", p.text, p.background},
        {"text on surface", p.text, p.surface},
        {"muted text on background", p.text_muted, p.background},
        {"muted text on surface", p.text_muted, p.surface},
        {"primary button label", p.on_primary, p.primary},
        {"secondary button label", p.on_secondary, p.secondary},
        {"keyboard Done key label", p.primary, p.surface},
        {"accent label", p.on_accent, p.accent},
        {"success label", p.on_success, p.success},
        {"danger label", p.on_danger, p.danger},
        {"accent text on background", p.accent, p.background},
        {"danger text on background", p.danger, p.background},
        {"success text on background", p.success, p.background},
        {"attract text", p.attract_text, p.attract_bg},
        {"dimmed clock", p.dim_text, p.dim_bg},
    };
}

Metrics compute_metrics(int width_px, int height_px, double diagonal_inches, double scale) {
    const double diagonal_px = std::sqrt(double(width_px) * width_px + double(height_px) * height_px);
    const double px_per_mm = diagonal_px / (diagonal_inches * 25.4);
    auto mm = [&](double v) { return float(std::round(v * px_per_mm * scale)); };

    Metrics m;
    m.px_per_mm = float(px_per_mm);
    // 9 mm body ≈ 36 px and 12 mm headings ≈ 48 px on a 21.5" 1080p panel: read from arm's length by older eyes, with a
    // floor so text never falls below what a small screen can still show legibly.
    m.font_body = std::max(mm(9.0), 22.0f);
    m.font_small = std::max(mm(7.0), 18.0f);
    m.font_heading = std::max(mm(12.0), 30.0f);
    m.font_display = std::max(mm(20.0), 48.0f);
    // Buttons: 24 mm tall (about 96 px at 1080p), never under the 16 mm an older finger needs.
    m.button_height = std::max(mm(24.0), float(std::ceil(16.0 * px_per_mm)));
    m.button_min_width = std::max(mm(40.0), m.button_height);
    m.gap = std::max(mm(6.0), float(std::ceil(4.0 * px_per_mm)));
    m.margin = mm(10.0);
    m.corner = mm(3.0);
    m.drag_threshold = mm(4.0);
    // A shaky finger lands a few millimetres off, or taps twice in one place.
    m.tap_reach = mm(4.0);
    m.tremor_radius = mm(8.0);
    // Never scaled down: the finger does not shrink with a smaller panel setting.
    m.target_hit = float(std::ceil(16.0 * px_per_mm));
    m.touch_hit = float(std::ceil(12.0 * px_per_mm));
    return m;
}

}  // namespace tramso
