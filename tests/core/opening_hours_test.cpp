// The [hours] table — strict parsing, local weekdays, open or closed at any moment.
#include <doctest/doctest.h>

#include "common/source_dir.h"
#include "core/config.h"
#include "core/opening_hours.h"

using namespace tramso;

namespace {
constexpr Millis kMondayMidnight = 1'789'923'600'000;  // 2026-09-21 00:00 UTC+7
}  // namespace

TEST_CASE("a day's hours are 'closed' or ordered spans") {
    auto two = parse_day_hours("07:30-11:30, 13:30-21:00");
    REQUIRE(two.ok());
    CHECK(two->spans == std::vector<OpenSpan>{{450, 690}, {810, 1260}});
    CHECK(parse_day_hours("closed")->spans.empty());
    CHECK(parse_day_hours("00:00-24:00")->spans == std::vector<OpenSpan>{{0, 1440}});
}

TEST_CASE("bad hours are refused with what is wrong") {
    for (const char* bad : {"", "7:30-11:30", "07:30", "07:30-", "11:30-07:30", "07:30-07:30", "25:00-26:00",
                            "07:60-08:00", "24:30-24:45", "08:00-12:00, 11:00-14:00", "13:00-14:00, 08:00-09:00",
                            "07:30-11:30,", "Closed", "07h30-11h30"}) {
        INFO(bad);
        CHECK_FALSE(parse_day_hours(bad).ok());
    }
    CHECK(parse_day_hours("11:30-07:30").error().message == "the span must open before it closes");
    CHECK(parse_day_hours("08:00-12:00, 11:00-14:00").error().message == "spans must be in order and must not overlap");
}

TEST_CASE("weekday and time of day are the kiosk's local ones") {
    const LocalDateTime t = local_date_time(kMondayMidnight + 21 * kHourMs + 13 * 60'000, 420);
    CHECK(t.weekday() == 0);
    CHECK(t.minute_of_day() == 21 * 60 + 13);
    CHECK(local_date_time(kMondayMidnight - 1, 420).weekday() == 6);  // Sunday 23:59
    CHECK(local_date_time(kMondayMidnight, 0).weekday() == 6);        // still Sunday 17:00 in UTC
}

TEST_CASE("open within a span, closed at its end and on closed days") {
    OpeningHours h;
    h.days[0] = *parse_day_hours("07:30-11:30, 13:30-21:00");
    h.days[6] = *parse_day_hours("closed");
    CHECK_FALSE(h.always_open());
    CHECK_FALSE(is_open(h, kMondayMidnight + 7 * kHourMs));
    CHECK(is_open(h, kMondayMidnight + 7 * kHourMs + 30 * 60'000));
    CHECK_FALSE(is_open(h, kMondayMidnight + 11 * kHourMs + 30 * 60'000));
    CHECK(is_open(h, kMondayMidnight + 20 * kHourMs + 59 * 60'000));
    CHECK_FALSE(is_open(h, kMondayMidnight + 21 * kHourMs));
    CHECK(is_open(h, kMondayMidnight + 24 * kHourMs + 3 * kHourMs));  // Tuesday: open all day (default)
    CHECK_FALSE(is_open(h, kMondayMidnight - 2 * kHourMs));           // Sunday
    CHECK(OpeningHours{}.always_open());
}

TEST_CASE("the next opening is found across closed days") {
    OpeningHours h;
    for (auto& d : h.days) d = *parse_day_hours("closed");
    CHECK_FALSE(next_opening(h, kMondayMidnight).has_value());
    h.days[2] = *parse_day_hours("08:00-17:00");  // Wednesday only
    auto next = next_opening(h, kMondayMidnight + 22 * kHourMs);
    REQUIRE(next);
    CHECK(next->weekday == 2);
    CHECK(clock_text(next->minute_of_day) == "08:00");
}

TEST_CASE("days with the same hours are grouped for the hours panel") {
    OpeningHours h;
    for (int d = 0; d < 5; ++d) h.days[d] = *parse_day_hours("07:30-21:00");
    h.days[5] = *parse_day_hours("07:30-11:30");
    h.days[6] = *parse_day_hours("closed");
    const auto g = group_days(h);
    REQUIRE(g.size() == 3);
    CHECK(g[0].first_day == 0);
    CHECK(g[0].last_day == 4);
    CHECK(format_spans(g[0].hours) == "07:30\u201321:00");
    CHECK(g[2].hours.spans.empty());
}

TEST_CASE("the [hours] table is read strictly and the shipped file's hours are valid") {
    auto c = parse_config("[hours]\nmonday = \"07:30-11:30, 13:30-21:00\"\nsunday = \"closed\"\n", "k.toml");
    REQUIRE(c.ok());
    CHECK(c->hours.days[0].spans.size() == 2);
    CHECK(c->hours.days[6].spans.empty());
    CHECK(c->hours.days[1] == DayHours{});  // a day left out: open all day

    auto bad = parse_config("[hours]\nmonday = \"7:30-11:30\"\n", "k.toml");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().where == "k.toml:2");
    CHECK(bad.error().message.find("hours.monday") != std::string::npos);
    CHECK_FALSE(parse_config("[hours]\nmonday = 730\n", "k.toml").ok());
    CHECK_FALSE(parse_config("[hours]\nfunday = \"closed\"\n", "k.toml").ok());
    CHECK_FALSE(parse_config("[hours]\nutc_offset_minutes = 2000\n", "k.toml").ok());

    auto shipped = load_config(std::string(TRAMSO_SOURCE_DIR) + "/config/kiosk.toml");
    REQUIRE(shipped.ok());
    CHECK_FALSE(shipped->hours.always_open());
    CHECK(shipped->hours.days[6].spans.empty());
}
