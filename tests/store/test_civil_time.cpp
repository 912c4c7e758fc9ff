#include <doctest/doctest.h>

#include "store/civil_time.h"
#include "store/reports.h"

using namespace tramso;
using namespace tramso::store;

TEST_CASE("calendar days convert both ways across leap years") {
    CHECK(days_from_civil({1970, 1, 1}) == 0);
    CHECK(days_from_civil({2000, 3, 1}) == 11017);
    for (std::int64_t d = -800; d < 40'000; d += 17) {
        CivilDate c = civil_from_days(d);
        CHECK(days_from_civil(c) == d);
    }
    CHECK(format_date(civil_from_days(days_from_civil({2024, 2, 29}))) == "2024-02-29");
}

TEST_CASE("local days and months follow the kiosk's UTC offset") {
    // 2026-03-02 00:00 in Vietnam is 2026-03-01 17:00 UTC.
    const Millis start = local_day_start_ms({2026, 3, 2}, 420);
    CHECK(utc_file_stamp(start) == "20260301T170000Z");
    CHECK(format_date(local_date(start, 420)) == "2026-03-02");
    CHECK(format_date(local_date(start - 1, 420)) == "2026-03-01");
    TimeRange dec = local_month_range(2025, 12, 420);
    CHECK(format_date(local_date(dec.from_ms, 420)) == "2025-12-01");
    CHECK(format_date(local_date(dec.to_ms, 420)) == "2026-01-01");
}
