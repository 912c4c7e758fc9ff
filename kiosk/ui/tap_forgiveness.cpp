#include "ui/tap_forgiveness.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tramso::ui {
namespace {

// The point of `r` nearest to `p`, kept `inset` pixels inside its edges so that the widget
// itself (not its neighbour across a hairline) receives the touch.
Point nearest_inside(const Rect& r, Point p) {
    const float inset_x = std::min(2.0f, r.w / 2), inset_y = std::min(2.0f, r.h / 2);
    return Point{std::clamp(p.x, r.x + inset_x, r.x + r.w - inset_x),
                 std::clamp(p.y, r.y + inset_y, r.y + r.h - inset_y)};
}

float distance(const Rect& r, Point p) {
    const float dx = std::max({r.x - p.x, 0.0f, p.x - (r.x + r.w)});
    const float dy = std::max({r.y - p.y, 0.0f, p.y - (r.y + r.h)});
    return std::hypot(dx, dy);
}

}  // namespace

std::optional<Point> forgiving_target(const std::vector<WidgetRegistry::Item>& drawn, Point p, float reach_px) {
    const WidgetRegistry::Item* nearest = nullptr;
    float best = std::numeric_limits<float>::max(), second = best;
    for (const WidgetRegistry::Item& item : drawn) {
        if (!item.tappable || item.rect.w <= 0 || item.rect.h <= 0) continue;
        const float d = distance(item.rect, p);
        if (d == 0) return std::nullopt;  // on a widget: it is hers, exactly as touched
        // A widget drawn twice in one place (a label over its own button) is one element.
        if (nearest && d == best && item.rect.x == nearest->rect.x && item.rect.y == nearest->rect.y &&
            item.rect.w == nearest->rect.w && item.rect.h == nearest->rect.h)
            continue;
        if (d < best) {
            second = best;
            best = d;
            nearest = &item;
        } else if (d < second) {
            second = d;
        }
    }
    if (!nearest || best > reach_px || second <= best) return std::nullopt;
    return nearest_inside(nearest->rect, p);
}

bool is_tremor(Point last, Point p, long long since_lift_ms, long long window_ms, float radius_px) {
    return since_lift_ms >= 0 && since_lift_ms < window_ms && std::hypot(p.x - last.x, p.y - last.y) <= radius_px;
}

}  // namespace tramso::ui
