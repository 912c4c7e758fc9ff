// Staff mode's list of the day's help requests: when, where, and how each one closed.
#include <doctest/doctest.h>

#include "report_fixture.h"
#include "store/help_requests.h"

using namespace store_test;

TEST_CASE("today's help requests come oldest first with where she asked and how each closed") {
    ReportFixture f;
    Scribe w(f.db);
    // 4 March: asked from a lesson step and went back; asked from home and staff came; asked
    // from registration and is still waiting. A request the day before is not today's.
    const auto yesterday = w.session(at(3, 3, 16, 0));
    w.event(yesterday, 0, at(3, 3, 16, 1), EventKind::help_requested, {}, "home");
    const auto a = w.session(at(3, 4, 8, 0));
    const auto run = w.run(a, at(3, 4, 8, 1), "otp");
    w.event(a, run, at(3, 4, 8, 5), EventKind::help_requested, 2, "lesson", {}, {}, R"({"lesson":"otp"})");
    w.event(a, run, at(3, 4, 8, 7), EventKind::help_closed, 2, "back", {}, 120'000);
    w.event(a, 0, at(3, 4, 8, 20), EventKind::help_requested, {}, "home");
    w.event(a, 0, at(3, 4, 8, 26), EventKind::help_closed, {}, "staff", {}, 360'000);
    w.end_session(a, at(3, 4, 8, 30), EndReason::completed);
    const auto b = w.session(at(3, 4, 10, 0));
    w.event(b, 0, at(3, 4, 10, 2), EventKind::help_requested, {}, "register");

    auto rows = help_requests(f.db, local_day_range({2026, 3, 4}, kOffset));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    const HelpRequestRow& lesson = (*rows)[0];
    CHECK(lesson.at_ms == at(3, 4, 8, 5));
    CHECK(lesson.screen == "lesson");
    CHECK(lesson.lesson_id == "otp");
    CHECK(lesson.step == 2);
    CHECK(lesson.closed_how == "back");
    CHECK(lesson.waited_ms == 120'000);
    CHECK((*rows)[1].screen == "home");
    CHECK((*rows)[1].lesson_id.empty());
    CHECK_FALSE((*rows)[1].step);
    CHECK((*rows)[1].closed_how == "staff");
    CHECK((*rows)[1].waited_ms == 360'000);
    CHECK((*rows)[2].screen == "register");
    CHECK((*rows)[2].closed_how.empty());  // still open
    CHECK_FALSE((*rows)[2].waited_ms);

    auto none = help_requests(f.db, local_day_range({2026, 3, 5}, kOffset));
    REQUIRE(none.ok());
    CHECK(none->empty());
}
