// tramso-session between a fake systemd and stand-ins for cage and the kiosk: notifications
// reach systemd from the main pid, the kiosk's environment is right, stops go in order, and
// nothing is left behind.
#include <doctest/doctest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "platform/session_launcher.h"
#include "platform_test_util.h"

using namespace platform_test;
using tramso::platform::parse_session_args;

namespace {

struct Launch {
    TempDir dir;
    FakeNotifySocket systemd{dir.file("notify")};
    std::string runtime_dir = dir.file("run");
    pid_t pid = -1;

    // Starts tramso-session as systemd would: NOTIFY_SOCKET, a watchdog naming the session's
    // pid, and the unit's RuntimeDirectory.
    void start(const std::vector<std::string>& args) {
        std::filesystem::create_directory(runtime_dir);
        std::vector<std::string> all{TRAMSO_SESSION_BIN};
        all.insert(all.end(), args.begin(), args.end());
        pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::setenv("NOTIFY_SOCKET", systemd.path().c_str(), 1);
            ::setenv("WATCHDOG_USEC", "6000000", 1);
            ::setenv("WATCHDOG_PID", std::to_string(::getpid()).c_str(), 1);
            ::setenv("RUNTIME_DIRECTORY", runtime_dir.c_str(), 1);
            ::setenv("XDG_RUNTIME_DIR", "/run/user/999", 1);  // what pam_systemd would set
            ::unsetenv("JOURNAL_STREAM");
            ::unsetenv("INVOCATION_ID");
            std::vector<char*> argv;
            for (auto& a : all) argv.push_back(a.data());
            argv.push_back(nullptr);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
    }
};

std::string joined(const std::vector<FakeNotifySocket::Message>& ms) {
    std::string out;
    for (const auto& m : ms) out += m.text + "\n";
    return out;
}

}  // namespace

TEST_CASE("session arguments: options, then -- and the command") {
    auto ok = parse_session_args({"--stop-grace-ms", "500", "--", "/usr/bin/cage", "-s", "--", "tramso"});
    REQUIRE(ok.ok());
    CHECK(ok->stop_grace_ms == 500);
    CHECK(ok->command == std::vector<std::string>{"/usr/bin/cage", "-s", "--", "tramso"});
    CHECK_FALSE(parse_session_args({"/usr/bin/cage"}).ok());
    CHECK_FALSE(parse_session_args({"--"}).ok());
    CHECK_FALSE(parse_session_args({"--stop-grace-ms", "soon", "--", "x"}).ok());
    CHECK_FALSE(parse_session_args({"--bogus", "--", "x"}).ok());
}

TEST_CASE("the kiosk's notifications reach systemd from the session's own pid") {
    Launch l;
    l.start({"--", PLATFORM_PROBE_BIN, "ready"});
    const auto messages = l.systemd.receive_until("WATCHDOG=1", 10'000);
    const auto status = wait_for(l.pid, 10'000);
    REQUIRE(status.has_value());
    CHECK(WIFEXITED(*status));
    CHECK(WEXITSTATUS(*status) == 0);

    const std::string text = joined(messages);
    CHECK(text.find("READY=1\n") != std::string::npos);
    CHECK(text.find("WATCHDOG=1\n") != std::string::npos);
    // The kiosk talked to the relay in the runtime dir, saw a watchdog meant for it (half of
    // 6 s as its longest sleep) and got the runtime dir as XDG_RUNTIME_DIR.
    CHECK(text.find("STATUS=notify=" + l.runtime_dir +
                    "/notify.sock watchdog_pid=- interval=3000 xdg=" + l.runtime_dir) != std::string::npos);
    // systemd accepts these only from the main pid once PAM has moved the children away.
    for (const auto& m : messages) CHECK(m.sender == l.pid);
}

TEST_CASE("a MAINPID claim from the kiosk is not passed on") {
    Launch l;
    l.start({"--", PLATFORM_PROBE_BIN, "mainpid"});
    const auto messages = l.systemd.receive_until("READY=1", 10'000);
    REQUIRE(wait_for(l.pid, 10'000).has_value());
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].text == "READY=1\n");
}

TEST_CASE("the session exits with the compositor's status") {
    Launch l;
    l.start({"--", PLATFORM_PROBE_BIN, "exit", "3"});
    const auto status = wait_for(l.pid, 10'000);
    REQUIRE(status.has_value());
    CHECK(WEXITSTATUS(*status) == 3);
}

TEST_CASE("stopping asks the kiosk behind the compositor first, so it can finish its writes") {
    Launch l;
    // cage-like parent that would quit at once on SIGTERM, orphaning the kiosk mid-write.
    l.start({"--stop-grace-ms", "5000", "--", PLATFORM_PROBE_BIN, "compositor", PLATFORM_PROBE_BIN, "serve"});
    REQUIRE(!l.systemd.receive_until("READY=1", 10'000).empty());
    ::kill(l.pid, SIGTERM);
    const auto after = l.systemd.receive_until("STOPPING=1", 10'000);
    CHECK(joined(after).find("STOPPING=1") != std::string::npos);
    const auto status = wait_for(l.pid, 10'000);
    REQUIRE(status.has_value());
    CHECK(WIFEXITED(*status));
    CHECK(WEXITSTATUS(*status) == 0);
}

TEST_CASE("a kiosk that ignores SIGTERM is killed after the grace periods, leaving nothing behind") {
    Launch l;
    l.start({"--stop-grace-ms", "200", "--kill-grace-ms", "200", "--", PLATFORM_PROBE_BIN, "compositor",
             PLATFORM_PROBE_BIN, "stubborn"});
    const auto ready = l.systemd.receive_until("READY=1", 10'000);
    REQUIRE(!ready.empty());
    const auto started = std::chrono::steady_clock::now();
    ::kill(l.pid, SIGTERM);
    const auto status = wait_for(l.pid, 10'000);
    REQUIRE(status.has_value());
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
    // The stubborn kiosk was a grandchild; had it survived, pgrep would find it. ("[s]" keeps
    // pgrep from finding the shell that runs it.)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const auto probe = run_shell("pgrep -f 'platform_probe [s]tubborn' || true");
    CHECK(probe.output.empty());
}

TEST_CASE("the watchdog's SIGABRT aborts the hung kiosk and ends the session") {
    Launch l;
    l.start({"--kill-grace-ms", "300", "--", PLATFORM_PROBE_BIN, "compositor", PLATFORM_PROBE_BIN, "serve"});
    REQUIRE(!l.systemd.receive_until("READY=1", 10'000).empty());
    ::kill(l.pid, SIGABRT);
    const auto status = wait_for(l.pid, 10'000);
    REQUIRE(status.has_value());
    CHECK(WIFEXITED(*status));
    // The compositor saw its client die of SIGABRT and passed that on, as cage would.
    CHECK(WEXITSTATUS(*status) == 128 + SIGABRT);
    // The serving probe never got SIGTERM, so it never said STOPPING.
    CHECK(joined(l.systemd.receive_until("STOPPING=1", 200)).find("STOPPING") == std::string::npos);
}
