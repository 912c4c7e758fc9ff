// Staff reports over a known month (report_fixture.h).
#include <doctest/doctest.h>

#include "report_fixture.h"
#include "store/retention.h"

using namespace store_test;

TEST_CASE("sessions per day count local days") {
    ReportFixture f;
    auto days = sessions_per_day(f.db, f.march(), kOffset);
    REQUIRE(days.ok());
    REQUIRE(days->size() == 2);
    CHECK(format_date((*days)[0].day) == "2026-03-02");
    CHECK((*days)[0].sessions == 3);
    CHECK(format_date((*days)[1].day) == "2026-03-03");
    CHECK((*days)[1].sessions == 2);
    // In UTC the 08:10 local session falls on 2 March 01:10; the day is still 2 March.
    auto all = sessions_per_day(f.db, {}, kOffset);
    CHECK(all->size() == 3);
}

TEST_CASE("use by hour of day puts each session in its local hour") {
    ReportFixture f;
    auto hours = sessions_by_hour(f.db, f.march(), kOffset);
    REQUIRE(hours.ok());
    CHECK((*hours)[8] == 1);
    CHECK((*hours)[9] == 2);
    CHECK((*hours)[14] == 2);
    int total = 0;
    for (int h : *hours) total += h;
    CHECK(total == 5);
}

TEST_CASE("the lesson funnel counts runs that reached each step") {
    ReportFixture f;
    auto funnel = lesson_funnel(f.db, "otp", f.march());
    REQUIRE(funnel.ok());
    REQUIRE(funnel->size() == 5);  // steps 0..4
    CHECK((*funnel)[0].runs_reached == 3);
    CHECK((*funnel)[1].runs_reached == 3);
    CHECK((*funnel)[2].runs_reached == 2);
    CHECK((*funnel)[4].runs_reached == 2);
    CHECK((*funnel)[4].step == 4);
    CHECK(lesson_funnel(f.db, "no-such-lesson", f.march())->empty());
}

TEST_CASE("quiz questions are listed by how often they were answered wrong") {
    ReportFixture f;
    auto misses = quiz_most_wrong(f.db, f.march(), 10);
    REQUIRE(misses.ok());
    REQUIRE(misses->size() == 2);
    CHECK((*misses)[0].lesson_id == "zalo");
    CHECK((*misses)[0].step == 3);
    CHECK((*misses)[0].wrong == 2);
    CHECK((*misses)[0].answers == 3);
    CHECK((*misses)[1].lesson_id == "otp");
    CHECK((*misses)[1].wrong == 1);
    CHECK(quiz_most_wrong(f.db, f.march(), 1)->size() == 1);
}

TEST_CASE("lessons completed counts started and finished runs per lesson") {
    ReportFixture f;
    auto done = lessons_completed(f.db, f.march());
    REQUIRE(done.ok());
    REQUIRE(done->size() == 2);
    CHECK((*done)[0].lesson_id == "otp");
    CHECK((*done)[0].started == 3);
    CHECK((*done)[0].completed == 2);
    CHECK((*done)[1].lesson_id == "zalo");
    CHECK((*done)[1].started == 2);
    CHECK((*done)[1].completed == 1);
}

TEST_CASE("the median session lasts the middle duration") {
    ReportFixture f;
    // 20, 10, 30, 40, 5 minutes
    auto median = median_session_minutes(f.db, f.march());
    REQUIRE(median.ok());
    REQUIRE(median->has_value());
    CHECK(**median == doctest::Approx(20.0));
    // 2 March alone: 20, 10, 30 → 20; 3 March: 40, 5 → 22.5
    auto day2 = median_session_minutes(f.db, local_day_range({2026, 3, 3}, kOffset));
    CHECK(**day2 == doctest::Approx(22.5));
    // The open April session has no length yet.
    CHECK_FALSE(median_session_minutes(f.db, local_month_range(2026, 4, kOffset))->has_value());
}

TEST_CASE("sessions are counted by how they ended, idle among them") {
    ReportFixture f;
    auto reasons = sessions_by_end_reason(f.db, {});
    REQUIRE(reasons.ok());
    REQUIRE(reasons->size() == 4);
    CHECK((*reasons)[0].reason == "completed");
    CHECK((*reasons)[0].sessions == 2);
    CHECK((*reasons)[1].reason == "idle");
    CHECK((*reasons)[1].sessions == 2);
    CHECK((*reasons)[2].reason == "open");
    CHECK((*reasons)[3].reason == "staff");
    CHECK(*sessions_ended_by_idle(f.db, f.march()) == 2);
    CHECK(*sessions_ended_by_idle(f.db, local_day_range({2026, 3, 3}, kOffset)) == 0);
}

TEST_CASE("registered and anonymous sessions are counted apart") {
    ReportFixture f;
    auto who = registered_vs_anonymous(f.db, f.march());
    REQUIRE(who.ok());
    CHECK(who->registered_sessions == 3);
    CHECK(who->anonymous_sessions == 2);
    CHECK(who->distinct_learners == 2);
}

TEST_CASE("the monthly summary counts sessions, learners by age band and ward, registrations") {
    ReportFixture f;
    auto m = monthly_summary(f.db, 2026, 3, kOffset);
    REQUIRE(m.ok());
    CHECK(m->sessions == 5);
    CHECK(m->anonymous_sessions == 2);
    CHECK(m->distinct_learners == 2);
    CHECK(m->lessons_completed == 3);
    CHECK(m->new_registrations == 1);  // A registered in February
    REQUIRE(m->learners_by_age_band.size() == 2);
    CHECK(m->learners_by_age_band[0].label == "50–59");  // B, 51
    CHECK(m->learners_by_age_band[1].label == "60–69");  // A, 68
    REQUIRE(m->learners_by_ward.size() == 2);
    CHECK(m->learners_by_ward[0].label == "Phường 5");
    CHECK(m->learners_by_ward[1].label == "Xã An Phú");

    auto feb = monthly_summary(f.db, 2026, 2, kOffset);
    CHECK(feb->sessions == 0);
    CHECK(feb->new_registrations == 1);
}

TEST_CASE("an erased learner still counts by age band and ward") {
    ReportFixture f;
    REQUIRE(erase_learner(f.db, f.learner_a, at(3, 20, 10, 0), "requested by the learner").ok());
    auto m = monthly_summary(f.db, 2026, 3, kOffset);
    REQUIRE(m.ok());
    CHECK(m->distinct_learners == 2);
    // Birth year gone; the decade (1950s → 1955) puts her at 71.
    REQUIRE(m->learners_by_age_band.size() == 2);
    CHECK(m->learners_by_age_band[1].label == "70–79");
    CHECK(m->learners_by_ward[0].label == "Phường 5");
}

TEST_CASE("local months follow the kiosk's UTC offset") {
    const TimeRange dec = local_month_range(2025, 12, kOffset);
    CHECK(utc_file_stamp(dec.from_ms) == "20251130T170000Z");
    CHECK(format_date(local_date(dec.from_ms, kOffset)) == "2025-12-01");
    CHECK(format_date(local_date(dec.to_ms, kOffset)) == "2026-01-01");
    CHECK(format_date(local_date(dec.to_ms - 1, kOffset)) == "2025-12-31");
    const TimeRange day = local_day_range({2024, 2, 29}, kOffset);
    CHECK(day.to_ms - day.from_ms == kDayMs);
    CHECK(format_date(local_date(day.to_ms, kOffset)) == "2024-03-01");
}
