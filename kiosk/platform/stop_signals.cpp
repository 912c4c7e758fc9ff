#include "platform/stop_signals.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>

namespace tramso::platform {

namespace {

sigset_t stop_set() {
    sigset_t set;
    sigemptyset(&set);
    for (int sig : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&set, sig);
    return set;
}

}  // namespace

Result<std::unique_ptr<StopSignals>> StopSignals::start() {
    const sigset_t set = stop_set();
    sigset_t original;
    if (int err = ::pthread_sigmask(SIG_BLOCK, &set, &original); err != 0)
        return Error{"signals", std::string("cannot block the stop signals: ") + std::strerror(err)};
    const int signal_fd = ::signalfd(-1, &set, SFD_CLOEXEC);
    if (signal_fd < 0) {
        const int err = errno;
        ::pthread_sigmask(SIG_SETMASK, &original, nullptr);
        return Error{"signals", std::string("signalfd: ") + std::strerror(err)};
    }
    const int stop_fd = ::eventfd(0, EFD_CLOEXEC);
    if (stop_fd < 0) {
        const int err = errno;
        ::close(signal_fd);
        ::pthread_sigmask(SIG_SETMASK, &original, nullptr);
        return Error{"signals", std::string("eventfd: ") + std::strerror(err)};
    }
    // The thread starts with the stop signals blocked too (inherited), as it must: it reads them.
    return std::unique_ptr<StopSignals>(new StopSignals(signal_fd, stop_fd, original));
}

StopSignals::StopSignals(int signal_fd, int stop_fd, const sigset_t& original_mask)
    : m_signal_fd(signal_fd), m_stop_fd(stop_fd), m_original_mask(original_mask), m_thread([this] { watch(); }) {}

StopSignals::~StopSignals() {
    const std::uint64_t one = 1;
    while (::write(m_stop_fd, &one, sizeof one) < 0 && errno == EINTR) {}
    m_thread.join();
    ::close(m_signal_fd);
    ::close(m_stop_fd);
    // A stop signal that arrives from here on acts as it would have without us.
    ::pthread_sigmask(SIG_SETMASK, &m_original_mask, nullptr);
}

void StopSignals::set_waker(std::function<void()> wake) {
    std::lock_guard<std::mutex> lock(m_waker_mutex);
    m_waker = std::move(wake);
    if (m_waker && received() != 0) m_waker();
}

void StopSignals::watch() {
    for (;;) {
        pollfd fds[2] = {{m_signal_fd, POLLIN, 0}, {m_stop_fd, POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            return;
        }
        if (fds[1].revents) return;
        if (!(fds[0].revents & POLLIN)) continue;
        signalfd_siginfo info{};
        if (::read(m_signal_fd, &info, sizeof info) != ssize_t(sizeof info)) continue;
        // The first one is the one reported; later ones (systemd's second SIGTERM, an impatient
        // Ctrl+C) only wake the loop again, which is already stopping.
        int none = 0;
        m_received.compare_exchange_strong(none, int(info.ssi_signo), std::memory_order_acq_rel);
        std::lock_guard<std::mutex> lock(m_waker_mutex);
        if (m_waker) m_waker();
    }
}

std::string stop_signal_name(int sig) {
    switch (sig) {
        case SIGTERM:
            return "SIGTERM";
        case SIGINT:
            return "SIGINT";
        case SIGHUP:
            return "SIGHUP";
        default:
            return "signal " + std::to_string(sig);
    }
}

}  // namespace tramso::platform
