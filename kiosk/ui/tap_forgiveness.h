// Forgiving touch for shaky fingers, decided from what the last frame drew (no ImGui here):
// - a tap a little beside a target goes to the target, when it is the one element near;
// - a second touch very soon after the first, at the same place, is the same tap (a tremor).
#pragma once

#include <optional>
#include <vector>

#include "ui/widget_registry.h"

namespace tramso::ui {

struct Point {
    float x = 0, y = 0;
};

// Where a touch at `p` should land: nothing when it is already on a tappable widget or no
// widget is within `reach_px`; otherwise the point of the nearest tappable widget closest to
// `p`, just inside its edge. When two widgets are equally near the tap is left where it was,
// since neither is clearly what she meant.
std::optional<Point> forgiving_target(const std::vector<WidgetRegistry::Item>& drawn, Point p, float reach_px);

// True when a touch going down at `p`, `since_lift_ms` after the last touch lifted at `last`,
// is a tremor of that touch rather than a tap of its own.
bool is_tremor(Point last, Point p, long long since_lift_ms, long long window_ms, float radius_px);

}  // namespace tramso::ui
