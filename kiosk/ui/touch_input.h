// Touch done right for Dear ImGui 1.86, which expects a mouse:
// - a tap (press + release, even within one SDL poll) spans two frames, and the release
//   frame keeps the finger's position so the button under it is clicked;
// - hover is cleared one frame after the finger lifts (no stuck highlight on a touch screen);
// - moving beyond a threshold over a window that scrolls turns the touch into a drag that
//   scrolls it and cancels the tap; elsewhere a finger that wanders while held (however long)
//   still taps what it lifts on;
// - a touch a little beside a target goes to it, and a tremor's second touch is swallowed
//   (ui/tap_forgiveness.h), judged against what the last frame drew;
// - a touch can be swallowed until release (the wake touch on the attract screen).
// Real SDL events and the headless driver feed the same queue.
#pragma once

#include <deque>

#include "ui/tap_forgiveness.h"

struct ImGuiIO;
struct ImGuiWindow;

namespace tramso::ui {

struct PointerEvent {
    enum class Type { Down, Move, Up };
    Type type;
    float x, y;
};

class TouchInput {
public:
    void set_drag_threshold(float px) { m_drag_threshold = px; }
    // What the last frame drew (the registry, filled again each frame), how far beside a target
    // a touch still counts as that target, and how near the last touch a tremor lands.
    void set_forgiveness(const WidgetRegistry* drawn, float reach_px, float tremor_radius_px) {
        m_drawn = drawn, m_reach_px = reach_px, m_tremor_radius_px = tremor_radius_px;
    }
    // A touch this soon after the last one lifted, at the same place, is its tremor.
    static constexpr long long kTremorMs = 300;
    void push(PointerEvent e) { m_queue.push_back(e); }
    bool pending() const { return !m_queue.empty() || m_clear_hover_next; }
    bool finger_down() const { return m_down; }

    // Before ImGui::NewFrame: feeds position and at most one press/release edge. `now_ms`
    // (monotonic) times how long a finger has been held (the hidden staff entry).
    void before_frame(ImGuiIO& io, long long now_ms = 0);
    // After ImGui::NewFrame: remembers the window under a new press and scrolls it while dragging.
    void after_new_frame();
    // Ignore the current touch until the finger lifts.
    void swallow_until_release() { m_swallow = true; }
    // True on the frame a new touch went down (before any swallow).
    bool pressed_this_frame() const { return m_pressed_this_frame; }
    // True on the frame the finger lifted.
    bool released_this_frame() const { return m_released_this_frame; }
    // Staff mode: a finger held still since `press_ms()` at (press_x, press_y), for
    // the long press on the hidden logo; reported once per touch (mark_hold_used()).
    bool holding() const { return m_down && !m_dragging && !m_hold_used; }
    float press_x() const { return m_press_x; }
    float press_y() const { return m_press_y; }
    long long press_ms() const { return m_press_ms; }
    void mark_hold_used() { m_hold_used = true; }
    bool hold_used() const { return m_hold_used; }
    // When the last touch lifted (the `now_ms` of before_frame).
    long long last_lift_ms() const { return m_last_lift_ms; }

private:
    // A new touch: is it a tremor, and does it need moving onto the target beside it?
    void begin_touch(Point p, long long now_ms);

    std::deque<PointerEvent> m_queue;
    float m_drag_threshold = 16;
    bool m_down = false;
    bool m_dragging = false;
    bool m_swallow = false;
    bool m_clear_hover_next = false;
    bool m_pressed_this_frame = false;
    bool m_released_this_frame = false;
    bool m_capture_window = false;
    float m_x = -1e9f, m_y = -1e9f;
    float m_press_x = 0, m_press_y = 0;
    long long m_press_ms = 0;
    bool m_hold_used = false;
    float m_drag_dy = 0, m_drag_dx = 0;
    ImGuiWindow* m_drag_window = nullptr;
    const WidgetRegistry* m_drawn = nullptr;
    float m_reach_px = 0, m_tremor_radius_px = 0;
    float m_offset_x = 0, m_offset_y = 0;  // this touch, moved onto the target it was meant for
    Point m_last_lift{};                   // where and when the last touch lifted, as touched
    long long m_last_lift_ms = -kTremorMs;
};

}  // namespace tramso::ui
