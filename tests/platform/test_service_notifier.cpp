// The systemd notifier against a fake NOTIFY_SOCKET: what systemd would hear, and when.
#include <doctest/doctest.h>
#include <unistd.h>

#include <string>

#include "core/clock.h"
#include "platform/service_notifier.h"
#include "platform_test_util.h"

using namespace platform_test;
using tramso::ManualClock;
using tramso::platform::ServiceNotifier;

namespace {

// NOTIFY_SOCKET pointing at a fresh fake socket, and a 4 s watchdog meant for this process.
struct UnderSystemd {
    TempDir dir;
    FakeNotifySocket socket{dir.file("notify")};
    EnvVar notify{"NOTIFY_SOCKET", socket.path().c_str()};
    std::string pid = std::to_string(::getpid());
    EnvVar usec{"WATCHDOG_USEC", "4000000"};
    EnvVar wd_pid{"WATCHDOG_PID", pid.c_str()};
};

}  // namespace

TEST_CASE("notifier tells systemd the kiosk is ready, its status and that it is stopping") {
    UnderSystemd systemd;
    ManualClock clock;
    ServiceNotifier notifier(clock);
    CHECK(notifier.active());

    CHECK(notifier.ready());
    CHECK(systemd.socket.receive(1000)->text == "READY=1");
    CHECK(notifier.status("Đang phục vụ\nphiên 12"));
    CHECK(systemd.socket.receive(1000)->text == "STATUS=Đang phục vụ phiên 12");
    CHECK(notifier.stopping());
    CHECK(systemd.socket.receive(1000)->text == "STOPPING=1");
}

TEST_CASE("watchdog pings are rate-limited so the frame loop can call every frame") {
    UnderSystemd systemd;
    ManualClock clock;
    ServiceNotifier notifier(clock);
    // WatchdogSec=4s: sleep at most 2 s between calls, ping at most once a second.
    CHECK(notifier.watchdog_interval_ms() == 2000);

    CHECK(notifier.watchdog_ping());
    CHECK(systemd.socket.receive(1000)->text == "WATCHDOG=1");
    for (int frame = 0; frame < 50; ++frame) {
        clock.advance(16);
        notifier.watchdog_ping();
    }
    CHECK_FALSE(systemd.socket.receive(0).has_value());  // 800 ms of frames: no second ping
    clock.advance(200);
    CHECK(notifier.watchdog_ping());
    CHECK(systemd.socket.receive(1000)->text == "WATCHDOG=1");
}

TEST_CASE("watchdog meant for the parent (the launcher or cage) is honoured, one for a stranger is not") {
    UnderSystemd systemd;
    ManualClock clock;
    {
        const std::string parent = std::to_string(::getppid());
        EnvVar wd_pid("WATCHDOG_PID", parent.c_str());
        ServiceNotifier notifier(clock);
        CHECK(notifier.watchdog_interval_ms() == 2000);
        CHECK(notifier.watchdog_ping());
    }
    {
        EnvVar wd_pid("WATCHDOG_PID", "999999999");
        ServiceNotifier notifier(clock);
        CHECK(notifier.watchdog_interval_ms() == 0);
        CHECK_FALSE(notifier.watchdog_ping());
    }
    {
        EnvVar wd_pid("WATCHDOG_PID", nullptr);
        EnvVar usec("WATCHDOG_USEC", nullptr);
        ServiceNotifier notifier(clock);
        CHECK(notifier.watchdog_interval_ms() == 0);
        CHECK(notifier.ready());  // still notifies, just no watchdog
    }
}

TEST_CASE("notifier does nothing when not started by systemd") {
    EnvVar notify("NOTIFY_SOCKET", nullptr);
    EnvVar usec("WATCHDOG_USEC", "4000000");
    ManualClock clock;
    ServiceNotifier notifier(clock);
    CHECK_FALSE(notifier.active());
    CHECK(notifier.watchdog_interval_ms() == 0);
    CHECK_FALSE(notifier.ready());
    CHECK_FALSE(notifier.watchdog_ping());
    CHECK_FALSE(notifier.status("x"));
}

TEST_CASE("notifier survives a notify socket that has gone away") {
    TempDir dir;
    const std::string gone = dir.file("no-such-socket");
    EnvVar notify("NOTIFY_SOCKET", gone.c_str());
    ManualClock clock;
    ServiceNotifier notifier(clock);
    CHECK(notifier.active());
    CHECK_FALSE(notifier.ready());  // reported as not sent; nothing thrown, nothing aborted
}
