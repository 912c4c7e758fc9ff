#include <doctest/doctest.h>

#include "core/theme.h"

TEST_CASE("every text colour pair in the theme has at least 7:1 contrast (WCAG AAA)") {
    tramso::Palette p;
    for (const auto& pair : tramso::text_pairs(p)) {
        INFO(pair.name);
        CHECK(tramso::contrast_ratio(pair.foreground, pair.background) >= 7.0);
    }
}

TEST_CASE("contrast ratio matches the WCAG definition at the extremes") {
    CHECK(tramso::contrast_ratio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
    CHECK(tramso::contrast_ratio({128, 128, 128}, {128, 128, 128}) == doctest::Approx(1.0));
}

TEST_CASE("on a 21.5 inch 1080p panel buttons are at least 16 mm and text meets the UX sizes") {
    const auto m = tramso::compute_metrics(1920, 1080, 21.5, 1.0);
    CHECK(m.button_height / m.px_per_mm >= 16.0f);
    CHECK(m.button_height >= 96.0f);
    CHECK(m.font_body >= 36.0f);
    CHECK(m.font_heading >= 48.0f);
    CHECK(m.gap / m.px_per_mm >= 4.0f);
}

TEST_CASE("buttons stay at least 16 mm on a small high-density panel") {
    const auto m = tramso::compute_metrics(1280, 800, 10.1, 1.0);
    CHECK(m.button_height / m.px_per_mm >= 16.0f);
    CHECK(m.button_min_width / m.px_per_mm >= 16.0f);
}

TEST_CASE("display.scale enlarges everything") {
    const auto a = tramso::compute_metrics(1920, 1080, 21.5, 1.0);
    const auto b = tramso::compute_metrics(1920, 1080, 21.5, 1.5);
    CHECK(b.font_body > a.font_body);
    CHECK(b.button_height > a.button_height);
}
