// The runtime's one queue: touches from the frame loop and answers from adapter threads arrive
// here, and only the frame loop takes them out and hands them to the flow. An adapter never
// calls the flow; it posts, and the waker tells the sleeping frame loop there is work.
#pragma once

#include <deque>
#include <functional>
#include <mutex>
#include <utility>

#include "app/flow.h"

namespace tramso::app {

class EventQueue {
public:
    // Any thread. Wakes the frame loop (the waker must be safe to call from any thread).
    void post(Event event) {
        std::function<void()> wake;
        {
            std::lock_guard lk(m_mu);
            m_events.push_back(std::move(event));
            wake = m_wake;
        }
        if (wake) wake();
    }
    // The frame loop: the oldest event, if any.
    bool pop(Event& out) {
        std::lock_guard lk(m_mu);
        if (m_events.empty()) return false;
        out = std::move(m_events.front());
        m_events.pop_front();
        return true;
    }
    bool empty() const {
        std::lock_guard lk(m_mu);
        return m_events.empty();
    }
    void set_waker(std::function<void()> wake) {
        std::lock_guard lk(m_mu);
        m_wake = std::move(wake);
    }

private:
    mutable std::mutex m_mu;
    std::deque<Event> m_events;
    std::function<void()> m_wake;
};

}  // namespace tramso::app
