// Registered learners: resume codes, registration, correction, look-ups, resume point.
#include <doctest/doctest.h>

#include <cctype>
#include <set>

#include "store/learners.h"
#include "store/progress.h"
#include "store_test_util.h"

using namespace store_test;

namespace {

LearnerDetails hoa() {
    LearnerDetails d;
    d.full_name = "Nguyễn Thị Hoà";
    d.search_key = "nguyen thi hoa";
    d.birth_year = 1958;
    d.phone = "0912345678";
    d.ward = "Phường 5";
    d.union_member = true;
    return d;
}

LearnerDetails person(std::string name, std::string key, std::optional<int> year, std::string phone = {}) {
    LearnerDetails d;
    d.full_name = std::move(name);
    d.search_key = std::move(key);
    d.birth_year = year;
    d.phone = std::move(phone);
    return d;
}

Learner add(Db& db, const LearnerDetails& d, std::uint64_t seed = 1, Millis now = 1'000) {
    auto l = create_learner(db, d, now, now, seeded_random(seed));
    REQUIRE(l.ok());
    return *l;
}

}  // namespace

TEST_CASE("resume codes use only the unambiguous alphabet and repeat with the same seed") {
    auto a = seeded_random(42);
    auto b = seeded_random(42);
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) {
        const std::string code = make_resume_code(a);
        CHECK(code == make_resume_code(b));
        REQUIRE(code.size() == 6);
        for (char c : code) CHECK(kResumeCodeAlphabet.find(c) != std::string_view::npos);
        CHECK(code.find_first_of("0O1IL") == std::string::npos);
        seen.insert(code);
    }
    CHECK(seen.size() > 1990);
}

TEST_CASE("a typed or scanned resume code is normalised before look-up") {
    CHECK(normalize_resume_code("abc-234") == "ABC234");
    CHECK(normalize_resume_code(" AB C2 34 ") == "ABC234");
    CHECK_FALSE(normalize_resume_code("ABC23").has_value());
    CHECK_FALSE(normalize_resume_code("ABC2340").has_value());
    CHECK_FALSE(normalize_resume_code("AB0234").has_value());  // 0 is never in a code
}

