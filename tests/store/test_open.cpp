// Opening the file at kiosk start: permissions and pragmas, a damaged file set aside (never
// deleted), sessions a crash left open closed as interrupted.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "store/db_file.h"
#include "store/kiosk_meta.h"
#include "store/learners.h"
#include "store/retention.h"
#include "store/session_queries.h"
#include "store/store.h"
#include "store_test_util.h"

using namespace store_test;
using namespace std::chrono_literals;

namespace {

StoreOptions quiet_options(const TempDir& dir) {
    StoreOptions o;
    o.db_path = dir.file("tramso.db");
    o.kiosk_id = "kiosk-1";
    o.retry_interval = 20ms;
    o.log = [](std::string_view) {};
    return o;
}

std::unique_ptr<Store> open_store(StoreOptions o, const Clock& clock) {
    auto s = Store::open(std::move(o), clock);
    REQUIRE(s.ok());
    return std::move(*s);
}

unsigned mode_of(const std::string& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

std::vector<std::string> names_in(const std::string& dir) {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("the database file and its WAL are readable by the kiosk user only") {
    TempDir dir;
    ManualClock clock;
    const mode_t old = ::umask(0);  // even a permissive umask must not widen the file
    auto store = open_store(quiet_options(dir), clock);
    ::umask(old);
    SessionRef s = store->recorder().begin_session(std::nullopt, "vi");
    store->recorder().qr_shown(s, "resume");
    REQUIRE(store->recorder().flush(5s));
    CHECK(mode_of(dir.file("tramso.db")) == 0600);
    CHECK(mode_of(dir.file("tramso.db-wal")) == 0600);
    CHECK(mode_of(dir.file("tramso.db-shm")) == 0600);
}

TEST_CASE("an existing file with loose permissions is tightened to 0600") {
    TempDir dir;
    ManualClock clock;
    { auto create = open_store(quiet_options(dir), clock); }
    REQUIRE(::chmod(dir.file("tramso.db").c_str(), 0644) == 0);
    auto store = open_store(quiet_options(dir), clock);
    CHECK(mode_of(dir.file("tramso.db")) == 0600);
}

TEST_CASE("the kiosk database runs in WAL mode with synchronous FULL and foreign keys") {
    TempDir dir;
    int code = 0;
    auto db = open_kiosk_db(dir.file("k.db"), OpenMode::read_write_create, code);
    REQUIRE(db.ok());
    auto q = db->query("PRAGMA journal_mode");
    REQUIRE(*q->next());
    CHECK(q->text(0) == "wal");
    CHECK(*db->query_int("PRAGMA synchronous") == 2);  // FULL
    CHECK(*db->query_int("PRAGMA foreign_keys") == 1);
}

TEST_CASE("sessions left open by a crash are closed as interrupted at their last event") {
    TempDir dir;
    ManualClock clock;
    const std::string path = dir.file("tramso.db");
    {
        int code = 0;
        auto db = open_kiosk_db(path, OpenMode::read_write_create, code);
        REQUIRE(db.ok());
        REQUIRE(migrate(*db).ok());
        Scribe scribe(*db, "kiosk-1");
        auto done = scribe.session(1'000);
        scribe.end_session(done, 5'000, EndReason::completed);
        auto crashed = scribe.session(10'000);
        auto run = scribe.run(crashed, 11'000, "an-toan-otp");
        scribe.steps(crashed, run, 12'000, 3);  // last event at 12'003
        auto quiet = scribe.session(20'000);    // no events after its start
        (void)quiet;
        auto other_kiosk = Scribe(*db, "kiosk-2").session(30'000);
        (void)other_kiosk;
    }
    auto store = open_store(quiet_options(dir), clock);
    CHECK(store->status().interrupted_sessions_closed == 2);
    auto page = store->query([](Db& db) { return list_sessions(db, {}, {}); });
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 4);
    // newest first: kiosk-2 (not ours: left alone), quiet, crashed, done
    CHECK(page->rows[0].kiosk_id == "kiosk-2");
    CHECK_FALSE(page->rows[0].ended_ms.has_value());
    CHECK(page->rows[1].end_reason == "interrupted");
    CHECK(page->rows[1].ended_ms == 20'000);
    CHECK(page->rows[2].end_reason == "interrupted");
    CHECK(page->rows[2].ended_ms == 12'003);
    CHECK(page->rows[3].end_reason == "completed");
    auto run_end = store->query([](Db& db) { return db.query_int("SELECT ended_ms FROM lesson_runs"); });
    CHECK(*run_end == 12'003);
}

TEST_CASE("a damaged database is moved aside, a fresh one is created and staff are told") {
    TempDir dir;
    ManualClock clock(1'790'000'000'000);
    const std::string path = dir.file("tramso.db");
    {
        std::ofstream garbage(path, std::ios::binary);
        for (int i = 0; i < 4096; ++i) garbage.put(static_cast<char>((i * 7919) & 0xff));
    }
    const std::string original = read_text(path);
    auto store = open_store(quiet_options(dir), clock);

    const StoreStatus st = store->status();
    CHECK(st.queries_available);
    REQUIRE_FALSE(st.corrupt_file_moved.empty());
    const std::string moved = dir.file("tramso.db.corrupt-20260921T141320Z");
    CHECK(st.corrupt_file_moved.starts_with(moved));
    // The damaged bytes are kept, byte for byte.
    CHECK(read_text(moved) == original);
    // The fresh file works.
    SessionRef s = store->recorder().begin_session(std::nullopt, "vi");
    (void)s;
    REQUIRE(store->recorder().flush(5s));
    auto n = store->query([](Db& db) { return db.query_int("SELECT count(*) FROM sessions"); });
    CHECK(*n == 1);
    // The notice survives a restart until staff clear it.
    store.reset();
    store = open_store(quiet_options(dir), clock);
    CHECK(store->status().corrupt_file_moved.starts_with(moved));
    REQUIRE(store->clear_corrupt_notice().ok());
    CHECK(store->status().corrupt_file_moved.empty());
    store.reset();
    store = open_store(quiet_options(dir), clock);
    CHECK(store->status().corrupt_file_moved.empty());
}

TEST_CASE("a database damaged inside is found by quick_check and set aside") {
    TempDir dir;
    ManualClock clock;
    const std::string path = dir.file("tramso.db");
    {
        auto store = open_store(quiet_options(dir), clock);
        auto s = store->recorder().begin_session(std::nullopt, "vi");
        for (int i = 0; i < 3000; ++i) store->recorder().qr_shown(s, "resume");
        REQUIRE(store->recorder().flush(10s));
        REQUIRE(store->query([](Db& db) { return db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); }).ok());
    }
    // Scribble over pages in the middle of the file, leaving the header intact.
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096 * 3);
        for (int i = 0; i < 4096 * 4; ++i) f.put(static_cast<char>(0x5a));
    }
    auto store = open_store(quiet_options(dir), clock);
    CHECK_FALSE(store->status().corrupt_file_moved.empty());
    const auto names = names_in(dir.path());
    CHECK(std::count_if(names.begin(), names.end(),
                        [](const std::string& n) { return n.find(".corrupt-") != std::string::npos; }) >= 1);
    auto n = store->query([](Db& db) { return db.query_int("SELECT count(*) FROM events"); });
    CHECK(*n == 0);
}

TEST_CASE("a database from a newer kiosk version is left untouched and reported") {
    TempDir dir;
    ManualClock clock;
    const std::string path = dir.file("tramso.db");
    {
        int code = 0;
        auto db = open_kiosk_db(path, OpenMode::read_write_create, code);
        REQUIRE(migrate(*db).ok());
        REQUIRE(db->exec("PRAGMA user_version = 99").ok());
    }
    auto store = open_store(quiet_options(dir), clock);
    const StoreStatus st = store->status();
    CHECK_FALSE(st.queries_available);
    CHECK(st.query_error.find("newer version") != std::string::npos);
    CHECK(st.corrupt_file_moved.empty());
    store->recorder().begin_session(std::nullopt, "vi");
    CHECK_FALSE(store->recorder().flush(100ms));
    CHECK(store->status().recording.condition == StorageCondition::unavailable);
    store.reset();
    int code = 0;
    auto db = open_kiosk_db(path, OpenMode::read_only, code);
    CHECK(*schema_version(*db) == 99);
}

TEST_CASE("the store refuses an in-memory path: the writer needs a file") {
    ManualClock clock;
    StoreOptions o;
    o.db_path = ":memory:";
    CHECK_FALSE(Store::open(o, clock).ok());
}

TEST_CASE("at open, learners saved under an older search-key rule are re-keyed; erased ones stay empty") {
    TempDir dir;
    ManualClock clock;
    std::int64_t kept = 0;
    {
        int code = 0;
        auto db = open_kiosk_db(dir.file("tramso.db"), OpenMode::read_write_create, code);
        REQUIRE(db.ok());
        REQUIRE(migrate(*db).ok());
        LearnerDetails d;
        d.full_name = "LAN";
        d.search_key = "LAN";  // as a rule that did not fold case would have stored it
        auto lan = create_learner(*db, d, 1'000, 1'000, seeded_random(1));
        REQUIRE(lan.ok());
        kept = lan->id;
        d.full_name = d.search_key = "MAI";
        auto mai = create_learner(*db, d, 1'000, 1'000, seeded_random(2));
        REQUIRE(mai.ok());
        REQUIRE(erase_learner(*db, mai->id, 2'000, "asked").ok());
    }
    std::vector<std::string> lines;
    StoreOptions o = quiet_options(dir);
    o.log = [&](std::string_view line) { lines.emplace_back(line); };
    o.search_key = [](std::string_view name) {
        std::string key(name);
        for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return key;
    };
    auto store = open_store(std::move(o), clock);
    auto found = store->query([](Db& db) { return search_learners(db, {"lan", KeyMatch::prefix, std::nullopt, 5}); });
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->front().id == kept);
    auto erased_keys =
        store->query([](Db& db) { return db.query_int("SELECT count(*) FROM learners WHERE search_key IS NOT NULL"); });
    CHECK(*erased_keys == 1);
    CHECK(std::find(lines.begin(), lines.end(), "store: search keys of 1 learner(s) brought up to date") !=
          lines.end());
}
