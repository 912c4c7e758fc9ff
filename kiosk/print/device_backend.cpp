#include "print/device_backend.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

#include "print/sigpipe_guard.h"

namespace tramso {

namespace {

std::string open_error(int err) {
    switch (err) {
        case ENOENT:
            return "no printer at this path. Check that the printer is switched on and its USB "
                   "cable is plugged in, or fix the device path in the kiosk configuration.";
        case EACCES:
        case EPERM:
            return "no permission to use the printer. Add the kiosk user to the 'lp' group "
                   "(sudo usermod -aG lp USER) and log in again.";
        case ENXIO:
        case ENODEV:
            return "the printer is not answering. Check that it is switched on and connected.";
        case EBUSY:
            return "the printer is in use by another program (is CUPS holding it?).";
        default:
            return std::string("cannot open the printer: ") + std::strerror(err) + ".";
    }
}

std::string write_error(int err, std::size_t done, std::size_t total) {
    const std::string sent = " (" + std::to_string(done) + " of " + std::to_string(total) + " bytes sent)";
    switch (err) {
        case ENOSPC:  // what the Linux usblp driver reports for "paper out"
            return "the printer is out of paper" + sent + ". Load a new roll and print again.";
        case EIO:
            return "the printer reported an error" + sent +
                   ". Check the paper, that the cover is closed and the printer is on.";
        case EPIPE:
        case ENODEV:
            return "the printer went away while printing" + sent + ". Check the cable and power.";
        default:
            return std::string("writing to the printer failed: ") + std::strerror(err) + sent + ".";
    }
}

// "10 s", "0.5 s": staff read this, so no trailing zeros.
std::string seconds_text(int ms) {
    std::string s = std::to_string(ms / 1000);
    if (ms % 1000 != 0) s += "." + std::to_string(ms % 1000 / 100);
    return s + " s";
}

}  // namespace

Status DeviceBackend::send(std::span<const std::uint8_t> bytes) {
    // An I/O timeout for one syscall loop, not application time, hence steady_clock.
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(m_timeout_ms);

    const int fd = ::open(m_path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return Error{m_path, open_error(errno)};

    SigpipeGuard no_sigpipe;
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n > 0) {
            done += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            const int err = errno;
            ::close(fd);
            return Error{m_path, write_error(err, done, bytes.size())};
        }
        // Buffer full (or a zero-length write): wait until the printer takes more.
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        pollfd pfd{fd, POLLOUT, 0};
        const int ready = left.count() > 0 ? ::poll(&pfd, 1, static_cast<int>(left.count())) : 0;
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0) {
            const int err = errno;
            ::close(fd);
            return Error{m_path, write_error(err, done, bytes.size())};
        }
        if (ready == 0) {
            ::close(fd);
            return Error{m_path, "the printer did not take the slip within " + seconds_text(m_timeout_ms) + " (only " +
                                     std::to_string(done) + " of " + std::to_string(bytes.size()) +
                                     " bytes sent). Check that it is on, has paper and the "
                                     "cover is closed."};
        }
        // POLLERR/POLLHUP: the next write() reports the reason.
    }
    if (::close(fd) != 0 && errno != EINTR) {
        return Error{m_path, write_error(errno, done, bytes.size())};
    }
    return Ok{};
}

}  // namespace tramso