TEST_CASE("registering a learner stores her details and gives her a resume code") {
    Db db = memory_db();
    Learner l = add(db, hoa(), 7, 5'000);
    CHECK(l.id > 0);
    CHECK(l.code == make_resume_code(seeded_random(7)));
    CHECK(l.details.full_name == "Nguyễn Thị Hoà");
    CHECK(l.details.birth_year == 1958);
    CHECK(l.birth_decade == 1950);
    CHECK(l.details.union_member);
    CHECK(l.created_ms == 5'000);
    CHECK(l.last_seen_ms == 5'000);
    CHECK_FALSE(l.erased_ms.has_value());
}

TEST_CASE("a resume code already taken is never given out twice") {
    Db db = memory_db();
    Learner first = add(db, hoa(), 7);
    // The same seed draws the same first code; the second learner must get another.
    Learner second = add(db, person("Trần Thị Lan", "tran thi lan", 1960), 7);
    CHECK(second.code != first.code);
    CHECK(count_rows(db, "SELECT count(DISTINCT code) FROM learners") == 2);
}

TEST_CASE("registration refuses a learner without a name") {
    Db db = memory_db();
    auto l = create_learner(db, person("", "", 1960), 0, 0, seeded_random(1));
    CHECK_FALSE(l.ok());
    auto odd = create_learner(db, person("Lan", "lan", 1492), 0, 0, seeded_random(1));
    REQUIRE_FALSE(odd.ok());
    CHECK(odd.error().message.find("1492") != std::string::npos);
}

TEST_CASE("a learner's details can be corrected") {
    Db db = memory_db();
    Learner l = add(db, hoa());
    LearnerDetails d = l.details;
    d.phone = "0987654321";
    d.birth_year = 1959;
    d.ward = "";
    REQUIRE(update_learner(db, l.id, d).ok());
    auto got = get_learner(db, l.id);
    REQUIRE(got->has_value());
    CHECK((*got)->details.phone == "0987654321");
    CHECK((*got)->birth_decade == 1950);
    CHECK((*got)->details.ward.empty());
    CHECK_FALSE(update_learner(db, 999, d).ok());
}

TEST_CASE("a learner is found by resume code, by name key and by phone") {
    Db db = memory_db();
    Learner hoa1 = add(db, hoa(), 1);
    add(db, person("Hoàng Thị Hoa", "hoang thi hoa", 1962, "0900000001"), 2);
    add(db, person("Lê Hoa", "le hoa", 1958), 3);
    add(db, person("Phạm Thị Mai", "pham thi mai", 1958, "0912345678"), 4);

    auto by_code = find_learner_by_code(db, " " + hoa1.code.substr(0, 3) + "-" + hoa1.code.substr(3));
    REQUIRE(by_code->has_value());
    CHECK((*by_code)->id == hoa1.id);
    CHECK_FALSE(find_learner_by_code(db, "ZZZZZZ")->has_value());

    auto prefix = search_learners(db, {"ho", KeyMatch::prefix, std::nullopt, 20});
    REQUIRE(prefix->size() == 1);
    CHECK((*prefix)[0].details.full_name == "Hoàng Thị Hoa");

    auto contains = search_learners(db, {"hoa", KeyMatch::contains, std::nullopt, 20});
    REQUIRE(contains->size() == 3);  // ordered by key: hoang…, le hoa, nguyen…
    CHECK((*contains)[0].details.search_key == "hoang thi hoa");
    CHECK((*contains)[2].details.search_key == "nguyen thi hoa");

    auto with_year = search_learners(db, {"hoa", KeyMatch::contains, 1958, 20});
    CHECK(with_year->size() == 2);
    auto limited = search_learners(db, {"hoa", KeyMatch::contains, std::nullopt, 1});
    CHECK(limited->size() == 1);

    auto phone = find_learners_by_phone(db, "0912345678", std::nullopt);
    CHECK(phone->size() == 2);
    auto phone_year = find_learners_by_phone(db, "0912345678", 1958);
    CHECK(phone_year->size() == 2);
    auto phone_other = find_learners_by_phone(db, "0912345678", 1970);
    CHECK(phone_other->empty());
    CHECK(find_learners_by_phone(db, "", std::nullopt)->empty());
}

TEST_CASE("search text with SQL wildcards or quotes matches only itself") {
    Db db = memory_db();
    add(db, person("Lan", "lan", 1960), 1);
    CHECK(search_learners(db, {"%", KeyMatch::contains, std::nullopt, 20})->empty());
    CHECK(search_learners(db, {"l_n", KeyMatch::prefix, std::nullopt, 20})->empty());
    CHECK(search_learners(db, {"' OR 1=1 --", KeyMatch::contains, std::nullopt, 20})->empty());
}

TEST_CASE("a learner resumes her last unfinished lesson at the step she reached") {
    Db db = memory_db();
    Learner l = add(db, hoa());
    Scribe scribe(db);
    CHECK_FALSE(find_resume_point(db, l.id)->has_value());

    auto s1 = scribe.session(10'000, l.id);
    auto otp = scribe.run(s1, 11'000, "an-toan-otp", 2);
    scribe.steps(s1, otp, 12'000, 4);
    auto zalo = scribe.run(s1, 20'000, "zalo-nhan-tin", 1);
    scribe.steps(s1, zalo, 21'000, 2);
    scribe.end_session(s1, 30'000, EndReason::idle);

    auto point = find_resume_point(db, l.id);
    REQUIRE(point->has_value());
    CHECK((*point)->lesson_id == "zalo-nhan-tin");
    CHECK((*point)->step == 2);
    CHECK((*point)->lesson_version == 1);

    // She comes back and finishes Zalo: the OTP lesson is now the one to resume.
    auto s2 = scribe.session(40'000, l.id);
    auto zalo2 = scribe.run(s2, 41'000, "zalo-nhan-tin", 1);
    scribe.steps(s2, zalo2, 42'000, 6);
    scribe.end_run(zalo2, 43'000, true, 3);
    point = find_resume_point(db, l.id);
    REQUIRE(point->has_value());
    CHECK((*point)->lesson_id == "an-toan-otp");
    CHECK((*point)->step == 4);
    CHECK((*point)->lesson_version == 2);

    auto progress = learner_progress(db, l.id);
    REQUIRE(progress->size() == 2);
    CHECK((*progress)[0].lesson_id == "an-toan-otp");
    CHECK_FALSE((*progress)[0].completed);
    CHECK((*progress)[0].furthest_step == 4);
    CHECK((*progress)[1].lesson_id == "zalo-nhan-tin");
    CHECK((*progress)[1].runs == 2);
    CHECK((*progress)[1].completed);
    CHECK((*progress)[1].best_score == 3);
    CHECK((*progress)[1].furthest_step == 6);
}

TEST_CASE("a session records when the learner was last seen") {
    Db db = memory_db();
    Learner l = add(db, hoa(), 1, 1'000);
    Scribe scribe(db);
    scribe.session(50'000, l.id);
    CHECK((*get_learner(db, l.id))->last_seen_ms == 50'000);
}

TEST_CASE("a lesson begun before she identified herself can be resumed") {
    Db db = memory_db();
    Learner l = add(db, hoa());
    Scribe scribe(db);
    // She starts anonymously, then types her code part-way through the lesson.
    auto s = scribe.session(10'000);
    auto run = scribe.run(s, 11'000, "thanh-toan-qr", 2);
    scribe.steps(s, run, 12'000, 3);
    scribe.identify(s, 13'000, l.id);
    scribe.event(s, run, 14'000, EventKind::step_shown, 4);
    scribe.event(s, run, 15'000, EventKind::step_shown, 3);  // she went back one step
    scribe.end_session(s, 16'000, EndReason::idle);
    auto point = find_resume_point(db, l.id);
    REQUIRE(point.ok());
    REQUIRE(point->has_value());
    CHECK((*point)->lesson_id == "thanh-toan-qr");
    CHECK((*point)->step == 3);  // the step she was on, not the furthest
    CHECK((*point)->last_ms == 16'000);
    // Another learner's lessons are never offered to her.
    Learner other = add(db, person("Lê Thị Mai", "le thi mai", 1962), 2);
    CHECK_FALSE(find_resume_point(db, other.id)->has_value());
}

TEST_CASE("stored search keys are brought up to a changed key rule, and only the stale ones") {
    Db db = memory_db();
    // Keys as an older rule made them: "ß" kept, while the current rule folds it to "ss".
    const Learner gross = add(db, person("Anna Groß", "anna groß", 1950), 1);
    const Learner lan = add(db, person("Lan", "lan", 1960), 2);
    const SearchKeyRule rule = [](std::string_view name) {
        std::string key;
        for (std::size_t i = 0; i < name.size(); ++i) {
            if (name.substr(i, 2) == "\xC3\x9F") {  // ß
                key += "ss";
                ++i;
            } else {
                key += static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
            }
        }
        return key;
    };
    CHECK(search_learners(db, {"anna gross", KeyMatch::prefix, std::nullopt, 20})->empty());

    auto changed = refresh_search_keys(db, rule);
    REQUIRE(changed.ok());
    CHECK(*changed == 1);
    auto found = search_learners(db, {"anna gross", KeyMatch::prefix, std::nullopt, 20});
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->front().id == gross.id);
    CHECK(get_learner(db, lan.id)->value().details.search_key == "lan");

    // A second pass finds nothing left to do.
    CHECK(*refresh_search_keys(db, rule) == 0);
}
