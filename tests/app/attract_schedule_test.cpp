// What the attract screen shows when, and when it next needs drawing.
#include <doctest/doctest.h>

#include "app/attract_schedule.h"

using namespace tramso;
using namespace tramso::app;

namespace {
// Monday 2026-09-21 00:00 in Vietnam (UTC+7).
constexpr Millis kMondayMidnight = 1'789'923'600'000;
constexpr Millis kHour = 3'600'000;

Config config_with_hours() {
    Config c;
    c.attract.panel_seconds = 8;
    for (int d = 0; d < 6; ++d) c.hours.days[d] = *parse_day_hours("07:30-11:30, 13:30-21:00");
    c.hours.days[6] = *parse_day_hours("closed");
    return c;
}
}  // namespace

TEST_CASE("the panels rotate every panel_seconds from the moment attract appears") {
    const Config c = config_with_hours();
    const auto panels = attract_panels(c, true);
    REQUIRE(panels == std::vector<AttractPanel>{AttractPanel::Welcome, AttractPanel::Lessons, AttractPanel::SafetyTip,
                                                AttractPanel::Hours});
    const Millis since = 8'000, wall = kMondayMidnight + 9 * kHour;  // open
    CHECK(attract_view(c, panels, since, since, wall).panel == AttractPanel::Welcome);
    CHECK(attract_view(c, panels, since, since + 7'999, wall).panel == AttractPanel::Welcome);
    CHECK(attract_view(c, panels, since, since + 8'000, wall).panel == AttractPanel::Lessons);
    CHECK(attract_view(c, panels, since, since + 16'000, wall).panel == AttractPanel::SafetyTip);
    CHECK(attract_view(c, panels, since, since + 24'000, wall).panel == AttractPanel::Hours);
    const AttractView again = attract_view(c, panels, since, since + 32'000, wall);
    CHECK(again.panel == AttractPanel::Welcome);
    CHECK(again.rotation == 1);  // the next safety tip shows in this rotation
}

TEST_CASE("panel changes fall on drift steps, so they cost no frame of their own") {
    const Config c = config_with_hours();
    const auto panels = attract_panels(c, true);
    const Millis wall = kMondayMidnight + 9 * kHour;
    const Millis since = 5'300;  // attract appeared between two drift steps
    CHECK(attract_view(c, panels, since, 11'999, wall).panel == AttractPanel::Welcome);
    CHECK(attract_view(c, panels, since, 12'000, wall).panel == AttractPanel::Lessons);
    for (Millis t = since; t < since + 60'000; t += 250)
        CHECK(attract_view(c, panels, since, t, wall).next_change_ms % kDriftStepMs == 0);
}

TEST_CASE("panels without content are left out of the rotation") {
    Config c;  // no [hours]: open all day, so no hours panel
    CHECK(attract_panels(c, false) == std::vector<AttractPanel>{AttractPanel::Welcome, AttractPanel::SafetyTip});
}

TEST_CASE("the attract picture changes only at drift steps and panel changes") {
    const Config c = config_with_hours();
    const auto panels = attract_panels(c, true);
    const Millis wall = kMondayMidnight + 9 * kHour;
    const AttractView a = attract_view(c, panels, 0, 1'000, wall);
    CHECK(a.next_change_ms == kDriftStepMs);
    // Anything drawn before the next change looks the same.
    const AttractView b = attract_view(c, panels, 0, kDriftStepMs - 1, wall);
    CHECK(a.drift_x == b.drift_x);
    CHECK(a.drift_y == b.drift_y);
    CHECK(a.panel == b.panel);
    // The drift stays within its amplitude and does move over a period.
    float min_x = 2, max_x = -2;
    for (Millis t = 0; t < c.attract.drift_period_seconds * 1000; t += kDriftStepMs) {
        const AttractView v = attract_view(c, panels, 0, t, wall);
        CHECK(v.drift_x >= -1.0f);
        CHECK(v.drift_x <= 1.0f);
        min_x = std::min(min_x, v.drift_x), max_x = std::max(max_x, v.drift_x);
        CHECK(v.next_change_ms > t);
        CHECK(v.next_change_ms <= t + kDriftStepMs);
    }
    CHECK(max_x - min_x > 1.5f);
}

TEST_CASE("outside opening hours the attract screen is the closed clock, redrawn when the minute turns") {
    const Config c = config_with_hours();
    const auto panels = attract_panels(c, true);
    CHECK(attract_view(c, panels, 0, 0, kMondayMidnight + 7 * kHour + 29 * 60'000).closed);        // 07:29
    CHECK_FALSE(attract_view(c, panels, 0, 0, kMondayMidnight + 7 * kHour + 30 * 60'000).closed);  // 07:30
    CHECK(attract_view(c, panels, 0, 0, kMondayMidnight + 12 * kHour).closed);                     // lunch
    CHECK(attract_view(c, panels, 0, 0, kMondayMidnight + 6 * 24 * kHour + 10 * kHour).closed);    // Sunday
    const AttractView night = attract_view(c, panels, 0, 100'000, kMondayMidnight + 23 * kHour + 59'000 - 20'000);
    CHECK(night.closed);
    CHECK(night.next_change_ms == 104'000);  // the next drift step comes before the minute turns
    const AttractView late = attract_view(c, panels, 0, 1'000, kMondayMidnight + 23 * kHour + 59'500);
    CHECK(late.next_change_ms == 1'500);  // the minute turns in half a second
}
