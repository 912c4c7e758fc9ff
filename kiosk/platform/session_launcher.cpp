// [SECTION] arguments   [SECTION] relay socket   [SECTION] child   [SECTION] session loop
#include "platform/session_launcher.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <systemd/sd-daemon.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstddef>
#include <cstdlib>
#include <cstring>

#include "platform/log.h"
#include "platform/process_tree.h"

extern char** environ;

namespace tramso::platform {

namespace {

// [SECTION] arguments

bool parse_ms(const std::string& s, Millis& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size() && out >= 0;
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

// [SECTION] relay socket

struct RelaySocket {
    int fd = -1;
    std::string address;  // the child's NOTIFY_SOCKET: a path, or "@name" (abstract)
    std::string path;     // to unlink on exit; empty for an abstract socket
};

Result<RelaySocket> open_relay_socket() {
    RelaySocket s;
    s.fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (s.fd < 0) return Error{"notify relay", std::string("socket: ") + std::strerror(errno)};
    const int one = 1;
    // The sender's pid tells us which process is the kiosk (for SIGTERM and SIGABRT).
    ::setsockopt(s.fd, SOL_SOCKET, SO_PASSCRED, &one, sizeof one);

    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::string dir;
    if (const char* rd = std::getenv("RUNTIME_DIRECTORY")) dir = std::string(rd).substr(0, std::strcspn(rd, ":"));
    socklen_t len = 0;
    if (!dir.empty() && dir.size() + 12 < sizeof addr.sun_path) {
        // In the unit's 0700 runtime dir: only the kiosk's user can talk to it.
        s.path = dir + "/notify.sock";
        ::unlink(s.path.c_str());
        std::memcpy(addr.sun_path, s.path.c_str(), s.path.size() + 1);
        len = socklen_t(offsetof(sockaddr_un, sun_path) + s.path.size() + 1);
        s.address = s.path;
    } else {
        const std::string name = "tramso-session-" + std::to_string(::getpid());
        std::memcpy(addr.sun_path + 1, name.data(), name.size());
        len = socklen_t(offsetof(sockaddr_un, sun_path) + 1 + name.size());
        s.address = "@" + name;
    }
    if (::bind(s.fd, reinterpret_cast<sockaddr*>(&addr), len) != 0) {
        const int err = errno;
        ::close(s.fd);
        return Error{s.address, std::string("cannot bind the notify relay socket: ") + std::strerror(err)};
    }
    return s;
}

// Lines that would make systemd act on the wrong process or expect file descriptors we do
// not pass on; everything else (READY, WATCHDOG, STATUS, STOPPING, …) goes through as is.
bool forwardable(std::string_view line) {
    for (std::string_view bad : {"MAINPID=", "FDSTORE", "FDNAME=", "FDPOLL=", "BARRIER=", "NOTIFYACCESS="})
        if (line.substr(0, bad.size()) == bad) return false;
    return !line.empty();
}

// [SECTION] child

std::vector<std::string> child_environment(const RelaySocket& relay, bool relaying) {
    std::string runtime_dir;
    if (const char* rd = std::getenv("RUNTIME_DIRECTORY"))
        runtime_dir = std::string(rd).substr(0, std::strcspn(rd, ":"));
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        const std::string_view kv = *e;
        const std::string_view key = kv.substr(0, kv.find('='));
        // WATCHDOG_PID names us; without it the kiosk's sd_watchdog_enabled() says yes.
        if (key == "NOTIFY_SOCKET" || key == "WATCHDOG_PID") continue;
        if (key == "XDG_RUNTIME_DIR" && !runtime_dir.empty()) continue;
        env.emplace_back(kv);
    }
    if (relaying) env.push_back("NOTIFY_SOCKET=" + relay.address);
    if (!runtime_dir.empty()) env.push_back("XDG_RUNTIME_DIR=" + runtime_dir);
    return env;
}

// Everything the child needs is prepared before fork(): after it, only async-signal-safe calls.
pid_t start_child(const std::vector<std::string>& command, const std::vector<std::string>& env,
                  const sigset_t& original_mask) {
    std::vector<char*> argv, envp;
    for (const auto& a : command) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    for (const auto& e : env) envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid != 0) return pid;
    ::sigprocmask(SIG_SETMASK, &original_mask, nullptr);
    // If we are killed outright, the compositor must not outlive us in the session scope.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (::getppid() != parent) ::_exit(127);
    ::execvpe(argv[0], argv.data(), envp.data());
    const char msg[] = "tramso-session: cannot run the command\n";
    [[maybe_unused]] ssize_t n = ::write(STDERR_FILENO, msg, sizeof msg - 1);
    ::_exit(127);
}

// [SECTION] session loop

class Session {
public:
    Session(const SessionOptions& options, const Clock& clock, Logger& log, RelaySocket relay, int signal_fd)
        : m_options(options),
          m_clock(clock),
          m_log(log),
          m_relay(std::move(relay)),
          m_signal_fd(signal_fd),
          m_upstream(std::getenv("NOTIFY_SOCKET") != nullptr) {}

