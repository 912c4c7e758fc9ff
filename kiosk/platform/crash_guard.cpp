#include "platform/crash_guard.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>

namespace tramso::platform {

namespace {

struct FatalSignal {
    int number;
    const char* name;
    const char* meaning;
};

constexpr FatalSignal kSignals[] = {
    {SIGSEGV, "SIGSEGV", "invalid memory access"},
    {SIGBUS, "SIGBUS", "bus error"},
    {SIGFPE, "SIGFPE", "arithmetic error"},
    {SIGILL, "SIGILL", "illegal instruction"},
    {SIGABRT, "SIGABRT", "aborted"},
};
constexpr int kSignalCount = sizeof kSignals / sizeof kSignals[0];
constexpr std::size_t kMessageMax = 200;

// Process-wide because a signal handler can reach nothing else. Written by
// install_crash_guard() (at start-up, before or between handler runs), only read by the handler.
struct GuardState {
    bool installed = false;
    char to_stderr[kSignalCount][kMessageMax] = {};
    char to_file[kSignalCount][kMessageMax] = {};
    char log_path[4096] = {};
    int utc_offset_minutes = 0;
    struct sigaction previous[kSignalCount] = {};
};
GuardState g_guard;

void write_all(int fd, const char* text, std::size_t len) {
    while (len > 0) {
        const ssize_t n = ::write(fd, text, len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        text += n;
        len -= std::size_t(n);
    }
}

void put_digits(char*& out, long long value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    out += width;
}

// The log's "YYYY-MM-DD HH:MM:SS.mmm " without snprintf or localtime, neither of which is
// safe in a signal handler; local_date_time is plain integer maths and allocates nothing.
std::size_t signal_safe_stamp(char* buf) {
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    const Millis wall_ms = Millis(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
    const LocalDateTime t = local_date_time(wall_ms, g_guard.utc_offset_minutes);
    char* p = buf;
    put_digits(p, t.date.year, 4);
    *p++ = '-';
    put_digits(p, t.date.month, 2);
    *p++ = '-';
    put_digits(p, t.date.day, 2);
    *p++ = ' ';
    put_digits(p, t.hour(), 2);
    *p++ = ':';
    put_digits(p, t.minute(), 2);
    *p++ = ':';
    put_digits(p, t.second(), 2);
    *p++ = '.';
    put_digits(p, t.millisecond(), 3);
    *p++ = ' ';
    return std::size_t(p - buf);
}

void on_fatal_signal(int sig, siginfo_t* info, void*) {
    const int saved_errno = errno;
    int i = 0;
    while (i < kSignalCount && kSignals[i].number != sig) ++i;
    if (i < kSignalCount) {
        write_all(STDERR_FILENO, g_guard.to_stderr[i], std::strlen(g_guard.to_stderr[i]));
        if (g_guard.log_path[0]) {
            const int fd = ::open(g_guard.log_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
            if (fd >= 0) {
                char line[kMessageMax + 32];
                std::size_t len = signal_safe_stamp(line);
                const std::size_t text_len = std::strlen(g_guard.to_file[i]);
                std::memcpy(line + len, g_guard.to_file[i], text_len);
                len += text_len;
                write_all(fd, line, len);  // one write: the line is never torn
                ::close(fd);
            }
        }
        sigaction(sig, &g_guard.previous[i], nullptr);
    } else {
        signal(sig, SIG_DFL);
    }
    errno = saved_errno;
    // Sent by kill(), raise() or abort(): send it again; it stays blocked until we return and
    // then meets the previous action. A real fault needs nothing: returning re-runs the
    // faulting instruction, which faults again into the previous action with the true siginfo.
    if (info == nullptr || info->si_code <= 0) raise(sig);
}

void compose(char* out, const char* prefix, const FatalSignal& s, const char* level) {
    out[0] = '\0';
    std::strncat(out, prefix, kMessageMax - 1);
    std::strncat(out, level, kMessageMax - 1 - std::strlen(out));
    std::strncat(out, "tramso: fatal signal ", kMessageMax - 1 - std::strlen(out));
    std::strncat(out, s.name, kMessageMax - 1 - std::strlen(out));
    std::strncat(out, " (", kMessageMax - 1 - std::strlen(out));
    std::strncat(out, s.meaning, kMessageMax - 1 - std::strlen(out));
    std::strncat(out, "); the kiosk stops and its service restarts it\n", kMessageMax - 1 - std::strlen(out));
}

}  // namespace

Status install_crash_guard(const CrashGuardOptions& options) {
    if (options.log_path.size() >= sizeof g_guard.log_path)
        return Error{options.log_path, "log path too long for the crash guard"};
    for (int i = 0; i < kSignalCount; ++i) {
        // <2> is "critical": journald shows it in red, above plain errors.
        compose(g_guard.to_stderr[i], options.journal_prefix ? "<2>" : "", kSignals[i], "");
        compose(g_guard.to_file[i], "", kSignals[i], "ERROR ");
    }
    std::memcpy(g_guard.log_path, options.log_path.c_str(), options.log_path.size() + 1);
    g_guard.utc_offset_minutes = options.utc_offset_minutes;

    struct sigaction action {};
    action.sa_sigaction = on_fatal_signal;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < kSignalCount; ++i) {
        // On a second install keep the handlers from before the first, or the handler would
        // hand the signal back to itself forever.
        struct sigaction* previous = g_guard.installed ? nullptr : &g_guard.previous[i];
        if (sigaction(kSignals[i].number, &action, previous) != 0)
            return Error{kSignals[i].name, std::string("cannot install the crash handler: ") + std::strerror(errno)};
    }
    g_guard.installed = true;
    return Ok{};
}

}  // namespace tramso::platform
