// A stand-in for the kiosk (and for cage) in the tramso-session tests.
//   platform_probe ready              READY, a STATUS describing its environment, a ping; exit 0
//   platform_probe serve              READY, then wait; on SIGTERM send STOPPING and exit 0
//   platform_probe stubborn           READY, then ignore SIGTERM forever
//   platform_probe mainpid            a READY that also claims MAINPID=1
//   platform_probe exit N             exit N without a word
//   platform_probe compositor CMD…    run CMD as a child like cage: exit when it exits, and on
//                                     SIGTERM exit at once, leaving the child behind
#include <signal.h>
#include <sys/wait.h>
#include <systemd/sd-daemon.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "core/clock.h"
#include "platform/service_notifier.h"

namespace {

std::string env_or(const char* name, const char* fallback) {
    const char* v = std::getenv(name);
    return v ? v : fallback;
}

// Blocked before READY goes out: a SIGTERM sent the moment READY arrives must wait for us.
sigset_t block_sigterm() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigprocmask(SIG_BLOCK, &set, nullptr);
    return set;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "";
    tramso::SystemClock clock;
    tramso::platform::ServiceNotifier notifier(clock);

    if (mode == "ready") {
        notifier.ready();
        notifier.status("notify=" + env_or("NOTIFY_SOCKET", "-") + " watchdog_pid=" + env_or("WATCHDOG_PID", "-") +
                        " interval=" + std::to_string(notifier.watchdog_interval_ms()) +
                        " xdg=" + env_or("XDG_RUNTIME_DIR", "-"));
        notifier.watchdog_ping();
        return 0;
    }
    if (mode == "serve") {
        const sigset_t set = block_sigterm();
        notifier.ready();
        int sig = 0;
        sigwait(&set, &sig);
        notifier.stopping();
        return 0;
    }
    if (mode == "stubborn") {
        signal(SIGTERM, SIG_IGN);
        notifier.ready();
        for (;;) pause();
    }
    if (mode == "mainpid") {
        sd_notify(0, "MAINPID=1\nREADY=1");
        return 0;
    }
    if (mode == "exit" && argc > 2) return std::atoi(argv[2]);
    if (mode == "compositor" && argc > 2) {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGTERM);
        sigaddset(&set, SIGCHLD);
        sigprocmask(SIG_BLOCK, &set, nullptr);
        const pid_t child = fork();
        if (child == 0) {
            sigprocmask(SIG_UNBLOCK, &set, nullptr);
            execv(argv[2], argv + 2);
            _exit(127);
        }
        for (;;) {
            int sig = 0;
            sigwait(&set, &sig);
            if (sig == SIGTERM) return 0;  // like a compositor told to quit: the client is orphaned
            int status = 0;
            if (waitpid(child, &status, WNOHANG) == child)
                return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
    }
    return 64;
}
