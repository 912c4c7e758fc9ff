// Storage conditions as staff mode sees them: a condition, since when, how many records wait,
// and notices with a strings key in both languages; an OS error behind an I/O failure names the
// real condition (a file-size limit is a full disk).
#include <doctest/doctest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <thread>

#include "common/source_dir.h"
#include "core/string_table.h"
#include "store/db_file.h"
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

const StorageNotice* find_notice(const std::vector<StorageNotice>& ns, StorageNotice::Kind k) {
    for (const auto& n : ns)
        if (n.kind == k) return &n;
    return nullptr;
}

template <class Pred>
bool eventually(Pred pred) {
    for (int i = 0; i < 2500 && !pred(); ++i) std::this_thread::sleep_for(2ms);
    return pred();
}

}  // namespace

TEST_CASE("a full disk shows as a notice with since-when and records waiting, then as past") {
    TempDir dir;
    ManualClock clock(1'790'000'000'000);
    std::atomic<bool> full{true};
    StoreOptions o = quiet_options(dir);
    o.pending_bound = 500;
    o.writer_connection_hook = [&](Db& db) {
        if (!full) return;
        auto pages = db.query_int("PRAGMA page_count");
        REQUIRE(db.exec("PRAGMA max_page_count = " + std::to_string(*pages)).ok());
    };
    auto store = open_store(o, clock);
    CHECK(find_notice(store->notices(), StorageNotice::Kind::not_saving) == nullptr);
    Recorder& rec = store->recorder();
    SessionRef s = rec.begin_session(std::nullopt, "vi");
    REQUIRE(rec.flush(5s));  // small enough to fit the pages the file already has

    clock.advance(60'000);
    const Millis first_unsaved = clock.wall_ms();
    const std::string payload = "{\"note\":" + json_quote(std::string(600, 'x')) + "}";
    for (int i = 0; i < 200; ++i)
        rec.record_event(s, nullptr, EventKind::listen_pressed, std::nullopt, {}, {}, {}, payload);
    // The first commit after the cap may still fit; the ones after it cannot.
    REQUIRE(eventually([&] { return store->status().recording.condition == StorageCondition::disk_full; }));

    const auto notices = store->notices();
    const StorageNotice* n = find_notice(notices, StorageNotice::Kind::not_saving);
    REQUIRE(n != nullptr);
    CHECK(&notices.front() == n);  // the most serious first
    CHECK(n->severity == StorageNotice::Severity::problem);
    CHECK(n->condition == StorageCondition::disk_full);
    CHECK(n->since_ms >= first_unsaved);
    CHECK(n->count == store->status().recording.pending);
    CHECK(n->count > 0);
    CHECK(n->limit == 500);
    CHECK(notice_key(*n) == "storage.not_saving.disk_full");
    CHECK_FALSE(n->clearable);

    clock.advance(30'000);
    full = false;
    rec.retry_now();
    REQUIRE(rec.flush(5s));
    auto after = store->notices();
    CHECK(find_notice(after, StorageNotice::Kind::not_saving) == nullptr);
    const StorageNotice* past = find_notice(after, StorageNotice::Kind::saving_failed_earlier);
    REQUIRE(past != nullptr);
    CHECK(past->condition == StorageCondition::disk_full);
    CHECK(past->since_ms == n->since_ms);
    CHECK(past->until_ms > past->since_ms);
    CHECK(past->count == 0);
    CHECK(past->clearable);

    // Staff still see it after a restart, until they dismiss it.
    store.reset();
    store = open_store(o, clock);
    const auto again = store->notices();
    past = find_notice(again, StorageNotice::Kind::saving_failed_earlier);
    REQUIRE(past != nullptr);
    CHECK(past->condition == StorageCondition::disk_full);
    REQUIRE(store->clear_notice(*past).ok());
    CHECK(find_notice(store->notices(), StorageNotice::Kind::saving_failed_earlier) == nullptr);
    store.reset();
    store = open_store(o, clock);
    CHECK(find_notice(store->notices(), StorageNotice::Kind::saving_failed_earlier) == nullptr);
}

TEST_CASE("a damaged file set aside and a failed backup are notices staff can act on") {
    TempDir dir;
    ManualClock clock(1'790'000'000'000);
    {
        std::ofstream garbage(dir.file("tramso.db"), std::ios::binary);
        for (int i = 0; i < 4096; ++i) garbage.put(static_cast<char>((i * 31) & 0xff));
    }
    StoreOptions o = quiet_options(dir);
    o.backup_dir = "/proc/tramso-no-backups-here";
    auto store = open_store(o, clock);
    CHECK_FALSE(store->backup_now().ok());
    const auto notices = store->notices();
    const StorageNotice* moved = find_notice(notices, StorageNotice::Kind::damaged_file_set_aside);
    REQUIRE(moved != nullptr);
    CHECK(moved->path == dir.file("tramso.db.corrupt-20260921T141320Z"));
    CHECK(moved->since_ms == 1'790'000'000'000);
    CHECK(moved->clearable);
    const StorageNotice* backup = find_notice(notices, StorageNotice::Kind::backup_failed);
    REQUIRE(backup != nullptr);
    CHECK(backup->path == o.backup_dir);
    CHECK(backup->since_ms == 1'790'000'000'000);
    CHECK_FALSE(backup->detail.empty());
    CHECK(store->status().queries_available);
    CHECK(store->status().query_condition == StorageCondition::ok);
}

TEST_CASE("a database that cannot be opened is a reports notice with its condition") {
    TempDir dir;
    ManualClock clock;
    StoreOptions o = quiet_options(dir);
    o.db_path = dir.file("missing-folder/tramso.db");
    auto store = open_store(o, clock);
    const auto notices = store->notices();
    const StorageNotice* n = find_notice(notices, StorageNotice::Kind::reports_unavailable);
    REQUIRE(n != nullptr);
    CHECK(n->condition == StorageCondition::unavailable);
    CHECK(notice_key(*n) == "storage.reports_unavailable.unavailable");
}

TEST_CASE("every storage notice has Vietnamese and English text with its values filled in") {
    auto strings = StringTable::load(std::string(TRAMSO_SOURCE_DIR) + "/assets/strings");
    REQUIRE(strings.ok());
    using K = StorageNotice::Kind;
    std::vector<StorageNotice> all;
    for (K kind : {K::not_saving, K::records_dropped, K::reports_unavailable, K::damaged_file_set_aside,
                   K::saving_failed_earlier, K::backup_failed, K::no_recent_backup, K::sessions_interrupted})
        for (StorageCondition c : {StorageCondition::ok, StorageCondition::disk_full, StorageCondition::read_only,
                                   StorageCondition::unavailable, StorageCondition::damaged})
            for (Millis since : {Millis{0}, Millis{1'790'000'000'000}}) {
                StorageNotice n;
                n.kind = kind;
                n.condition = c;
                n.since_ms = since;
                n.until_ms = since ? since + 3'600'000 : 0;
                n.count = 12;
                n.limit = 10'000;
                n.path = "/var/lib/tramso/x";
                all.push_back(n);
            }
    for (const StorageNotice& n : all) {
        // Kinds that name a time always have one; "no backup yet" is the key without it.
        if (n.since_ms == 0 && n.kind != K::no_recent_backup && n.kind != K::records_dropped &&
            n.kind != K::reports_unavailable && n.kind != K::sessions_interrupted)
            continue;
        for (Lang lang : {Lang::vi, Lang::en}) {
            const std::string key = notice_key(n);
            CAPTURE(key);
            const std::string text = strings->format(lang, key, notice_args(n, 7 * 60));
            CHECK_FALSE(text.starts_with("["));
            CHECK(text.find('{') == std::string::npos);
        }
    }
    StorageNotice disk;
    disk.kind = K::not_saving;
    disk.condition = StorageCondition::disk_full;
    disk.since_ms = 1'790'000'000'000;  // 2026-09-21 14:13:20 UTC = 21:13 in Hà Nội
    disk.count = 37;
    disk.limit = 10'000;
    const std::string vi = strings->format(Lang::vi, notice_key(disk), notice_args(disk, 7 * 60));
    CHECK(vi.find("Ổ đĩa đã đầy") != std::string::npos);
    CHECK(vi.find("21:13 21/09/2026") != std::string::npos);
    CHECK(vi.find("37") != std::string::npos);
}

TEST_CASE("a write refused by a file-size limit is a full disk, not an I/O error") {
    TempDir dir;
    const std::string path = dir.file("small.db");
    // In a child: the limit and the ignored SIGXFSZ must not touch the test runner.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::signal(SIGXFSZ, SIG_IGN);
        int code = 0;
        auto db = open_kiosk_db(path, OpenMode::read_write_create, code);
        if (!db || !migrate(*db)) ::_exit(10);
        rlimit lim{64 * 1024, RLIM_INFINITY};
        if (::setrlimit(RLIMIT_FSIZE, &lim) != 0) ::_exit(11);
        const std::string big(4000, 'x');
        for (int i = 0; i < 1000; ++i) {
            auto st = db->exec(
                "INSERT INTO kiosk_meta (key, value, updated_ms) VALUES (hex(randomblob(8)), "
                "printf('%.4000c', 'x'), 0)");
            if (!st) {
                const bool full = storage_condition_for(db->last_error_code()) == StorageCondition::disk_full;
                const bool says = st.error().message.find("disk is full") != std::string::npos;
                if (!full || !says)
                    std::fprintf(stderr, "code %d: %s\n", db->last_error_code(), st.error().message.c_str());
                ::_exit(full && says ? 0 : 12);
            }
        }
        ::_exit(13);  // the limit never bit
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
