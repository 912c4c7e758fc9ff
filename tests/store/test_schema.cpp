// Migrations: every released schema (a dump in tests/data/schema_vN.sql) upgrades to the
// latest with its rows intact, and the newest dump matches what the migrations build.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <tuple>

#include "common/source_dir.h"
#include "store/reports.h"
#include "store/schema.h"
#include "store_test_util.h"

using namespace store_test;

namespace {

std::string dump_path(int version) {
    return std::string(TRAMSO_SOURCE_DIR) + "/tests/data/schema_v" + std::to_string(version) + ".sql";
}

Db load_dump(int version) {
    auto db = Db::open(":memory:");
    REQUIRE(db.ok());
    const std::string sql = read_text(dump_path(version));
    REQUIRE_FALSE(sql.empty());
    REQUIRE(db->exec(sql).ok());
    REQUIRE(db->exec("PRAGMA foreign_keys = ON").ok());
    return std::move(*db);
}

using SchemaRow = std::tuple<std::string, std::string, std::string>;

std::set<SchemaRow> schema_of(Db& db) {
    std::set<SchemaRow> out;
    auto q = db.query(
        "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL "
        "ORDER BY name");
    REQUIRE(q.ok());
    REQUIRE(for_each_row(*q, [&](Query& r) { out.insert({r.text(0), r.text(1), r.text(2)}); }).ok());
    return out;
}

}  // namespace

TEST_CASE("a new database is created at the latest schema") {
    auto db = Db::open(":memory:");
    REQUIRE(db.ok());
    CHECK(*schema_version(*db) == 0);
    REQUIRE(migrate(*db).ok());
    CHECK(*schema_version(*db) == latest_schema_version());
    REQUIRE(migrate(*db).ok());  // a second run changes nothing
    CHECK(*schema_version(*db) == latest_schema_version());
}

TEST_CASE("there is a saved schema dump for every version") {
    for (int v = 1; v <= latest_schema_version(); ++v) {
        CAPTURE(v);
        CHECK(std::filesystem::exists(dump_path(v)));
    }
}

