// Writing to a pipe whose reader has gone (lp crashed, a FIFO closed) raises SIGPIPE, which
// would kill the kiosk. While a guard lives, SIGPIPE is blocked in this thread so the write
// fails with EPIPE instead; a SIGPIPE raised meanwhile is consumed before the mask is restored.
// Internal to tramso_print.
#pragma once

#include <pthread.h>
#include <signal.h>
#include <time.h>

namespace tramso {

class SigpipeGuard {
public:
    SigpipeGuard() {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGPIPE);
        sigset_t pending;
        sigpending(&pending);
        m_was_pending = sigismember(&pending, SIGPIPE) == 1;
        pthread_sigmask(SIG_BLOCK, &m_set, &m_old);
    }
    ~SigpipeGuard() {
        if (!m_was_pending) {
            sigset_t pending;
            sigpending(&pending);
            if (sigismember(&pending, SIGPIPE) == 1) {
                const timespec zero{0, 0};
                sigtimedwait(&m_set, nullptr, &zero);
            }
        }
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    SigpipeGuard(const SigpipeGuard&) = delete;
    SigpipeGuard& operator=(const SigpipeGuard&) = delete;

private:
    sigset_t m_set;
    sigset_t m_old;
    bool m_was_pending = false;
};

}  // namespace tramso
