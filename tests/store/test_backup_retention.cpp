// Online backups (verified, rotated) and erasure of personal data (retention or on request),
// always audited.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "core/civil_time.h"
#include "store/backup.h"
#include "store/db_file.h"
#include "store/learners.h"
#include "store/retention.h"
#include "store/staff_audit.h"
#include "store/store.h"
#include "store_test_util.h"

using namespace store_test;
using namespace std::chrono_literals;

namespace {

StoreOptions quiet_options(const TempDir& dir) {
    StoreOptions o;
    o.db_path = dir.file("tramso.db");
    o.backup_dir = dir.file("backups");
    o.backup_keep = 2;
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

LearnerDetails lan() { return {"Trần Thị Lan", "tran thi lan", 1961, "0900000002", "Phường 7", true}; }

}  // namespace

TEST_CASE("a backup copies the live database, passes quick_check and is private") {
    TempDir dir;
    ManualClock clock;
    auto store = open_store(quiet_options(dir), clock);
    auto s = store->recorder().begin_session(std::nullopt, "vi");
    for (int i = 0; i < 500; ++i) store->recorder().qr_shown(s, "resume");
    REQUIRE(store->recorder().flush(5s));

    auto info = store->backup_now();
    REQUIRE(info.ok());
    CHECK(info->path == dir.file("backups/tramso-20260921T141320Z.db"));
    CHECK(info->bytes > 0);
    struct stat st {};
    REQUIRE(::stat(info->path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    // A self-contained file: no WAL beside it, and it opens read-only with everything in it.
    CHECK_FALSE(std::filesystem::exists(info->path + "-wal"));
    int code = 0;
    auto copy = open_kiosk_db(info->path, OpenMode::read_only, code);
    REQUIRE(copy.ok());
    CHECK(quick_check(*copy)->empty());
    CHECK(count_rows(*copy, "SELECT count(*) FROM events") == 501);
    CHECK(store->status().last_backup == info->path);
}

TEST_CASE("a backup completes while the kiosk keeps recording") {
    TempDir dir;
    ManualClock clock;
    StoreOptions o = quiet_options(dir);
    o.pending_bound = 50'000;  // 20'000 at once is far beyond what a learner produces
    auto store = open_store(o, clock);
    Recorder& rec = store->recorder();
    SessionRef s = rec.begin_session(std::nullopt, "vi");
    RunRef run = rec.begin_run(s, "otp", 1);
    for (int i = 0; i < 20'000; ++i) rec.hint_shown(run, i);
    REQUIRE(rec.flush(30s));
    REQUIRE(store->status().recording.dropped == 0);
    std::atomic<bool> done{false};
    std::thread recording([&] {
        while (!done) {
            rec.qr_shown(s, "resume");
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
    });
    auto info = store->backup_now();
    done = true;
    recording.join();
    REQUIRE(info.ok());
    int code = 0;
    auto copy = open_kiosk_db(info->path, OpenMode::read_only, code);
    REQUIRE(copy.ok());
    CHECK(count_rows(*copy, "SELECT count(*) FROM events WHERE kind = 'hint_shown'") == 20'000);
}

TEST_CASE("backups rotate, keeping the newest ones") {
    TempDir dir;
    ManualClock clock;
    auto store = open_store(quiet_options(dir), clock);  // keep 2
    std::vector<std::string> made;
    for (int i = 0; i < 4; ++i) {
        auto info = store->backup_now();
        REQUIRE(info.ok());
        made.push_back(info->path);
        clock.advance(kDayMs);
    }
    const auto left = list_backups(dir.file("backups"));
    CHECK(left == std::vector<std::string>{made[2], made[3]});
    // Files that are not backups are never touched by rotation.
    std::filesystem::create_directories(dir.file("backups"));
    { std::ofstream(dir.file("backups/notes.txt")) << "keep me"; }
    REQUIRE(store->backup_now().ok());
    CHECK(std::filesystem::exists(dir.file("backups/notes.txt")));
}

TEST_CASE("two backups in the same second get different names") {
    TempDir dir;
    ManualClock clock;
    auto store = open_store(quiet_options(dir), clock);
    auto a = store->backup_now();
    auto b = store->backup_now();
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->path != b->path);
}

TEST_CASE("a backup that cannot be written is reported and older backups are kept") {
    TempDir dir;
    ManualClock clock;
    StoreOptions o = quiet_options(dir);
    auto store = open_store(o, clock);
    REQUIRE(store->backup_now().ok());
    // A file where the folder should be: nothing can be created there.
    StoreOptions bad = o;
    bad.backup_dir = dir.file("tramso.db") + "/backups";
    auto b = backup_database_file(o.db_path, bad.backup_dir, 2, clock.wall_ms());
    REQUIRE_FALSE(b.ok());
    CHECK(list_backups(o.backup_dir).size() == 1);
}

TEST_CASE("the daily run erases old personal data and makes a backup once a day") {
    TempDir dir;
    ManualClock clock;
    StoreOptions o = quiet_options(dir);
    o.retention_personal_days = 30;
    auto store = open_store(o, clock);
    auto old = store->query(
        [&](Db& db) { return create_learner(db, lan(), clock.wall_ms(), clock.wall_ms(), seeded_random(1)); });
    REQUIRE(old.ok());
    clock.advance(31 * kDayMs);
    store->run_daily_if_due();
    store->wait_daily();
    CHECK(store->status().last_retention_erased == 1);
    CHECK(list_backups(o.backup_dir).size() == 1);
    store->run_daily_if_due();  // same day: nothing more
    store->wait_daily();
    CHECK(list_backups(o.backup_dir).size() == 1);
    // The last run is remembered across restarts.
    store.reset();
    store = open_store(o, clock);
    store->run_daily_if_due();
    store->wait_daily();
    CHECK(list_backups(o.backup_dir).size() == 1);
    clock.advance(kDayMs);
    store->run_daily_if_due();
    store->wait_daily();
    CHECK(list_backups(o.backup_dir).size() == 2);
}

TEST_CASE("retention erases personal data of learners not seen for the set days") {
    Db db = memory_db();
    const Millis t0 = 1'700'000'000'000;
    auto gone = create_learner(db, lan(), t0, t0, seeded_random(1));
    LearnerDetails recent_d{"Lê Thị Mai", "le thi mai", 1955, "0900000003", "Phường 2", false};
    auto recent = create_learner(db, recent_d, t0, t0, seeded_random(2));
    REQUIRE(gone.ok());
    REQUIRE(recent.ok());
    Scribe scribe(db);
    scribe.session(t0 + 300 * kDayMs, recent->id);  // seen since

    auto erased = apply_retention(db, t0 + 400 * kDayMs, 365);
    REQUIRE(erased.ok());
    CHECK(*erased == 1);

    auto g = get_learner(db, gone->id);
    REQUIRE(g->has_value());
    const Learner& l = **g;
    CHECK(l.erased_ms == t0 + 400 * kDayMs);
    CHECK(l.details.full_name.empty());
    CHECK(l.details.search_key.empty());
    CHECK(l.details.phone.empty());
    CHECK_FALSE(l.details.birth_year.has_value());
    // Kept for statistics.
    CHECK(l.birth_decade == 1960);
    CHECK(l.details.ward == "Phường 7");
    CHECK(l.details.union_member);
    // No longer found by any look-up.
    CHECK_FALSE(find_learner_by_code(db, l.code)->has_value());
    CHECK(search_learners(db, {"tran", KeyMatch::prefix, std::nullopt, 10})->empty());
    CHECK(find_learners_by_phone(db, "0900000002", std::nullopt)->empty());
    CHECK((*get_learner(db, recent->id))->details.full_name == "Lê Thị Mai");

    auto audit = recent_audit(db, 10);
    REQUIRE(audit->size() == 1);
    CHECK((*audit)[0].action == "erase_learner");
    CHECK((*audit)[0].detail.find(l.code) != std::string::npos);
    CHECK((*audit)[0].detail.find("retention") != std::string::npos);
    CHECK((*audit)[0].detail.find("Lan") == std::string::npos);  // never the erased name

    CHECK(*apply_retention(db, t0 + 400 * kDayMs, 365) == 0);  // nothing left to erase
    CHECK(*apply_retention(db, t0 + 4000 * kDayMs, 0) == 0);   // 0 days: retention off
}

TEST_CASE("a learner's data is erased on request, audited, and cannot be erased twice") {
    Db db = memory_db();
    auto l = create_learner(db, lan(), 1'000, 1'000, seeded_random(1));
    REQUIRE(erase_learner(db, l->id, 2'000, "requested by the learner; staff Hương").ok());
    auto audit = recent_audit(db, 10);
    REQUIRE(audit->size() == 1);
    CHECK((*audit)[0].at_ms == 2'000);
    CHECK((*audit)[0].detail.find("requested by the learner") != std::string::npos);
    CHECK_FALSE(erase_learner(db, l->id, 3'000, "again").ok());
    CHECK(recent_audit(db, 10)->size() == 1);
    CHECK_FALSE(update_learner(db, l->id, lan()).ok());
}

TEST_CASE("staff audit lines are appended and listed newest first") {
    Db db = memory_db();
    REQUIRE(append_audit(db, 1, "login", "staff PIN accepted").ok());
    REQUIRE(append_audit(db, 2, "pin_failed", "wrong PIN").ok());
    auto a = recent_audit(db, 10);
    REQUIRE(a->size() == 2);
    CHECK((*a)[0].action == "pin_failed");
    CHECK((*a)[1].action == "login");
}

TEST_CASE("audit lines sent through the recorder are saved like events") {
    TempDir dir;
    ManualClock clock;
    auto store = open_store(quiet_options(dir), clock);
    store->recorder().audit("export", "monthly report, March 2026");
    store->recorder().set_meta("storage_note", "disk replaced");
    REQUIRE(store->recorder().flush(5s));
    auto a = store->query([](Db& db) { return recent_audit(db, 5); });
    REQUIRE(a->size() == 1);
    CHECK((*a)[0].detail == "monthly report, March 2026");
}
