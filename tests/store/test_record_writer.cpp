// The writer's batches: all or nothing on a storage failure, so the same batch can be retried;
// bad records are skipped without losing the good ones.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include "store/session_queries.h"
#include "store_test_util.h"

using namespace store_test;

namespace {

std::vector<const Record*> pointers(const std::vector<Record>& records) {
    std::vector<const Record*> out;
    for (const Record& r : records) out.push_back(&r);
    return out;
}

std::vector<Record> session_with_notes(int notes) {
    std::vector<Record> rs;
    Record start;
    start.type = RecordType::session_start;
    start.seq = 1;
    start.session_key = 7;
    start.text = "vi";
    rs.push_back(start);
    for (int i = 0; i < notes; ++i) {
        Record e;
        e.type = RecordType::event;
        e.seq = static_cast<Seq>(i + 2);
        e.session_key = 7;
        e.kind = EventKind::listen_pressed;
        e.payload = "{\"pad\":" + json_quote(std::string(300, 'p')) + "}";
        rs.push_back(e);
    }
    return rs;
}

}  // namespace

TEST_CASE("a batch that hits a full disk leaves nothing behind and can be retried whole") {
    Db db = memory_db();
    const auto pages = *db.query_int("PRAGMA page_count");
    REQUIRE(db.exec("PRAGMA max_page_count = " + std::to_string(pages)).ok());
    RecordWriter writer("kiosk-1");
    const std::vector<Record> batch = session_with_notes(200);
    const auto ptrs = pointers(batch);

    BatchOutcome failed = writer.write(db, ptrs);
    CHECK_FALSE(failed.committed);
    CHECK(primary_code(failed.code) == SQLITE_FULL);
    CHECK(count_rows(db, "SELECT count(*) FROM sessions") == 0);
    CHECK(count_rows(db, "SELECT count(*) FROM events") == 0);
    CHECK(writer.known_sessions() == 0);

    REQUIRE(db.exec("PRAGMA max_page_count = 1000000").ok());
    BatchOutcome ok = writer.write(db, ptrs);
    CHECK(ok.committed);
    CHECK(ok.rejected == 0);
    CHECK(count_rows(db, "SELECT count(*) FROM events") == 201);
    CHECK(count_rows(db, "SELECT count(*) FROM events WHERE session_id = 1") == 201);
    CHECK(writer.known_sessions() == 1);
}

TEST_CASE("a record the database refuses is skipped and the rest of the batch is kept") {
    Db db = memory_db();
    RecordWriter writer("kiosk-1");
    std::vector<Record> batch = session_with_notes(3);
    batch[2].payload = "{not json";  // refused by the CHECK on events.payload
    Record unknown;                  // names a session that was never started
    unknown.type = RecordType::event;
    unknown.seq = 9;
    unknown.session_key = 99;
    unknown.kind = EventKind::qr_shown;
    batch.push_back(unknown);
    Record ghost_learner;  // a learner id that does not exist: the foreign key refuses it
    ghost_learner.type = RecordType::session_start;
    ghost_learner.seq = 10;
    ghost_learner.session_key = 8;
    ghost_learner.learner_id = 12345;
    ghost_learner.text = "vi";
    batch.push_back(ghost_learner);

    BatchOutcome out = writer.write(db, pointers(batch));
    CHECK(out.committed);
    CHECK(out.rejected == 3);
    CHECK(out.first_rejection.find("record 3") == 0);
    CHECK(count_rows(db, "SELECT count(*) FROM sessions") == 1);
    CHECK(count_rows(db, "SELECT count(*) FROM events") == 3);
}

TEST_CASE("ending a session also ends its open lesson runs") {
    Db db = memory_db();
    Scribe w(db);
    auto s = w.session(1'000);
    auto a = w.run(s, 2'000, "otp");
    auto b = w.run(s, 3'000, "zalo");
    w.end_run(a, 4'000, true, 3);
    w.end_session(s, 9'000, EndReason::idle);
    (void)b;
    CHECK(count_rows(db, "SELECT count(*) FROM lesson_runs WHERE ended_ms IS NULL") == 0);
    CHECK(count_rows(db, "SELECT ended_ms FROM lesson_runs WHERE lesson_id = 'otp'") == 4'000);
    CHECK(count_rows(db, "SELECT ended_ms FROM lesson_runs WHERE lesson_id = 'zalo'") == 9'000);
    CHECK(count_rows(db, "SELECT completed FROM lesson_runs WHERE lesson_id = 'zalo'") == 0);
}
