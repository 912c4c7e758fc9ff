// Forgiving touch decided from what a frame drew: taps a little beside a target, ties
// between two targets, text that is not tappable, and tremors.
#include <doctest/doctest.h>

#include "ui/tap_forgiveness.h"

using namespace tramso::ui;

namespace {

WidgetRegistry::Item widget(float x, float y, float w, float h) { return {"w", Rect{x, y, w, h}, true, ""}; }

}  // namespace

TEST_CASE("a tap on a widget stays exactly where it landed") {
    const std::vector items{widget(100, 100, 64, 64)};
    CHECK_FALSE(forgiving_target(items, Point{130, 130}, 16).has_value());
}

TEST_CASE("a tap just beside the only widget near lands inside it, at the nearest point") {
    const std::vector items{widget(100, 100, 64, 64), widget(400, 100, 64, 64)};
    auto p = forgiving_target(items, Point{176, 130}, 16);  // 12 px right of the first
    REQUIRE(p.has_value());
    CHECK(Rect{100, 100, 64, 64}.contains(p->x, p->y));
    CHECK(p->y == 130);  // moved straight across, not to the centre
    CHECK(p->x == doctest::Approx(162));
}

TEST_CASE("a tap farther than the reach is a miss") {
    const std::vector items{widget(100, 100, 64, 64)};
    CHECK_FALSE(forgiving_target(items, Point{181, 130}, 16).has_value());
    CHECK_FALSE(forgiving_target({}, Point{181, 130}, 16).has_value());
}

TEST_CASE("a tap between two widgets goes to the nearer, and to neither when both are as near") {
    const std::vector items{widget(100, 100, 64, 64), widget(184, 100, 64, 64)};  // 20 px apart
    auto nearer_left = forgiving_target(items, Point{170, 130}, 16);
    REQUIRE(nearer_left.has_value());
    CHECK(nearer_left->x < 164);
    auto nearer_right = forgiving_target(items, Point{180, 130}, 16);
    REQUIRE(nearer_right.has_value());
    CHECK(nearer_right->x > 184);
    CHECK_FALSE(forgiving_target(items, Point{174, 130}, 16).has_value());
}

TEST_CASE("text that cannot be tapped neither draws the tap nor counts as the nearer element") {
    std::vector items{widget(100, 100, 64, 64)};
    items.push_back({"a caption", Rect{170, 100, 200, 40}, false, ""});
    auto p = forgiving_target(items, Point{172, 120}, 16);
    REQUIRE(p.has_value());
    CHECK(Rect{100, 100, 64, 64}.contains(p->x, p->y));
}

TEST_CASE("one widget reported twice in one place is one element, not a tie") {
    std::vector items{widget(100, 100, 64, 64), widget(100, 100, 64, 64)};
    CHECK(forgiving_target(items, Point{170, 130}, 16).has_value());
}

TEST_CASE("a second touch soon after the first, at the same place, is a tremor") {
    const Point first{200, 200};
    CHECK(is_tremor(first, Point{205, 203}, 120, 300, 32));
    CHECK_FALSE(is_tremor(first, Point{205, 203}, 300, 300, 32));  // a person's next tap
    CHECK_FALSE(is_tremor(first, Point{260, 200}, 120, 300, 32));  // a quick tap elsewhere
}
