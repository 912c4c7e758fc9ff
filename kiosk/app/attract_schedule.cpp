#include "app/attract_schedule.h"

#include <algorithm>
#include <cmath>

#include "core/civil_time.h"

namespace tramso::app {

const char* attract_panel_name(AttractPanel p) {
    switch (p) {
        case AttractPanel::Welcome:
            return "welcome";
        case AttractPanel::Lessons:
            return "lessons";
        case AttractPanel::SafetyTip:
            return "tip";
        case AttractPanel::Hours:
            return "hours";
    }
    return "?";
}

std::vector<AttractPanel> attract_panels(const Config& config, bool have_lessons) {
    std::vector<AttractPanel> panels{AttractPanel::Welcome};
    if (have_lessons) panels.push_back(AttractPanel::Lessons);
    panels.push_back(AttractPanel::SafetyTip);
    if (!config.hours.always_open()) panels.push_back(AttractPanel::Hours);
    return panels;
}

AttractView attract_view(const Config& config, const std::vector<AttractPanel>& panels, Millis since_ms, Millis now_ms,
                         Millis wall_ms) {
    AttractView v;
    // Drift: a slow Lissajous path, evaluated only at whole drift steps.
    const Millis step_start = now_ms - (now_ms % kDriftStepMs + kDriftStepMs) % kDriftStepMs;
    const double period_ms = std::max(1, config.attract.drift_period_seconds) * 1000.0;
    const double phase = 2 * 3.14159265358979 * std::fmod(double(step_start), period_ms) / period_ms;
    v.drift_x = float(std::cos(phase));
    v.drift_y = float(std::sin(phase * 2));
    Millis next = step_start + kDriftStepMs;

    v.closed = !is_open(config.hours, wall_ms);
    if (v.closed) {
        // The clock shows minutes: draw again when the minute turns (opening times are whole
        // minutes too, so that is also when the center can open).
        v.next_change_ms = std::min(next, now_ms + ms_until_next_minute(wall_ms));
        return v;
    }
    const Millis panel_ms = Millis(std::max(1, config.attract.panel_seconds)) * 1000;
    // Panels turn on drift steps (the first panel shows up to one step shorter), so a panel
    // change never costs a frame of its own: one frame per step, 0.07 % of a core idle.
    since_ms -= (since_ms % kDriftStepMs + kDriftStepMs) % kDriftStepMs;
    const Millis shown = std::max<Millis>(0, now_ms - since_ms);
    const Millis index = shown / panel_ms;
    const Millis n = panels.empty() ? 1 : Millis(panels.size());
    if (!panels.empty()) v.panel = panels[size_t(index % n)];
    v.rotation = index / n;
    v.next_change_ms = std::min(next, since_ms + (index + 1) * panel_ms);
    return v;
}

}  // namespace tramso::app