    int run(pid_t child);

private:
    void drain_relay();
    void handle_message(std::string_view text, pid_t sender);
    void handle_signals();
    void reap();
    void begin_stop(int sig);
    void on_deadline();
    bool alive_descendant(pid_t pid) const;

    enum class Phase { running, asked_kiosk, asked_all, killed };

    const SessionOptions& m_options;
    const Clock& m_clock;
    Logger& m_log;
    RelaySocket m_relay;
    int m_signal_fd;
    bool m_upstream;

    pid_t m_child = 0;
    bool m_child_done = false;
    int m_child_status = 0;
    pid_t m_kiosk = 0;  // learned from the credentials of its notifications
    bool m_stop_requested = false;
    Phase m_phase = Phase::running;
    Millis m_deadline = 0;
};

bool Session::alive_descendant(pid_t pid) const {
    if (pid <= 0) return false;
    const auto all = descendants_of(::getpid());
    return std::find(all.begin(), all.end(), pid) != all.end();
}

void Session::handle_message(std::string_view text, pid_t sender) {
    std::string forward;
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        const std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
        if (!forwardable(line)) continue;
        if ((line == "READY=1" || line == "WATCHDOG=1") && sender > 0 && sender != m_kiosk) {
            m_kiosk = sender;
            m_log.info("tramso-session: kiosk is pid " + std::to_string(sender));
        }
        forward.append(line).append("\n");
    }
    if (!forward.empty() && m_upstream) sd_notify(0, forward.c_str());
}

void Session::drain_relay() {
    for (;;) {
        char buf[4096];
        iovec iov{buf, sizeof buf};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(ucred))];
        msghdr msg{};
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        // File descriptors (sd_notify_barrier) find no room in control and are closed by the
        // kernel, which is what releases a barrier's waiter.
        const ssize_t n = ::recvmsg(m_relay.fd, &msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC | MSG_TRUNC);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return;
        if (std::size_t(n) > sizeof buf) continue;  // systemd would reject it too
        pid_t sender = 0;
        for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
                ucred cred{};
                std::memcpy(&cred, CMSG_DATA(c), sizeof cred);
                sender = cred.pid;
            }
        }
        handle_message(std::string_view(buf, std::size_t(n)), sender);
    }
}

void Session::reap() {
    for (;;) {
        int status = 0;
        const pid_t pid = ::waitpid(-1, &status, WNOHANG);
        if (pid <= 0) return;
        if (pid == m_child) {
            m_child_done = true;
            m_child_status = status;
            if (WIFEXITED(status))
                m_log.info("tramso-session: compositor exited with status " + std::to_string(WEXITSTATUS(status)));
            else if (WIFSIGNALED(status))
                m_log.warn("tramso-session: compositor ended by signal " + std::to_string(WTERMSIG(status)));
        }
        if (pid == m_kiosk) m_kiosk = 0;
    }
}

void Session::begin_stop(int sig) {
    if (sig != SIGABRT) m_stop_requested = true;
    if (m_phase != Phase::running && sig != SIGABRT) return;  // already on it
    std::vector<pid_t> targets;
    if (alive_descendant(m_kiosk)) {
        targets.push_back(m_kiosk);
    } else {
        for (pid_t p : descendants_of(::getpid()))
            if (p != m_child) targets.push_back(p);
    }
    const Millis now = m_clock.monotonic_ms();
    if (targets.empty()) {
        // No kiosk to ask (it never started, or the compositor is all there is).
        if (!m_child_done) ::kill(m_child, sig == SIGABRT ? SIGTERM : sig);
        m_phase = Phase::asked_all;
        m_deadline = now + m_options.kill_grace_ms;
        return;
    }
    m_log.info(std::string("tramso-session: ") + (sig == SIGABRT ? "watchdog expired, aborting" : "stopping") +
               " the kiosk");
    signal_all(targets, sig == SIGABRT ? SIGABRT : SIGTERM);
    m_phase = Phase::asked_kiosk;
    m_deadline = now + (sig == SIGABRT ? m_options.kill_grace_ms : m_options.stop_grace_ms);
}

void Session::on_deadline() {
    const auto all = descendants_of(::getpid());
    const Millis now = m_clock.monotonic_ms();
    switch (m_phase) {
        case Phase::running:
            return;
        case Phase::asked_kiosk:
            m_log.warn("tramso-session: kiosk still running; stopping the compositor");
            signal_all(all, SIGTERM);
            m_phase = Phase::asked_all;
            m_deadline = now + m_options.kill_grace_ms;
            return;
        case Phase::asked_all:
            m_log.warn("tramso-session: " + std::to_string(all.size()) + " processes still running; killing them");
            signal_all(all, SIGKILL);
            m_phase = Phase::killed;
            m_deadline = now + m_options.kill_grace_ms;
            return;
        case Phase::killed:
            m_log.error("tramso-session: processes survive SIGKILL; leaving them");
            m_child_done = true;  // give up waiting
            return;
    }
}

