// Forgiving touch on the real kiosk: a tap a few millimetres beside the phone's target counts,
// a tap far off does not, a tremor's second tap counts once, and a long or wandering press on
// a button is still a tap.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "ui_test_support.h"

using namespace tramso;
using tramso::ui::test::HeadlessKiosk;

namespace {

const char* kToCameraPractice = R"(
tap "Chạm để bắt đầu"
tap "Làm quen với điện thoại thông minh"
tap "Tiếp theo"
tap "Tiếp theo"
expect "Bước 3/11"
)";

float px_per_mm(HeadlessKiosk& k) { return k.app->theme().metrics.px_per_mm; }

const ui::WidgetRegistry::Item& widget(HeadlessKiosk& k, const std::string& label) {
    const auto* item = k.app->registry().find_widget(label, k.app->width(), k.app->height());
    REQUIRE_MESSAGE(item, "no widget " << label);
    return *item;
}

float distance(const ui::Rect& r, float x, float y) {
    const float dx = std::max({r.x - x, 0.0f, x - (r.x + r.w)});
    const float dy = std::max({r.y - y, 0.0f, y - (r.y + r.h)});
    return std::hypot(dx, dy);
}

// A point `gap_mm` outside `target`, on a side where no other tappable widget is as near.
std::optional<ui::Point> beside(HeadlessKiosk& k, const ui::Rect& target, float gap_mm) {
    const float gap = gap_mm * px_per_mm(k);
    const ui::Point sides[] = {{target.x + target.w + gap, target.cy()},
                               {target.x - gap, target.cy()},
                               {target.cx(), target.y + target.h + gap},
                               {target.cx(), target.y - gap}};
    for (const ui::Point& p : sides) {
        bool clear = true;
        for (const auto& item : k.app->registry().items())
            if (item.tappable && (item.rect.x != target.x || item.rect.y != target.y) &&
                distance(item.rect, p.x, p.y) <= gap * 1.5f)
                clear = false;
        if (clear) return p;
    }
    return std::nullopt;
}

// A finger down and up at (x, y), the time between them and after given in milliseconds.
void touch(HeadlessKiosk& k, float x, float y, Millis held_ms, Millis after_ms) {
    k.app->input().push({ui::PointerEvent::Type::Down, x, y});
    k.clock.advance(16);
    REQUIRE(k.app->frame().ok());
    k.clock.advance(held_ms);
    k.app->input().push({ui::PointerEvent::Type::Up, x, y});
    REQUIRE(k.app->frame().ok());
    for (Millis t = 0; t < after_ms; t += 16) {
        k.clock.advance(16);
        REQUIRE(k.app->frame().ok());
    }
}

}  // namespace

TEST_CASE("a tap 3 mm beside the phone's target counts as the target") {
    HeadlessKiosk k;
    REQUIRE(k.run(kToCameraPractice));
    const ui::Rect target = widget(k, "phone:camera").rect;
    auto p = beside(k, target, 3);
    REQUIRE_MESSAGE(p, "every side of the camera icon has another widget within 4.5 mm");
    REQUIRE_FALSE(target.contains(p->x, p->y));
    REQUIRE(k.run("tap " + std::to_string(int(p->x)) + " " + std::to_string(int(p->y))));
    CHECK(k.shows("Chị làm đúng rồi!"));
}

TEST_CASE("a tap far from every element is not taken for the target, and changes nothing") {
    HeadlessKiosk k;
    REQUIRE(k.run(kToCameraPractice));
    const ui::Rect target = widget(k, "phone:camera").rect;
    auto p = beside(k, target, 10);
    REQUIRE(p);
    REQUIRE(k.run("tap " + std::to_string(int(p->x)) + " " + std::to_string(int(p->y))));
    CHECK_FALSE(k.shows("Chị làm đúng rồi!"));
    CHECK(k.shows("Bước 3/11"));
}

TEST_CASE("a second tap within 300 ms at the same place is a tremor and counts once") {
    HeadlessKiosk k;
    REQUIRE(k.run(R"(
tap "Chạm để bắt đầu"
tap "Làm quen với điện thoại thông minh"
expect "Bước 1/11"
)"));
    const ui::Rect next = widget(k, "Tiếp theo").rect;
    touch(k, next.cx(), next.cy(), 60, 120);
    touch(k, next.cx() + 6, next.cy() + 4, 60, 400);  // the tremor, 180 ms after the lift
    CHECK(k.shows("Bước 2/11"));
    touch(k, next.cx(), next.cy(), 60, 400);  // her next tap, well after
    CHECK(k.shows("Bước 3/11"));
}

TEST_CASE("a press held 2 s, or wandering a few millimetres while held, still taps the button") {
    HeadlessKiosk k;
    REQUIRE(k.run(R"(
tap "Chạm để bắt đầu"
tap "Làm quen với điện thoại thông minh"
expect "Bước 1/11"
press "Tiếp theo" 2
expect "Bước 2/11"
)"));
    const ui::Rect next = widget(k, "Tiếp theo").rect;
    const float wander = 6 * px_per_mm(k);
    REQUIRE(next.w > 2 * wander);
    k.clock.advance(1000);
    k.app->input().push({ui::PointerEvent::Type::Down, next.cx(), next.cy()});
    k.clock.advance(16);
    REQUIRE(k.app->frame().ok());
    for (int i = 1; i <= 6; ++i) {
        k.app->input().push({ui::PointerEvent::Type::Move, next.cx() + wander * i / 6, next.cy() + (i % 2) * 4.0f});
        k.clock.advance(100);
        REQUIRE(k.app->frame().ok());
    }
    k.app->input().push({ui::PointerEvent::Type::Up, next.cx() + wander, next.cy()});
    for (int i = 0; i < 10; ++i) {
        k.clock.advance(16);
        REQUIRE(k.app->frame().ok());
    }
    CHECK(k.shows("Bước 3/11"));
}
