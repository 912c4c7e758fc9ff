// The database path may only be the kiosk's own file: a symlink, a device or pipe, or another
// application's SQLite file is refused and left exactly as it was, while the kiosk keeps
// teaching with records waiting in memory. A kiosk file from before the application id
// stamp is adopted.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "common/source_dir.h"
#include "store/db_file.h"
#include "store/db_identity.h"
#include "store/store.h"
#include "store_test_util.h"

using namespace store_test;
using namespace std::chrono_literals;

namespace {

struct Opened {
    std::unique_ptr<Store> store;
    std::string log;
};

Opened open_at(const std::string& path, const Clock& clock) {
    Opened out;
    StoreOptions o;
    o.db_path = path;
    o.kiosk_id = "kiosk-1";
    o.retry_interval = 20ms;
    auto* log = &out.log;
    o.log = [log](std::string_view line) { *log += std::string(line) + "\n"; };
    auto s = Store::open(std::move(o), clock);
    REQUIRE(s.ok());
    out.store = std::move(*s);
    return out;
}

// Another application's database: a table of its own, rollback journal, mode 0644.
void make_foreign_db(const std::string& path, const char* extra_sql = "") {
    {
        auto db = Db::open(path, OpenMode::read_write_create);
        REQUIRE(db.ok());
        REQUIRE(db->exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)").ok());
        REQUIRE(db->exec("INSERT INTO notes (body) VALUES ('someone else''s data')").ok());
        REQUIRE(db->exec(extra_sql).ok());
    }
    REQUIRE(::chmod(path.c_str(), 0644) == 0);
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

// The foreign file as its owner sees it: same bytes, same mode, no kiosk tables.
void check_untouched(const std::string& path, const std::string& bytes_before) {
    CHECK(mode_of(path) == 0644);
    CHECK(read_text(path) == bytes_before);
}

}  // namespace

TEST_CASE("a symlink to another application's database is refused and its target left alone") {
    TempDir dir;
    ManualClock clock;
    std::filesystem::create_directory(dir.file("other-app"));
    const std::string target = dir.file("other-app/app.sqlite");
    make_foreign_db(target);
    const std::string before = read_text(target);
    const std::string link = dir.file("tramso.db");
    REQUIRE(::symlink(target.c_str(), link.c_str()) == 0);

    Opened o = open_at(link, clock);
    const StoreStatus st = o.store->status();
    CHECK_FALSE(st.queries_available);
    CHECK(st.query_error.find(link) != std::string::npos);
    CHECK(st.query_error.find("symbolic link") != std::string::npos);
    CHECK(o.log.find(link + ": The database path is a symbolic link") != std::string::npos);
    CHECK(st.corrupt_file_moved.empty());
    // Learners still get their lesson; the records wait rather than go anywhere else.
    o.store->recorder().begin_session(std::nullopt, "vi");
    CHECK_FALSE(o.store->recorder().flush(100ms));
    o.store.reset();
    check_untouched(target, before);
    CHECK(names_in(dir.file("other-app")) == std::vector<std::string>{"app.sqlite"});
    CHECK(names_in(dir.path()) == std::vector<std::string>{"other-app", "tramso.db"});
}

TEST_CASE("another application's SQLite file at the path is refused, never migrated or moved aside") {
    TempDir dir;
    ManualClock clock;
    const std::string path = dir.file("tramso.db");
    make_foreign_db(path);
    const std::string before = read_text(path);

    Opened o = open_at(path, clock);
    CHECK_FALSE(o.store->status().queries_available);
    CHECK(o.store->status().query_error.find("not a Trạm Số database") != std::string::npos);
    CHECK(o.store->status().corrupt_file_moved.empty());
    o.store.reset();
    check_untouched(path, before);
    CHECK(names_in(dir.path()) == std::vector<std::string>{"tramso.db"});
}

TEST_CASE("an SQLite file stamped with another application's id is refused even when empty") {
    TempDir dir;
    const std::string path = dir.file("tramso.db");
    {
        auto db = Db::open(path, OpenMode::read_write_create);
        REQUIRE(db->exec("PRAGMA application_id = 1234").ok());
    }
    REQUIRE(::chmod(path.c_str(), 0644) == 0);
    const std::string before = read_text(path);
    int code = 0;
    auto db = open_kiosk_db(path, OpenMode::read_write_create, code);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().where == path);
    CHECK(db.error().message.find("another application (application_id 1234)") != std::string::npos);
    check_untouched(path, before);
    CHECK(names_in(dir.path()) == std::vector<std::string>{"tramso.db"});
}

TEST_CASE("a pipe at the database path is refused at once: no hang, no -journal beside it") {
    TempDir dir;
    const std::string path = dir.file("tramso.db");
    REQUIRE(::mkfifo(path.c_str(), 0644) == 0);
    int code = 0;
    auto db = open_kiosk_db(path, OpenMode::read_write_create, code);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.find("not a regular file") != std::string::npos);
    CHECK(mode_of(path) == 0644);
    CHECK(names_in(dir.path()) == std::vector<std::string>{"tramso.db"});
}

TEST_CASE("a device as the database is refused, even only to read it") {
    // Read-only, so that even run as root this test could never change /dev/null.
    int code = 0;
    auto db = open_kiosk_db("/dev/null", OpenMode::read_only, code);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().where == "/dev/null");
    CHECK(db.error().message.find("not a regular file") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists("/dev/null-journal"));
}

TEST_CASE("a new kiosk database carries the kiosk's application id in its header") {
    TempDir dir;
    ManualClock clock;
    const std::string path = dir.file("tramso.db");
    {
        Opened o = open_at(path, clock);
        CHECK(o.store->status().queries_available);
    }
    CHECK(*identify_db_file(path) == DbFileKind::kiosk);
    auto db = Db::open(path, OpenMode::read_only);
    CHECK(*db->query_int("PRAGMA application_id") == kKioskApplicationId);
}

TEST_CASE("a kiosk database from before the application id is adopted, stamped and upgraded") {
    for (int v = 1; v <= latest_schema_version(); ++v) {
        CAPTURE(v);
        TempDir dir;
        ManualClock clock;
        const std::string path = dir.file("tramso.db");
        {
            auto db = Db::open(path, OpenMode::read_write_create);
            REQUIRE(db.ok());
            REQUIRE(db->exec(read_text(std::string(TRAMSO_SOURCE_DIR) + "/tests/data/schema_v" + std::to_string(v) +
                                       ".sql"))
                        .ok());
            REQUIRE(*schema_version(*db) == v);
            REQUIRE(*db->query_int("PRAGMA application_id") == 0);
        }
        CHECK(*identify_db_file(path) == DbFileKind::kiosk_legacy);
        Opened o = open_at(path, clock);
        REQUIRE_MESSAGE(o.store->status().queries_available, o.store->status().query_error);
        auto learners = o.store->query([](Db& db) { return db.query_int("SELECT count(*) FROM learners"); });
        CHECK(*learners == 1);
        auto id = o.store->query([](Db& db) { return db.query_int("PRAGMA application_id"); });
        CHECK(*id == kKioskApplicationId);
        auto version = o.store->query([](Db& db) { return db.query_int("PRAGMA user_version"); });
        CHECK(*version == latest_schema_version());
    }
}