void Session::handle_signals() {
    signalfd_siginfo si{};
    while (::read(m_signal_fd, &si, sizeof si) == ssize_t(sizeof si)) {
        if (si.ssi_signo == SIGCHLD)
            reap();
        else
            begin_stop(int(si.ssi_signo));
    }
}

int Session::run(pid_t child) {
    m_child = child;
    for (;;) {
        reap();
        if (m_child_done) {
            const auto rest = descendants_of(::getpid());
            if (rest.empty() || m_phase == Phase::killed) break;
            if (m_phase == Phase::running) {
                // The compositor is gone but the kiosk (now ours, as subreaper) is not.
                m_log.warn("tramso-session: compositor exited, " + std::to_string(rest.size()) +
                           " processes left; stopping them");
                signal_all(rest, SIGTERM);
                m_phase = Phase::asked_all;
                m_deadline = m_clock.monotonic_ms() + m_options.kill_grace_ms;
            }
        }
        int timeout = -1;
        if (m_phase != Phase::running)
            timeout = int(std::clamp<Millis>(m_deadline - m_clock.monotonic_ms(), 0, 60'000));
        // While leftovers are being stopped, look again every 100 ms: some may be grandchildren,
        // whose exit sends us no SIGCHLD.
        if (m_child_done) timeout = std::min(timeout < 0 ? 1000 : timeout, 100);
        pollfd fds[2] = {{m_relay.fd, POLLIN, 0}, {m_signal_fd, POLLIN, 0}};
        const int n = ::poll(fds, 2, timeout);
        if (n < 0 && errno != EINTR) break;
        if (n > 0 && (fds[0].revents & POLLIN)) drain_relay();
        if (n > 0 && (fds[1].revents & POLLIN)) handle_signals();
        if (m_phase != Phase::running && m_clock.monotonic_ms() >= m_deadline) on_deadline();
    }
    // What the kiosk sent just before it exited (STOPPING=1, a last STATUS) is still queued.
    drain_relay();
    if (!m_relay.path.empty()) ::unlink(m_relay.path.c_str());
    ::close(m_relay.fd);
    if (m_stop_requested) return 0;
    if (WIFEXITED(m_child_status)) return WEXITSTATUS(m_child_status);
    if (WIFSIGNALED(m_child_status)) return 128 + WTERMSIG(m_child_status);
    return 1;
}

}  // namespace

Result<SessionOptions> parse_session_args(const std::vector<std::string>& args) {
    SessionOptions o;
    std::size_t i = 0;
    for (; i < args.size() && args[i] != "--"; ++i) {
        const std::string& opt = args[i];
        Millis* target = opt == "--stop-grace-ms"   ? &o.stop_grace_ms
                         : opt == "--kill-grace-ms" ? &o.kill_grace_ms
                                                    : nullptr;
        if (!target)
            return Error{opt,
                         "unknown option; usage: tramso-session [--stop-grace-ms N] "
                         "[--kill-grace-ms N] -- COMMAND [ARG...]"};
        if (i + 1 >= args.size() || !parse_ms(args[i + 1], *target))
            return Error{opt, "needs a number of milliseconds"};
        ++i;
    }
    if (i >= args.size() || i + 1 >= args.size())
        return Error{"tramso-session", "no command; usage: tramso-session [options] -- COMMAND [ARG...]"};
    o.command.assign(args.begin() + std::ptrdiff_t(i) + 1, args.end());
    return o;
}

Result<int> run_session(const SessionOptions& options, const Clock& clock, Logger& log) {
    if (options.command.empty()) return Error{"tramso-session", "no command to run"};
    auto relay = open_relay_socket();
    if (!relay) return relay.error();
    const bool relaying = std::getenv("NOTIFY_SOCKET") != nullptr;

    sigset_t mask, original;
    sigemptyset(&mask);
    for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGABRT, SIGCHLD}) sigaddset(&mask, sig);
    ::sigprocmask(SIG_BLOCK, &mask, &original);
    const int signal_fd = ::signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
    if (signal_fd < 0) {
        ::sigprocmask(SIG_SETMASK, &original, nullptr);
        ::close(relay->fd);
        return Error{"tramso-session", std::string("signalfd: ") + std::strerror(errno)};
    }
    // Orphans (the kiosk, once the compositor is gone) become our children, so nothing of the
    // session escapes us.
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);

    log.info("tramso-session: starting " + join(options.command));
    const pid_t child = start_child(options.command, child_environment(*relay, relaying), original);
    if (child < 0) {
        const int err = errno;
        ::close(signal_fd);
        ::sigprocmask(SIG_SETMASK, &original, nullptr);
        ::close(relay->fd);
        return Error{"tramso-session", std::string("fork: ") + std::strerror(err)};
    }
    Session session(options, clock, log, std::move(*relay), signal_fd);
    const int status = session.run(child);
    ::close(signal_fd);
    ::sigprocmask(SIG_SETMASK, &original, nullptr);
    return status;
}

}  // namespace tramso::platform
