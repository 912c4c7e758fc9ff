// The signals that ask the kiosk to stop: SIGTERM (systemd, tramso-session, a shutdown),
// SIGINT (Ctrl+C in development) and SIGHUP (its terminal or session went away). They are
// blocked in every thread and read by one thread of their own, so no handler ever runs in the
// middle of SQLite or the allocator, and whichever thread the kernel would have picked, the
// frame loop hears of it: it asks received() every turn, and the waker gets it out of its sleep.
//
// SDL must not install its own handlers (SDL_HINT_NO_SIGNAL_HANDLERS): it would turn these
// signals into SDL_QUIT, which the kiosk ignores because a window manager sends the same for
// Alt+F4 and the close button. Here a stop signal is never mistaken for either.
#pragma once

#include <signal.h>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/result.h"

namespace tramso::platform {

class StopSignals {
public:
    // Start it before any other thread: threads inherit the calling thread's blocked signals,
    // and one that did not would die of a signal meant for the loop. Fails only if the kernel
    // refuses a signalfd or an eventfd.
    static Result<std::unique_ptr<StopSignals>> start();
    // Stops the thread and gives the calling thread back the signal mask it had.
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    // The first stop signal that arrived (SIGTERM, SIGINT, SIGHUP), 0 while none has. Any thread.
    int received() const { return m_received.load(std::memory_order_acquire); }
    // Called on the signal thread for every stop signal, and at once if one came before it was
    // set. It must only wake the loop (post an event), never stop anything itself. Empty: none.
    void set_waker(std::function<void()> wake);

private:
    StopSignals(int signal_fd, int stop_fd, const sigset_t& original_mask);
    void watch();

    int m_signal_fd;
    int m_stop_fd;  // an eventfd: the destructor ends watch() through it
    sigset_t m_original_mask;
    std::atomic<int> m_received{0};
    std::mutex m_waker_mutex;
    std::function<void()> m_waker;
    std::thread m_thread;
};

// "SIGTERM", "SIGINT", "SIGHUP"; "signal N" for any other.
std::string stop_signal_name(int sig);

}  // namespace tramso::platform
