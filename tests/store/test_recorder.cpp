// The recorder: the frame loop enqueues, the writer thread makes it durable, and a disk that
// is full, read-only or missing never stops the kiosk or loses what was committed.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include "store/learners.h"
#include "store/reports.h"
#include "store/session_queries.h"
#include "store/store.h"
#include "store_test_util.h"

using namespace store_test;
using namespace std::chrono_literals;

namespace {

struct LogLines {
    std::mutex mu;
    std::vector<std::string> lines;
    std::function<void(std::string_view)> sink() {
        return [this](std::string_view l) {
            std::lock_guard lk(mu);
            lines.emplace_back(l);
        };
    }
    int count(std::string_view needle) {
        std::lock_guard lk(mu);
        int n = 0;
        for (const auto& l : lines) n += l.find(needle) != std::string::npos;
        return n;
    }
};

template <class Pred>
bool eventually(Pred pred, std::chrono::milliseconds timeout = 5s) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < end) {
        if (pred()) return true;
        std::this_thread::sleep_for(2ms);
    }
    return pred();
}

StoreOptions options_for(const TempDir& dir, LogLines& log) {
    StoreOptions o;
    o.db_path = dir.file("tramso.db");
    o.kiosk_id = "kiosk-1";
    o.retry_interval = 20ms;
    o.log = log.sink();
    return o;
}

std::unique_ptr<Store> open_store(StoreOptions o, const Clock& clock) {
    auto s = Store::open(std::move(o), clock);
    REQUIRE(s.ok());
    return std::move(*s);
}

std::int64_t count_in_file(const std::string& path, std::string_view sql) {
    auto db = Db::open(path, OpenMode::read_only);
    REQUIRE(db.ok());
    return count_rows(*db, sql);
}

}  // namespace

TEST_CASE("every enqueued record is durable after flush and the confirmed sequence only rises") {
    TempDir dir;
    LogLines log;
    ManualClock clock;
    std::mutex mu;
    std::vector<Seq> confirmed;
    StoreOptions o = options_for(dir, log);
    o.on_durable = [&](Seq s) {
        std::lock_guard lk(mu);
        confirmed.push_back(s);
    };
    {
        auto store = open_store(o, clock);
        Recorder& rec = store->recorder();
        SessionRef session = rec.begin_session(std::nullopt, "vi");
        RunRef run = rec.begin_run(session, "lam-quen-dien-thoai", 1);
        Seq previous = run.seq;
        CHECK(previous > session.seq);
        for (int i = 0; i < 2000; ++i) {
            Seq s = rec.step_shown(run, i % 7);
            CHECK(s == previous + 1);  // one number per record, in order
            previous = s;
            clock.advance(10);
        }
        rec.end_run(run, true, 5);
        rec.end_session(session, EndReason::completed);
        REQUIRE(rec.flush(10s));
        CHECK(rec.last_durable() == rec.last_enqueued());
        const RecorderStatus st = store->status().recording;
        CHECK(st.condition == StorageCondition::ok);
        CHECK(st.pending == 0);
        CHECK(st.dropped == 0);
        CHECK(st.rejected == 0);
    }
    // session_start, lesson_start, 2000 steps, lesson_finished, session_end
    CHECK(count_in_file(o.db_path, "SELECT count(*) FROM events") == 2004);
    CHECK(count_in_file(o.db_path, "SELECT count(*) FROM sessions WHERE end_reason = 'completed'") == 1);
    CHECK(count_in_file(o.db_path, "SELECT max_step FROM lesson_runs") == 6);
    CHECK(count_in_file(o.db_path, "SELECT score FROM lesson_runs WHERE completed = 1") == 5);
    std::lock_guard lk(mu);
    REQUIRE_FALSE(confirmed.empty());
    for (std::size_t i = 1; i < confirmed.size(); ++i) CHECK(confirmed[i] > confirmed[i - 1]);
    CHECK(confirmed.back() == 2004);  // 2000 steps and 4 start/end records
}

TEST_CASE("the writer logs each confirmed sequence when asked, for crash tests") {
    TempDir dir;
    LogLines log;
    ManualClock clock;
    StoreOptions o = options_for(dir, log);
    o.log_durable_seq = true;
    auto store = open_store(o, clock);
    SessionRef s = store->recorder().begin_session(std::nullopt, "vi");
    Seq last = store->recorder().qr_shown(s, "resume");
    REQUIRE(store->recorder().flush(5s));
    CHECK(log.count("durable seq " + std::to_string(last)) == 1);
}

