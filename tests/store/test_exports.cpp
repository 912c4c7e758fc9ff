// Monthly CSV exports: BOM, quoting, formula neutralising, and the figures.
#include <doctest/doctest.h>

#include "core/civil_time.h"
#include "store/csv.h"
#include "store/exports.h"
#include "store/learners.h"
#include "store/reports.h"
#include "store_test_util.h"

using namespace store_test;

namespace {
constexpr int kOffset = 7 * 60;
Millis at_local(int y, int m, int d, int hour) {
    return local_day_start_ms({y, m, d}, kOffset) + Millis(hour) * kHourMs;
}
LearnerDetails person(std::string name, std::string key, std::optional<int> year, std::string ward) {
    LearnerDetails d;
    d.full_name = std::move(name);
    d.search_key = std::move(key);
    d.birth_year = year;
    d.ward = std::move(ward);
    return d;
}
}  // namespace

TEST_CASE("csv cells that a spreadsheet would run as a formula are neutralised") {
    CHECK(csv_cell("Nguyễn Thị Hoà") == "Nguyễn Thị Hoà");
    CHECK(csv_cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csv_cell("+84912") == "'+84912");
    CHECK(csv_cell("-1+2") == "'-1+2");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_cell("\tcmd") == "'\tcmd");
    CHECK(csv_cell("a,b") == "\"a,b\"");
    CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
    CsvWriter w;
    w.row({"a", "b"});
    CHECK(w.text() == std::string(kUtf8Bom) + "a,b\r\n");
}

TEST_CASE("parse_month accepts YYYY-MM only") {
    auto m = parse_month("2026-11");
    REQUIRE(m.ok());
    CHECK(m->first == 2026);
    CHECK(m->second == 11);
    CHECK_FALSE(parse_month("2026-13").ok());
    CHECK_FALSE(parse_month("11/2026").ok());
    CHECK_FALSE(parse_month("2026-1").ok());
}

TEST_CASE("a month export lists sessions and learners and sums the month, with a BOM and no live formula") {
    Db db = memory_db();
    auto evil = create_learner(db, person("=HYPERLINK(\"x\")", "=hyperlink(\"x\")", 1950, "Phường Láng"),
                               at_local(2026, 11, 2, 9), at_local(2026, 11, 2, 9), seeded_random(1));
    REQUIRE(evil.ok());
    auto hoa = create_learner(db, person("Trần Thị Hoà", "tran thi hoa", 1962, "Phường Láng"), at_local(2026, 10, 5, 9),
                              at_local(2026, 10, 5, 9), seeded_random(2));
    REQUIRE(hoa.ok());
    Scribe s(db);
    // November: two sessions of hers (one lesson completed), one anonymous; October: one.
    auto s1 = s.session(at_local(2026, 11, 2, 9), evil->id);
    auto r1 = s.run(s1, at_local(2026, 11, 2, 9), "zalo-nhan-tin");
    s.end_run(r1, at_local(2026, 11, 2, 9) + 300'000, true);
    s.end_session(s1, at_local(2026, 11, 2, 9) + 360'000, EndReason::completed);
    auto s2 = s.session(at_local(2026, 11, 20, 15), hoa->id);
    s.end_session(s2, at_local(2026, 11, 20, 15) + 120'000, EndReason::idle);
    auto s3 = s.session(at_local(2026, 11, 30, 23));  // the last hour of November, local time
    s.end_session(s3, at_local(2026, 11, 30, 23) + 60'000, EndReason::completed);
    auto s4 = s.session(at_local(2026, 10, 31, 10));
    s.end_session(s4, at_local(2026, 10, 31, 10) + 60'000, EndReason::completed);

    auto e = build_month_export(db, 2026, 11, kOffset, "tram-1",
                                [](std::string_view id) { return id == "zalo-nhan-tin" ? "Nhắn tin Zalo" : ""; });
    REQUIRE(e.ok());
    for (const std::string* csv : {&e->sessions_csv, &e->learners_csv, &e->summary_csv}) {
        REQUIRE(csv->size() > 3);
        CHECK(csv->substr(0, 3) == kUtf8Bom);
        // No line, and no cell after a comma, starts a formula.
        CHECK(csv->find("\n=") == std::string::npos);
        CHECK(csv->find(",=") == std::string::npos);
        CHECK(csv->find(",\"=") == std::string::npos);
    }
    // Sessions: header + 3 November rows, oldest first; her code, not her name.
    CHECK(std::count(e->sessions_csv.begin(), e->sessions_csv.end(), '\n') == 4);
    CHECK(e->sessions_csv.find("2026-11-02 09:00") < e->sessions_csv.find("2026-11-30 23:00"));
    CHECK(e->sessions_csv.find("2026-10-31") == std::string::npos);
    CHECK(e->sessions_csv.find(evil->code) != std::string::npos);
    CHECK(e->sessions_csv.find("HYPERLINK") == std::string::npos);
    // Learners: the name as text, quoted and neutralised.
    CHECK(e->learners_csv.find("\"'=HYPERLINK(\"\"x\"\")\"") != std::string::npos);
    CHECK(e->learners_csv.find("Trần Thị Hoà") != std::string::npos);
    // Summary.
    CHECK(e->summary_csv.find("2026-11,tram-1,Lượt học (phiên),,3\r\n") != std::string::npos);
    CHECK(e->summary_csv.find("Lượt học không đăng ký,,1\r\n") != std::string::npos);
    CHECK(e->summary_csv.find("Đăng ký mới,,1\r\n") != std::string::npos);
    CHECK(e->summary_csv.find("Bài học hoàn thành,,1\r\n") != std::string::npos);
    CHECK(e->summary_csv.find("Học viên theo phường/xã,Phường Láng,2\r\n") != std::string::npos);
    CHECK(e->summary_csv.find("Học viên theo độ tuổi,70–79,1\r\n") != std::string::npos);
    CHECK(e->summary_csv.find("Học viên theo độ tuổi,60–69,1\r\n") != std::string::npos);
    CHECK(e->summary_csv.find("Bài hoàn thành theo bài,Nhắn tin Zalo,1\r\n") != std::string::npos);

    TempDir dir;
    auto written = write_month_export(*e, dir.path(), "tram-1");
    REQUIRE(written.ok());
    REQUIRE(written->size() == 3);
    CHECK(read_text((*written)[1]) == e->learners_csv);
    CHECK_FALSE(write_month_export(*e, dir.file("not-mounted"), "tram-1").ok());
}
