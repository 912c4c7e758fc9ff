#include "ui/touch_input.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <cfloat>
#include <cmath>

namespace tramso::ui {

void TouchInput::before_frame(ImGuiIO& io, long long now_ms) {
    m_pressed_this_frame = false;
    m_released_this_frame = false;
    if (m_clear_hover_next) {
        m_clear_hover_next = false;
        m_x = m_y = -FLT_MAX;
    }
    // Apply queued events up to and including the first press/release edge, so ImGui sees
    // every edge on a frame of its own.
    while (!m_queue.empty()) {
        PointerEvent e = m_queue.front();
        m_queue.pop_front();
        if (e.type == PointerEvent::Type::Down) begin_touch(Point{e.x, e.y}, now_ms);
        const Point raw{e.x, e.y};
        e.x += m_offset_x, e.y += m_offset_y;
        if (e.type == PointerEvent::Type::Move) {
            if (m_dragging) {
                m_drag_dx += e.x - m_x;
                m_drag_dy += e.y - m_y;
            }
            m_x = e.x, m_y = e.y;
            if (m_down && !m_dragging && m_drag_window &&
                std::hypot(e.x - m_press_x, e.y - m_press_y) > m_drag_threshold) {
                m_dragging = true;
                m_drag_dx += e.x - m_press_x;
                m_drag_dy += e.y - m_press_y;
            }
            continue;
        }
        m_x = e.x, m_y = e.y;
        if (e.type == PointerEvent::Type::Down) {
            m_down = true;
            m_dragging = false;
            m_press_x = e.x, m_press_y = e.y;
            m_press_ms = now_ms;
            m_hold_used = false;
            m_drag_dx = m_drag_dy = 0;
            m_pressed_this_frame = true;
            m_capture_window = true;
        } else {
            m_down = false;
            m_released_this_frame = true;
            m_clear_hover_next = true;  // keep the position on the release frame, then forget it
            m_last_lift = raw;
            m_last_lift_ms = now_ms;
        }
        break;
    }

    const bool hidden = m_swallow || m_dragging;
    io.MousePos = hidden ? ImVec2(-FLT_MAX, -FLT_MAX) : ImVec2(m_x, m_y);
    io.MouseDown[0] = m_down && !hidden;
    if (!m_down) {
        m_swallow = false;
        if (m_dragging) m_dragging = false;
    }
}

void TouchInput::begin_touch(Point p, long long now_ms) {
    m_offset_x = m_offset_y = 0;
    if (is_tremor(m_last_lift, p, now_ms - m_last_lift_ms, kTremorMs, m_tremor_radius_px)) {
        m_swallow = true;  // the same tap again: it already counted once
        return;
    }
    if (!m_drawn) return;
    if (auto target = forgiving_target(m_drawn->items(), p, m_reach_px)) {
        m_offset_x = target->x - p.x;
        m_offset_y = target->y - p.y;
    }
}

void TouchInput::after_new_frame() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (m_capture_window) {
        m_capture_window = false;
        // Scroll the innermost window under the finger that can scroll.
        ImGuiWindow* w = g.HoveredWindow;
        while (w && w->ScrollMax.y <= 0 && w->ScrollMax.x <= 0) w = w->ParentWindow;
        m_drag_window = w;
    }
    if (m_drag_window && (m_drag_dy != 0 || m_drag_dx != 0)) {
        ImGui::SetScrollY(m_drag_window, m_drag_window->Scroll.y - m_drag_dy);
        ImGui::SetScrollX(m_drag_window, m_drag_window->Scroll.x - m_drag_dx);
    }
    m_drag_dx = m_drag_dy = 0;
    if (!m_down) m_drag_window = nullptr;
}

}  // namespace tramso::ui