TEST_CASE("a read-only database keeps the kiosk going with records held in memory") {
    TempDir dir;
    LogLines log;
    ManualClock clock;
    StoreOptions o = options_for(dir, log);
    { auto create = open_store(o, clock); }  // the file exists, schema current

    o.read_only = true;  // SQLITE_OPEN_READONLY: SQLite itself refuses every write
    auto store = open_store(o, clock);
    CHECK(store->status().queries_available);  // reports still work
    Recorder& rec = store->recorder();
    SessionRef s = rec.begin_session(std::nullopt, "vi");
    for (int i = 0; i < 10; ++i) rec.language_switched(s, i % 2 ? "vi" : "en");
    REQUIRE(eventually([&] { return store->status().recording.condition == StorageCondition::read_only; }));
    CHECK_FALSE(rec.flush(100ms));  // several retries happen meanwhile
    const RecorderStatus st = store->status().recording;
    CHECK(st.pending == 11);
    CHECK(st.last_durable == 0);
    CHECK(st.message.find("readonly") != std::string::npos);
    CHECK(log.count("cannot save (read-only)") == 1);  // once, not at every retry
    CHECK(count_in_file(o.db_path, "SELECT count(*) FROM events") == 0);
}

TEST_CASE("writes SQLite refuses as read-only are saved once the database is writable again") {
    TempDir dir;
    LogLines log;
    ManualClock clock;
    std::atomic<bool> refuse{true};
    StoreOptions o = options_for(dir, log);
    o.writer_connection_hook = [&](Db& db) {
        if (refuse) REQUIRE(db.exec("PRAGMA query_only = ON").ok());
    };
    auto store = open_store(o, clock);
    Recorder& rec = store->recorder();
    SessionRef s = rec.begin_session(std::nullopt, "vi");
    RunRef run = rec.begin_run(s, "an-toan-otp", 2);
    for (int i = 0; i < 5; ++i) rec.quiz_answer(run, 3, i, i == 4);
    REQUIRE(eventually([&] { return store->status().recording.condition == StorageCondition::read_only; }));
    CHECK(store->status().recording.pending == 7);

    refuse = false;
    rec.retry_now();
    REQUIRE(rec.flush(5s));
    CHECK(store->status().recording.condition == StorageCondition::ok);
    CHECK(log.count("saving works again") == 1);
    auto n = store->query([](Db& db) { return db.query_int("SELECT count(*) FROM events"); });
    CHECK(*n == 7);
    auto note = store->query(
        [](Db& db) { return db.query_int("SELECT count(*) FROM kiosk_meta WHERE key = 'last_storage_problem'"); });
    CHECK(*note == 1);
}

TEST_CASE("a full disk holds records in memory and saves them when space returns") {
    TempDir dir;
    LogLines log;
    ManualClock clock;
    std::atomic<bool> full{true};
    StoreOptions o = options_for(dir, log);
    // max_page_count caps the file at its current size: SQLite then answers SQLITE_FULL just
    // as when the disk itself has no room. The cap holds for the writer's connection only, and
    // a reconnect after the failure drops it once `full` is cleared.
    o.writer_connection_hook = [&](Db& db) {
        if (!full) return;
        auto pages = db.query_int("PRAGMA page_count");
        REQUIRE(pages.ok());
        REQUIRE(db.exec("PRAGMA max_page_count = " + std::to_string(*pages)).ok());
    };
    auto store = open_store(o, clock);
    Recorder& rec = store->recorder();
    SessionRef s = rec.begin_session(std::nullopt, "vi");
    REQUIRE(rec.flush(5s));  // small enough to fit the pages the file already has

    const std::string payload = "{\"note\":" + json_quote(std::string(400, 'x')) + "}";
    for (int i = 0; i < 300; ++i)
        rec.record_event(s, nullptr, EventKind::listen_pressed, std::nullopt, {}, {}, {}, payload);
    REQUIRE(eventually([&] { return store->status().recording.condition == StorageCondition::disk_full; }));
    CHECK_FALSE(rec.flush(100ms));
    const RecorderStatus st = store->status().recording;
    CHECK(st.pending > 250);  // the first few may have fitted
    CHECK(log.count("cannot save (disk full)") == 1);
    // What was committed before the disk filled is still there, and only that.
    CHECK(count_in_file(o.db_path, "SELECT count(*) FROM sessions") == 1);
    CHECK(count_in_file(o.db_path, "SELECT count(*) FROM events") == static_cast<std::int64_t>(st.last_durable));

    full = false;
    rec.retry_now();
    REQUIRE(rec.flush(5s));
    CHECK(store->status().recording.condition == StorageCondition::ok);
    CHECK(count_in_file(o.db_path, "SELECT count(*) FROM events WHERE kind = 'listen_pressed'") == 300);
}

TEST_CASE("beyond the pending bound new records are dropped, counted and logged once") {
    TempDir dir;
    LogLines log;
    ManualClock clock;
    StoreOptions o = options_for(dir, log);
    { auto create = open_store(o, clock); }
    o.read_only = true;
    o.pending_bound = 5;
    auto store = open_store(o, clock);
    Recorder& rec = store->recorder();
    SessionRef s = rec.begin_session(std::nullopt, "vi");
    std::vector<Seq> seqs;
    for (int i = 0; i < 7; ++i) seqs.push_back(rec.qr_printed(s, "resume"));
    CHECK(seqs[3] == 5);
    CHECK(seqs[4] == 0);  // not accepted
    CHECK(seqs[6] == 0);
    const RecorderStatus st = store->status().recording;
    CHECK(st.pending == 5);
    CHECK(st.dropped == 3);
    CHECK(log.count("newer records are dropped") == 1);
}

