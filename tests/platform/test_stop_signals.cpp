// platform::StopSignals: a stop signal sent to the process, whichever thread the kernel gives it
// to, is seen by received() and wakes whoever waits, and the process lives on to stop itself.
#include <doctest/doctest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "platform/stop_signals.h"

using namespace tramso::platform;

namespace {

// Counts wakes; wait_for_wakes() returns once `n` came or a second passed.
struct WakeCounter {
    std::mutex mutex;
    std::condition_variable cv;
    int wakes = 0;
    void wake() {
        std::lock_guard<std::mutex> lock(mutex);
        ++wakes;
        cv.notify_all();
    }
    bool wait_for_wakes(int n) {
        std::unique_lock<std::mutex> lock(mutex);
        return cv.wait_for(lock, std::chrono::seconds(1), [&] { return wakes >= n; });
    }
};

}  // namespace

TEST_CASE("each stop signal sent to the process wakes the loop and the first is the one reported") {
    for (int sig : {SIGTERM, SIGINT, SIGHUP}) {
        CAPTURE(sig);
        auto stop = StopSignals::start();
        REQUIRE(stop.ok());
        WakeCounter counter;
        (*stop)->set_waker([&] { counter.wake(); });
        CHECK((*stop)->received() == 0);
        // A thread started afterwards, as the store's and SDL's are, leaves the signal alone.
        std::thread worker([] { std::this_thread::sleep_for(std::chrono::milliseconds(50)); });
        REQUIRE(::kill(::getpid(), sig) == 0);
        REQUIRE(counter.wait_for_wakes(1));
        CHECK((*stop)->received() == sig);
        // A second one (systemd's, an impatient Ctrl+C) wakes again but changes nothing.
        REQUIRE(::kill(::getpid(), sig == SIGTERM ? SIGINT : SIGTERM) == 0);
        REQUIRE(counter.wait_for_wakes(2));
        CHECK((*stop)->received() == sig);
        worker.join();
        (*stop)->set_waker(nullptr);
    }
}

TEST_CASE("a stop signal that came before the waker was set wakes it at once") {
    auto stop = StopSignals::start();
    REQUIRE(stop.ok());
    REQUIRE(::kill(::getpid(), SIGTERM) == 0);
    for (int i = 0; i < 100 && (*stop)->received() == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE((*stop)->received() == SIGTERM);
    WakeCounter counter;
    (*stop)->set_waker([&] { counter.wake(); });
    CHECK(counter.wait_for_wakes(1));
    (*stop)->set_waker(nullptr);
}

TEST_CASE("stop signals are named in the log's words") {
    CHECK(stop_signal_name(SIGTERM) == "SIGTERM");
    CHECK(stop_signal_name(SIGINT) == "SIGINT");
    CHECK(stop_signal_name(SIGHUP) == "SIGHUP");
}
