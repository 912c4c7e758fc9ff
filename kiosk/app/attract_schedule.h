// What the attract screen shows at a given moment, as pure arithmetic on the clock:
// which panel, how far the burn-in drift has moved, whether the center is closed, and when
// the picture next changes. The UI draws it; the frame loop sleeps until next_change_ms, so
// an unattended kiosk draws one frame every few seconds and nothing in between.
#pragma once

#include <vector>

#include "core/clock.h"
#include "core/config.h"

namespace tramso::app {

enum class AttractPanel { Welcome, Lessons, SafetyTip, Hours };
const char* attract_panel_name(AttractPanel p);

// The drift moves in steps this far apart: each step shifts the picture by a pixel or two,
// so drawing only at the steps looks the same as drawing continuously.
constexpr Millis kDriftStepMs = 4000;

struct AttractView {
    bool closed = false;  // outside opening hours: dim clock only
    AttractPanel panel = AttractPanel::Welcome;
    long long rotation = 0;          // completed rotations since attract appeared (picks the tip)
    float drift_x = 0, drift_y = 0;  // −1…1, multiplied by the screen's drift amplitude
    Millis next_change_ms = 0;       // monotonic time the picture next changes
};

// The panels in rotation order: the lessons panel only when there are lessons, the hours
// panel only when the center has configured opening hours.
std::vector<AttractPanel> attract_panels(const Config& config, bool have_lessons);

// since_ms: when the attract screen appeared (the rotation starts at Welcome then).
AttractView attract_view(const Config& config, const std::vector<AttractPanel>& panels, Millis since_ms, Millis now_ms,
                         Millis wall_ms);

}  // namespace tramso::app
