// Never stuck: what the kiosk does when an exception escapes a screen or the flow,
// and when the attract screen next needs a frame.
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "app/attract_schedule.h"
#include "platform/log.h"
#include "ui/kiosk_app.h"
#include "ui/widgets.h"

namespace tramso::ui {

void KioskApp::throw_if_injected(FaultSite site) {
    if (m_injected_fault != site) return;
    m_injected_fault = FaultSite::none;
    throw std::runtime_error(site == FaultSite::draw ? "injected fault while drawing (test)"
                                                     : "injected fault in the flow (test)");
}

void KioskApp::recover_from_fault(const char* where, const std::string& what, bool mid_frame) {
    ++m_faults;
    // One line per fault; the Logger folds a fault that repeats into one line and a count.
    const std::string line = std::string("fault in ") + where + ": " + what + "; visit ended (error), back to attract";
    if (m_log)
        m_log->error(line);
    else
        std::fprintf(stderr, "tramso: %s\n", line.c_str());
    if (mid_frame) {
        // The screen stopped half-way: close what it opened so ImGui's stacks are balanced
        // again, and forget the widgets' own per-frame state.
        ImGui::ErrorCheckEndFrameRecover(nullptr);
        ImGuiContext& g = *ImGui::GetCurrentContext();
        while (g.FontStack.Size > 0) ImGui::PopFont();
        while (g.StyleVarStack.Size > 0) ImGui::PopStyleVar();
        while (g.ColorStack.Size > 0) ImGui::PopStyleColor();
        reset_widget_state();
    }
    try {
        m_runtime->end_after_error();
    } catch (const std::exception& e) {
        // Recording the end failed too: the flow is back on attract all the same.
        if (m_log) m_log->error(std::string("while ending the visit after a fault: ") + e.what());
    }
    m_frames_pending = std::max(m_frames_pending, 3);
}

// The attract screen changes at drift steps, panel changes and (closed) minute turns; the
// loop sleeps until then. Computed from the last attract frame, so a change that came due
// while nothing was drawn is drawn now.
Millis KioskApp::attract_next_change_ms() const {
    const Config& c = m_config;
    bool lessons = false;
    for (const auto& e : m_runtime->flow().state().home_entries) lessons = lessons || e.id.rfind("lesson:", 0) == 0;
    const Millis since_frame = m_clock.monotonic_ms() - m_last_attract_frame_ms;
    const app::AttractView v =
        app::attract_view(c, app::attract_panels(c, lessons), m_runtime->flow().state().screen_since_ms,
                          m_last_attract_frame_ms, m_clock.wall_ms() - since_frame);
    return v.next_change_ms;
}

}  // namespace tramso::ui