TEST_CASE("every saved schema version upgrades to the latest and keeps its rows") {
    for (int v = 1; v <= latest_schema_version(); ++v) {
        CAPTURE(v);
        Db db = load_dump(v);
        CHECK(*schema_version(db) == v);
        REQUIRE(migrate(db).ok());
        CHECK(*schema_version(db) == latest_schema_version());
        CHECK(count_rows(db, "SELECT count(*) FROM learners") == 1);
        CHECK(count_rows(db, "SELECT count(*) FROM sessions") == 2);
        CHECK(count_rows(db, "SELECT count(*) FROM events") == 8);
        CHECK(count_rows(db, "SELECT count(*) FROM staff_audit") == 1);
        auto q = db.query("SELECT full_name FROM learners WHERE code = 'ABC234'");
        REQUIRE(*q->next());
        CHECK(q->text(0) == "Nguyễn Thị Hoà");
        CHECK(count_rows(db, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
        // Derived tables added later are filled from the rows already there.
        auto misses = quiz_most_wrong(db, {}, 10);
        REQUIRE(misses.ok());
        REQUIRE(misses->size() == 1);
        CHECK((*misses)[0].lesson_id == "lam-quen-dien-thoai");
        CHECK((*misses)[0].step == 2);
        // Every end reason the kiosk writes fits the upgraded table; others are still refused.
        CHECK(db.exec("UPDATE sessions SET ended_ms = 1760001300000, end_reason = 'shutdown' WHERE id = 2").ok());
        CHECK_FALSE(db.exec("UPDATE sessions SET end_reason = 'unplugged' WHERE id = 2").ok());
        CHECK(count_rows(db, "SELECT count(*) FROM events WHERE session_id = 2") > 0);
        CHECK(count_rows(db, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
        CHECK(count_rows(db, "SELECT count(*) FROM pragma_foreign_keys WHERE foreign_keys = 1") == 1);
    }
}

TEST_CASE("rows orphaned before an upgrade (foreign keys off in a sqlite3 shell) do not stop it") {
    Db db = load_dump(2);
    REQUIRE(db.exec("PRAGMA foreign_keys = OFF").ok());
    REQUIRE(db.exec("INSERT INTO events (session_id, at_ms, kind) VALUES (99, 1760002000000, 'qr_shown')").ok());
    REQUIRE(db.exec("PRAGMA foreign_keys = ON").ok());
    REQUIRE(migrate(db).ok());
    CHECK(*schema_version(db) == latest_schema_version());
    CHECK(count_rows(db, "SELECT count(*) FROM pragma_foreign_key_check") == 1);
}

TEST_CASE("the latest saved dump matches what the migrations build") {
    auto fresh = Db::open(":memory:");
    REQUIRE(migrate(*fresh).ok());
    Db saved = load_dump(latest_schema_version());
    CHECK(schema_of(*fresh) == schema_of(saved));
}

TEST_CASE("a database from a newer version of the kiosk is refused and left as it is") {
    Db db = memory_db();
    const int newer = latest_schema_version() + 1;
    REQUIRE(db.exec("PRAGMA user_version = " + std::to_string(newer)).ok());
    auto st = migrate(db);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.find("newer version") != std::string::npos);
    CHECK(*schema_version(db) == newer);
}

TEST_CASE("events and the staff audit cannot be changed or deleted") {
    Db db = memory_db();
    Scribe scribe(db);
    auto s = scribe.session(1000);
    scribe.event(s, 0, 1001, EventKind::qr_shown);
    REQUIRE(db.exec("INSERT INTO staff_audit (at_ms, action, detail) VALUES (1, 'login', '')").ok());
    CHECK_FALSE(db.exec("UPDATE events SET kind = 'x'").ok());
    CHECK_FALSE(db.exec("DELETE FROM events").ok());
    CHECK_FALSE(db.exec("UPDATE staff_audit SET action = 'x'").ok());
    CHECK_FALSE(db.exec("DELETE FROM staff_audit").ok());
    CHECK(count_rows(db, "SELECT count(*) FROM events") == 2);
}

TEST_CASE("each released schema is what the migrations build up to that version") {
    // A released migration must never change: a kiosk already past it would never run the
    // new text. Building version v from nothing must give exactly the saved dump of v.
    for (int v = 1; v <= latest_schema_version(); ++v) {
        CAPTURE(v);
        auto fresh = Db::open(":memory:");
        REQUIRE(fresh.ok());
        REQUIRE(migrate_to(*fresh, v).ok());
        CHECK(*schema_version(*fresh) == v);
        Db saved = load_dump(v);
        CHECK(schema_of(*fresh) == schema_of(saved));
    }
}

TEST_CASE("a migration that fails part-way leaves the file at the version before it") {
    SUBCASE("the first migration") {
        auto opened = Db::open(":memory:");
        REQUIRE(opened.ok());
        Db& db = *opened;
        // Something else made a table the first migration creates late in its script.
        REQUIRE(db.exec("CREATE TABLE kiosk_meta (x INTEGER)").ok());
        auto st = migrate(db);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.find("schema 1") != std::string::npos);
        CHECK(*schema_version(db) == 0);
        // Tables created before the failing statement were rolled back with it.
        CHECK(count_rows(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'learners'") == 0);
        CHECK(count_rows(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'events'") == 0);
    }
    SUBCASE("a later migration, on a released database with rows") {
        Db db = load_dump(1);
        REQUIRE(db.exec("CREATE TABLE quiz_hourly (x INTEGER)").ok());
        auto st = migrate(db);
        REQUIRE_FALSE(st.ok());
        CHECK(*schema_version(db) == 1);
        // The indexes migration 2 creates before its table were rolled back too.
        CHECK(count_rows(db, "SELECT count(*) FROM sqlite_schema WHERE name = 'sessions_by_start'") == 0);
        CHECK(count_rows(db, "SELECT count(*) FROM events") == 8);
        // Once the obstacle is gone the upgrade goes through.
        REQUIRE(db.exec("DROP TABLE quiz_hourly").ok());
        REQUIRE(migrate(db).ok());
        CHECK(*schema_version(db) == latest_schema_version());
    }
}
