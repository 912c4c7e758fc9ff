// The access layer: cached statements, bound parameters, transactions that roll back.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include "store_test_util.h"

using namespace store_test;

namespace {

constexpr char kSqlCreate[] = "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER)";
constexpr char kSqlInsert[] = "INSERT INTO t (name, n) VALUES (?, ?)";
constexpr char kSqlByName[] = "SELECT id, name, n FROM t WHERE name = ? ORDER BY id";
constexpr char kSqlCount[] = "SELECT count(*) FROM t";

Db table_db() {
    auto db = Db::open(":memory:");
    REQUIRE(db.ok());
    REQUIRE(db->exec(kSqlCreate).ok());
    return std::move(*db);
}

}  // namespace

TEST_CASE("a bound value is stored as data, never read as SQL") {
    Db db = table_db();
    const std::string hostile = "x'); DROP TABLE t; --";
    {
        auto q = db.query(kSqlInsert);
        REQUIRE(q.ok());
        REQUIRE(q->bind_all(hostile, 7).run().ok());
    }
    auto q = db.query(kSqlByName);
    REQUIRE(q.ok());
    q->bind_all(hostile);
    auto row = q->next();
    REQUIRE(row.ok());
    REQUIRE(*row);
    CHECK(q->text(1) == hostile);
    CHECK(q->int64(2) == 7);
}

TEST_CASE("a cached statement is reset and can be run again with new values") {
    Db db = table_db();
    for (int i = 0; i < 3; ++i) {
        auto q = db.query(kSqlInsert);
        REQUIRE(q.ok());
        REQUIRE(q->bind_all("a", i).run().ok());
    }
    // NULL from an empty optional
    {
        auto q = db.query(kSqlInsert);
        REQUIRE(q->bind_all("b", std::optional<int>{}).run().ok());
    }
    CHECK(count_rows(db, kSqlCount) == 4);
    auto q = db.query(kSqlByName);
    q->bind_all("b");
    REQUIRE(*q->next());
    CHECK(q->is_null(2));
    CHECK_FALSE(q->opt_int64(2).has_value());
}

TEST_CASE("a transaction rolls back unless committed") {
    Db db = table_db();
    {
        Transaction txn(db);
        REQUIRE(txn.begun().ok());
        auto q = db.query(kSqlInsert);
        REQUIRE(q->bind_all("gone", 1).run().ok());
    }
    CHECK(count_rows(db, kSqlCount) == 0);
    {
        Transaction txn(db);
        {
            auto q = db.query(kSqlInsert);
            REQUIRE(q->bind_all("kept", 1).run().ok());
        }
        REQUIRE(txn.commit().ok());
    }
    CHECK(count_rows(db, kSqlCount) == 1);
}

TEST_CASE("a failing statement reports the database path and SQLite's reason") {
    Db db = table_db();
    auto q = db.query("SELECT x FROM nowhere");
    REQUIRE_FALSE(q.ok());
    CHECK(q.error().where == ":memory:");
    CHECK(q.error().message.find("no such table") != std::string::npos);
    CHECK(primary_code(db.last_error_code()) == SQLITE_ERROR);
}

TEST_CASE("a constraint failure is told apart from other failures by its code") {
    Db db = memory_db();
    auto q = db.query("INSERT INTO kiosk_meta (key, value, updated_ms) VALUES (?, NULL, 0)");
    REQUIRE(q.ok());
    auto st = q->bind_all("k").run();
    REQUIRE_FALSE(st.ok());
    CHECK(primary_code(q->last_code()) == SQLITE_CONSTRAINT);
}

TEST_CASE("foreign keys are enforced on every connection") {
    Db db = memory_db();
    auto q = db.query(
        "INSERT INTO sessions (kiosk_id, learner_id, started_ms, language) "
        "VALUES ('k', 999, 0, 'vi')");
    REQUIRE(q.ok());
    CHECK_FALSE(q->run().ok());
    CHECK(q->last_code() == SQLITE_CONSTRAINT_FOREIGNKEY);
}
