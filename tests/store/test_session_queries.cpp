// Staff mode's session list and one session's timeline.
#include <doctest/doctest.h>

#include "report_fixture.h"
#include "store/session_queries.h"

using namespace store_test;

namespace {

std::vector<std::int64_t> ids(const SessionPage& page) {
    std::vector<std::int64_t> out;
    for (const auto& r : page.rows) out.push_back(r.id);
    return out;
}

}  // namespace

TEST_CASE("the session list shows newest first, with learner and lessons") {
    ReportFixture f;
    auto page = list_sessions(f.db, {}, {});
    REQUIRE(page.ok());
    CHECK(page->total == 6);
    CHECK(ids(*page) == std::vector<std::int64_t>{6, 5, 4, 3, 2, 1});
    const SessionRow& s5 = page->rows[1];
    CHECK(s5.learner_id == f.learner_a);
    CHECK(s5.learner_name == "Nguyễn Thị Hoà");
    CHECK(s5.learner_code.size() == 6);
    CHECK(s5.end_reason == "completed");
    CHECK(s5.lesson_runs == 1);
    CHECK(s5.lessons_completed == 1);
    CHECK(s5.kiosk_id == "kiosk-1");
    CHECK(s5.language == "vi");
    CHECK(page->rows[0].end_reason.empty());  // still open
}

TEST_CASE("the session list filters by day, lesson, learner and end reason") {
    ReportFixture f;
    SessionFilter day;
    day.range = local_day_range({2026, 3, 2}, kOffset);
    CHECK(ids(*list_sessions(f.db, day, {})) == std::vector<std::int64_t>{3, 2, 1});

    SessionFilter lesson;
    lesson.lesson_id = "zalo";
    CHECK(ids(*list_sessions(f.db, lesson, {})) == std::vector<std::int64_t>{4, 3});

    SessionFilter learner;
    learner.learner_id = f.learner_a;
    CHECK(ids(*list_sessions(f.db, learner, {})) == std::vector<std::int64_t>{5, 1});

    SessionFilter idle;
    idle.end_reason = EndReason::idle;
    CHECK(ids(*list_sessions(f.db, idle, {})) == std::vector<std::int64_t>{3, 2});

    SessionFilter all_of_them;
    all_of_them.range = local_day_range({2026, 3, 3}, kOffset);
    all_of_them.lesson_id = "otp";
    all_of_them.learner_id = f.learner_a;
    all_of_them.end_reason = EndReason::completed;
    auto one = list_sessions(f.db, all_of_them, {});
    CHECK(ids(*one) == std::vector<std::int64_t>{5});
    CHECK(one->total == 1);
}

TEST_CASE("the session list pages through the matches") {
    ReportFixture f;
    auto page = list_sessions(f.db, {}, {2, 2});
    REQUIRE(page.ok());
    CHECK(page->total == 6);
    CHECK(ids(*page) == std::vector<std::int64_t>{4, 3});
    CHECK(list_sessions(f.db, {}, {2, 6})->rows.empty());
}

TEST_CASE("a session's timeline lists its events in order, enough to replay it") {
    ReportFixture f;
    auto t = session_timeline(f.db, 1);
    REQUIRE(t.ok());
    std::vector<std::string> kinds;
    for (const auto& e : *t) kinds.push_back(e.kind);
    CHECK(kinds == std::vector<std::string>{"session_start", "lesson_start", "step_shown", "step_shown", "step_shown",
                                            "step_shown", "step_shown", "quiz_answer", "quiz_answer", "lesson_finished",
                                            "session_end"});
    for (std::size_t i = 1; i < t->size(); ++i) CHECK((*t)[i].seq > (*t)[i - 1].seq);
    CHECK((*t)[0].target == "vi");
    CHECK((*t)[1].lesson_id == "otp");
    const TimelineEvent& wrong = (*t)[7];
    CHECK(wrong.step == 2);
    CHECK(wrong.target == "1");
    CHECK(wrong.ok == false);
    CHECK(wrong.lesson_id == "otp");
    CHECK((*t)[8].ok == true);
    CHECK((*t)[9].payload == "{\"score\":2}");
    CHECK((*t)[10].target == "completed");
    CHECK(session_timeline(f.db, 999)->empty());
}
