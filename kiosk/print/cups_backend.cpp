#include "print/cups_backend.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "print/sigpipe_guard.h"

extern char** environ;

namespace tramso {

namespace {

using SteadyClock = std::chrono::steady_clock;  // an I/O timeout, not application time

constexpr std::size_t kMaxOutputKept = 2000;  // lp's messages are one or two lines

int millis_left(SteadyClock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - SteadyClock::now());
    return left.count() > 0 ? static_cast<int>(left.count()) : 0;
}

void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
}

std::string first_line(const std::string& text) {
    std::string line = text.substr(0, text.find('\n'));
    return line.empty() ? "no message" : line;
}

}  // namespace

Status CupsBackend::send(std::span<const std::uint8_t> bytes) {
    const std::string where = describe();
    const auto deadline = SteadyClock::now() + std::chrono::milliseconds(m_timeout_ms);

    int to_lp[2];
    int from_lp[2];
    if (::pipe2(to_lp, O_CLOEXEC) != 0) {
        return Error{where, std::string("cannot start lp: ") + std::strerror(errno) + "."};
    }
    if (::pipe2(from_lp, O_CLOEXEC) != 0) {
        const int err = errno;
        ::close(to_lp[0]);
        ::close(to_lp[1]);
        return Error{where, std::string("cannot start lp: ") + std::strerror(err) + "."};
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, to_lp[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, from_lp[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, from_lp[1], STDERR_FILENO);
    std::string queue = m_queue;
    std::string lp = m_lp;
    std::string d = "-d", o = "-o", raw = "raw";
    char* argv[] = {lp.data(), d.data(), queue.data(), o.data(), raw.data(), nullptr};
    // The kiosk blocks its stop signals in every thread (platform/stop_signals.h); lp must not
    // inherit that, or the session's SIGTERM to everything left would not reach it.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
    pid_t pid = -1;
    const int spawn_err = ::posix_spawnp(&pid, lp.c_str(), &actions, &attr, argv, environ);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&actions);
    ::close(to_lp[0]);
    ::close(from_lp[1]);
    int in = to_lp[1];
    int out = from_lp[0];
    if (spawn_err != 0) {
        close_fd(in);
        close_fd(out);
        if (spawn_err == ENOENT) {
            return Error{m_lp, "the '" + m_lp + "' command was not found, so the " + where +
                                   " cannot be used. Install it with: apt-get install cups-client"};
        }
        return Error{m_lp, std::string("cannot run lp: ") + std::strerror(spawn_err) + "."};
    }
    ::fcntl(in, F_SETFL, O_NONBLOCK);
    ::fcntl(out, F_SETFL, O_NONBLOCK);

    // Feed stdin and drain lp's messages together, so neither side can block the other.
    SigpipeGuard no_sigpipe;
    std::size_t written = 0;
    std::string output;
    bool timed_out = false;
    if (bytes.empty()) close_fd(in);
    while (in >= 0 || out >= 0) {
        pollfd fds[2];
        nfds_t count = 0;
        if (in >= 0) fds[count++] = {in, POLLOUT, 0};
        if (out >= 0) fds[count++] = {out, POLLIN, 0};
        const int ready = ::poll(fds, count, millis_left(deadline));
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) {
            timed_out = ready == 0;
            break;
        }
        if (in >= 0) {
            const ssize_t n = ::write(in, bytes.data() + written, bytes.size() - written);
            if (n > 0) written += static_cast<std::size_t>(n);
            if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == bytes.size()) {
                close_fd(in);  // done, or lp stopped reading (EPIPE): its exit status says why
            }
        }
        if (out >= 0) {
            char buf[512];
            const ssize_t n = ::read(out, buf, sizeof buf);
            if (n > 0 && output.size() < kMaxOutputKept) output.append(buf, static_cast<std::size_t>(n));
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) close_fd(out);
        }
    }
    close_fd(in);
    close_fd(out);

    int status = 0;
    pid_t done = 0;
    while (!timed_out && (done = ::waitpid(pid, &status, WNOHANG)) == 0) {
        if (millis_left(deadline) == 0) {
            timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (timed_out) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        return Error{where, "lp did not finish within " + std::to_string(m_timeout_ms) +
                                " ms and was stopped. Check that CUPS is running (systemctl status cups)."};
    }
    if (done < 0) return Error{where, std::string("lost track of lp: ") + std::strerror(errno) + "."};
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        const std::string how = WIFEXITED(status) ? "exit " + std::to_string(WEXITSTATUS(status))
                                                  : "killed by signal " + std::to_string(WTERMSIG(status));
        return Error{where, "lp failed (" + how + "): " + first_line(output) +
                                ". Check the queue name (lpstat -p lists them) and that CUPS is running."};
    }
    if (written < bytes.size()) {
        return Error{where, "lp stopped reading after " + std::to_string(written) + " of " +
                                std::to_string(bytes.size()) + " bytes; the slip was not printed whole."};
    }
    return Ok{};
}

}  // namespace tramso
