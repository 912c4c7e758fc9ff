// A record the writer confirmed durable survives the process being killed mid-write, and the
// session it belonged to is closed as interrupted at the next start.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "store/learners.h"
#include "store/progress.h"
#include "store/store.h"
#include "store_test_util.h"

using namespace store_test;
using namespace std::chrono_literals;

namespace {

// The child records as fast as it can and reports each confirmed sequence on a pipe; it never
// returns (it is killed).
[[noreturn]] void record_until_killed(const std::string& path, int out_fd) {
    SystemClock clock;
    StoreOptions o;
    o.db_path = path;
    o.kiosk_id = "kiosk-1";
    o.log = [](std::string_view) {};
    o.on_durable = [out_fd](Seq seq) {
        if (::write(out_fd, &seq, sizeof seq) != sizeof seq) ::_exit(3);
    };
    auto store = Store::open(o, clock);
    if (!store) ::_exit(2);
    Recorder& rec = (*store)->recorder();
    SessionRef s = rec.begin_session(std::nullopt, "vi");
    RunRef run = rec.begin_run(s, "an-toan-otp", 1);
    for (int i = 0;; ++i) {
        rec.practice_tap(run, i % 9, "zalo", i % 3 == 0);
        if (i % 64 == 0) std::this_thread::sleep_for(1ms);
    }
}

}  // namespace

TEST_CASE("records confirmed durable survive the process being killed") {
    TempDir dir;
    const std::string path = dir.file("tramso.db");
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        record_until_killed(path, fds[1]);
    }
    ::close(fds[1]);
    Seq confirmed = 0;
    while (confirmed < 3000) {
        Seq seq = 0;
        const ssize_t n = ::read(fds[0], &seq, sizeof seq);
        REQUIRE(n == static_cast<ssize_t>(sizeof seq));
        CHECK(seq > confirmed);
        confirmed = seq;
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(fds[0]);
    CHECK(WIFSIGNALED(status));

    ManualClock clock;
    StoreOptions o;
    o.db_path = path;
    o.kiosk_id = "kiosk-1";
    o.log = [](std::string_view) {};
    auto store = Store::open(o, clock);
    REQUIRE(store.ok());
    CHECK((*store)->status().interrupted_sessions_closed == 1);
    // Every record is one row in events; all confirmed ones are there.
    auto events = (*store)->query([](Db& db) { return db.query_int("SELECT count(*) FROM events"); });
    REQUIRE(events.ok());
    CHECK(*events >= static_cast<std::int64_t>(confirmed));
    auto ended = (*store)->query([](Db& db) {
        return db.query_int(
            "SELECT count(*) FROM sessions WHERE end_reason = 'interrupted' "
            "AND ended_ms = (SELECT max(at_ms) FROM events)");
    });
    CHECK(*ended == 1);
}

namespace {

// A registered learner walks a lesson to step 5; once that is durable the child says so on the
// pipe (her learner id) and keeps pressing Listen until it is killed.
[[noreturn]] void learn_until_killed(const std::string& path, int out_fd) {
    SystemClock clock;
    StoreOptions o;
    o.db_path = path;
    o.kiosk_id = "kiosk-1";
    o.log = [](std::string_view) {};
    auto store = Store::open(o, clock);
    if (!store) ::_exit(2);
    LearnerDetails lan;
    lan.full_name = "Trần Thị Lan";
    lan.search_key = "tran thi lan";
    auto learner = (*store)->query(
        [&](Db& db) { return create_learner(db, lan, clock.wall_ms(), clock.wall_ms(), seeded_random(7)); });
    if (!learner) ::_exit(3);
    Recorder& rec = (*store)->recorder();
    SessionRef s = rec.begin_session(learner->id, "vi");
    RunRef run = rec.begin_run(s, "mat-khau-otp", 3);
    Seq last = 0;
    for (int step = 0; step <= 5; ++step) last = rec.step_shown(run, step);
    if (!rec.wait_durable(last, 10s)) ::_exit(4);
    const std::int64_t id = learner->id;
    if (::write(out_fd, &id, sizeof id) != sizeof id) ::_exit(5);
    for (;;) {
        rec.listen_pressed(s, &run, 5);
        std::this_thread::sleep_for(1ms);
    }
}

}  // namespace

TEST_CASE("after the kiosk is killed mid-lesson a registered learner resumes at her step") {
    TempDir dir;
    const std::string path = dir.file("tramso.db");
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        learn_until_killed(path, fds[1]);
    }
    ::close(fds[1]);
    std::int64_t learner_id = 0;
    REQUIRE(::read(fds[0], &learner_id, sizeof learner_id) == static_cast<ssize_t>(sizeof learner_id));
    std::this_thread::sleep_for(30ms);  // a few Listen presses, some of them durable
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(fds[0]);
    REQUIRE(WIFSIGNALED(status));

    ManualClock clock(1'800'000'000'000);
    StoreOptions o;
    o.db_path = path;
    o.kiosk_id = "kiosk-1";
    o.log = [](std::string_view) {};
    auto store = Store::open(o, clock);
    REQUIRE(store.ok());
    CHECK((*store)->status().interrupted_sessions_closed == 1);
    auto point = (*store)->query([&](Db& db) { return find_resume_point(db, learner_id); });
    REQUIRE(point.ok());
    REQUIRE(point->has_value());
    CHECK((*point)->lesson_id == "mat-khau-otp");
    CHECK((*point)->lesson_version == 3);
    CHECK((*point)->step == 5);
    // The run was closed at its last event, like its session.
    auto last_event =
        (*store)->query([&](Db& db) { return db.query_int("SELECT max(at_ms) FROM events WHERE run_id IS NOT NULL"); });
    CHECK((*point)->last_ms == *last_event);
    auto reason = (*store)->query(
        [](Db& db) { return db.query_int("SELECT count(*) FROM sessions WHERE end_reason = 'interrupted'"); });
    CHECK(*reason == 1);

    // She comes back, resumes at step 5 and finishes: nothing is left to resume.
    Recorder& rec = (*store)->recorder();
    SessionRef s = rec.begin_session(learner_id, "vi");
    RunRef run = rec.begin_run(s, "mat-khau-otp", 3);
    for (int step = 5; step <= 9; ++step) rec.step_shown(run, step);
    rec.end_run(run, true, 4);
    rec.end_session(s, EndReason::completed);
    REQUIRE(rec.flush(5s));
    point = (*store)->query([&](Db& db) { return find_resume_point(db, learner_id); });
    REQUIRE(point.ok());
    CHECK_FALSE(point->has_value());
}