TEST_CASE("when the database cannot be opened, records wait and are saved once it can") {
    TempDir dir;
    LogLines log;
    ManualClock clock;
    StoreOptions o = options_for(dir, log);
    o.db_path = dir.file("not-yet/tramso.db");
    auto store = open_store(o, clock);
    CHECK_FALSE(store->status().queries_available);
    CHECK_FALSE(store->status().query_error.empty());
    Recorder& rec = store->recorder();
    SessionRef s = rec.begin_session(std::nullopt, "vi");
    rec.qr_shown(s, "resume");
    rec.end_session(s, EndReason::idle);
    REQUIRE(eventually([&] { return store->status().recording.condition == StorageCondition::unavailable; }));
    CHECK(store->status().recording.pending == 3);
    auto q = store->query([](Db& db) { return db.query_int("SELECT count(*) FROM events"); });
    CHECK_FALSE(q.ok());

    std::filesystem::create_directory(dir.file("not-yet"));
    rec.retry_now();
    REQUIRE(rec.flush(5s));
    CHECK(store->status().recording.condition == StorageCondition::ok);
    auto n = store->query([](Db& db) { return db.query_int("SELECT count(*) FROM events"); });
    REQUIRE(n.ok());
    CHECK(*n == 3);
    CHECK(store->status().queries_available);
}

TEST_CASE("events naming an unknown session are refused without losing the rest") {
    TempDir dir;
    LogLines log;
    ManualClock clock;
    auto store = open_store(options_for(dir, log), clock);
    Recorder& rec = store->recorder();
    SessionRef good = rec.begin_session(std::nullopt, "vi");
    SessionRef bogus{9999, 0};
    rec.qr_shown(bogus, "resume");
    rec.qr_shown(good, "resume");
    REQUIRE(rec.flush(5s));
    CHECK(store->status().recording.rejected == 1);
    CHECK(log.count("refused by the database") == 1);
    auto n = store->query([](Db& db) { return db.query_int("SELECT count(*) FROM events"); });
    CHECK(*n == 2);
}

TEST_CASE("a whole session is recorded with enough detail to replay it") {
    TempDir dir;
    LogLines log;
    ManualClock clock;
    auto store = open_store(options_for(dir, log), clock);
    auto learner = store->query([&](Db& db) {
        LearnerDetails d{"Nguyễn Thị Hoà", "nguyen thi hoa", 1958, "", "", false};
        return create_learner(db, d, clock.wall_ms(), clock.wall_ms(), seeded_random(3));
    });
    REQUIRE(learner.ok());
    Recorder& rec = store->recorder();

    SessionRef s = rec.begin_session(std::nullopt, "vi");
    clock.advance(1'000);
    rec.language_switched(s, "en");
    RunRef run = rec.begin_run(s, "zalo-nhan-tin", 3);
    rec.step_shown(run, 0);
    clock.advance(4'000);
    rec.listen_pressed(s, &run, 0);
    rec.step_left(run, 0, 4'000);
    rec.step_shown(run, 1);
    rec.hint_shown(run, 1);
    rec.practice_tap(run, 1, "settings", false);
    rec.practice_tap(run, 1, "zalo", true);
    rec.step_shown(run, 2);
    rec.quiz_answer(run, 2, 1, true);
    rec.end_run(run, true, 1);
    rec.identify_learner(s, learner->id);  // she registered at the end
    rec.qr_shown(s, "resume");
    rec.qr_printed(s, "resume");
    rec.end_session(s, EndReason::completed);
    REQUIRE(rec.flush(5s));

    auto page = store->query([](Db& db) { return list_sessions(db, {}, {}); });
    REQUIRE(page->rows.size() == 1);
    CHECK(page->rows[0].learner_id == learner->id);
    auto t = store->query([&](Db& db) { return session_timeline(db, page->rows[0].id); });
    REQUIRE(t.ok());
    std::vector<std::string> kinds;
    for (const auto& e : *t) kinds.push_back(e.kind);
    CHECK(kinds == std::vector<std::string>{"session_start", "language_switched", "lesson_start", "step_shown",
                                            "listen_pressed", "step_left", "step_shown", "hint_shown", "practice_tap",
                                            "practice_tap", "step_shown", "quiz_answer", "lesson_finished",
                                            "learner_identified", "qr_shown", "qr_printed", "session_end"});
    const auto& ev = *t;
    CHECK(ev[1].target == "en");
    CHECK(ev[1].at_ms - ev[0].at_ms == 1'000);
    CHECK(ev[2].lesson_id == "zalo-nhan-tin");
    CHECK(ev[5].duration_ms == 4'000);
    CHECK(ev[8].target == "settings");
    CHECK(ev[8].ok == false);
    CHECK(ev[9].ok == true);
    CHECK(ev[11].target == "1");
    CHECK(ev[11].step == 2);
    CHECK(ev[12].payload == "{\"score\":1}");
    CHECK(ev[15].target == "resume");
    auto seen = store->query([&](Db& db) { return get_learner(db, learner->id); });
    CHECK((*seen)->last_seen_ms == clock.wall_ms());
}
