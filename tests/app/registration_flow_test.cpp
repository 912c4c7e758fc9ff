// Registration and returning learners, driven through the pure flow with a real
// store behind the same adapter the kiosk uses: keys are tapped by label, the store's replies
// come back as events, and what lands in SQLite is read back.
#include <doctest/doctest.h>

#include "app/flow.h"
#include "flow_with_store.h"
#include "store/learners.h"

using namespace tramso;
using namespace tramso::app;

namespace {

Lesson three_step_lesson() {
    Lesson l;
    l.id = "ba-buoc";
    l.version = 2;
    l.title = {"Bài ba bước", "Three steps"};
    Step explain;
    explain.kind = StepKind::explain;
    Step finish;
    finish.kind = StepKind::finish;
    l.steps = {explain, explain, explain, finish};
    return l;
}

struct Kiosk : test::FlowWithStore {
    explicit Kiosk(const std::string& tone_style = "classic")
        : FlowWithStore({three_step_lesson()}, {}, [&](Config& c) {
              c.registration.wards = {"Phường Khương Đình", "Xã Đông Anh"};
              c.registration.tone_style = tone_style;
          }) {}
    const Registration& reg() const { return *state().registration; }
    const Returning& ret() const { return *state().returning; }

    store::Learner stored(const std::string& code) {
        auto l = store->query([&](store::Db& db) { return store::find_learner_by_code(db, code); });
        REQUIRE(l);
        REQUIRE(l->has_value());
        return **l;
    }
};

}  // namespace

TEST_CASE("a learner registered by tapping telex keys is stored with her NFC name and its search key") {
    Kiosk k;
    k.send(ev::Wake{});
    k.send(ev::OpenEntry{"home"});
    k.send(ev::OpenEntry{"register"});
    CHECK(k.state().screen == Screen::Register);
    CHECK(k.reg().step == RegStep::Consent);
    k.send(ev::ConsentAnswer{true});
    // Each word starts on the capital keys by themselves, as names are written on her ID card.
    CHECK(k.reg().name.keyboard.find("N"));
    CHECK_FALSE(k.reg().name.keyboard.find("n"));
    k.keys("Nguyeenx Thij Hoaf");
    CHECK(k.reg().name.editor.text() == "Nguyễn Thị Hòa");
    k.send(ev::Next{});
    k.keys("1958");
    k.send(ev::Next{});
    k.keys("0912345678");
    k.send(ev::Next{});
    k.send(ev::PickWard{1});
    k.send(ev::Next{});
    k.send(ev::PickMember{false});
    k.send(ev::Next{});
    k.send(ev::SaveRegistration{});
    REQUIRE(k.reg().step == RegStep::Saved);
    const std::string code = k.reg().saved_code;
    CHECK(code.size() == 6);
    REQUIRE(k.state().learner);
    CHECK(k.state().learner->resume_code == code);

    const store::Learner l = k.stored(code);
    CHECK(l.details.full_name == "Nguyễn Thị Hòa");
    CHECK(l.details.search_key == "nguyen thi hoa");
    CHECK(l.details.birth_year == 1958);
    CHECK(l.details.phone == "0912345678");
    CHECK(l.details.ward == "Xã Đông Anh");
    CHECK_FALSE(l.details.union_member);
    CHECK(l.consent_ms > 0);
}

TEST_CASE("the diacritic keys type any Vietnamese name without telex") {
    Kiosk k;
    k.send(ev::Wake{});
    k.send(ev::OpenEntry{"register"});
    k.send(ev::ConsentAnswer{true});
    // Đặng Thị Ngọc Ánh: đ, ă and the tones come from their own keys.
    k.keys("Đ");
    k.tap("ă");
    k.keys("ng");
    k.tap(input::tone_key_label(input::Tone::Nang));
    k.keys(" Thi");
    k.tap(input::tone_key_label(input::Tone::Nang));
    k.keys(" Ngoc");
    k.tap(input::tone_key_label(input::Tone::Nang));
    k.keys(" Anh");
    k.tap(input::tone_key_label(input::Tone::Sac));
    CHECK(k.reg().name.editor.text() == "Đặng Thị Ngọc Ánh");
}

TEST_CASE("the modern tone style from config places the tone as the 2018 rules do") {
    Kiosk k("modern");
    k.register_learner("Lee Thij Thuyr", "1949", "");
    const store::Learner l = k.stored(k.reg().saved_code);
    CHECK(l.details.full_name == "Lê Thị Thuỷ");
    CHECK(l.details.search_key == "le thi thuy");
    CHECK(l.details.phone.empty());
}

TEST_CASE("every invalid answer gets its message and keeps what she typed") {
    Kiosk k;
    k.send(ev::Wake{});
    k.send(ev::OpenEntry{"register"});
    k.send(ev::ConsentAnswer{true});
    k.send(ev::Next{});
    CHECK(k.reg().problem == "register.problem.name_empty");
    CHECK(k.reg().step == RegStep::Name);
    k.keys("Hoa");
    CHECK(k.reg().problem.empty());  // she is correcting it
    k.send(ev::Next{});
    k.keys("1850");
    k.send(ev::Next{});
    CHECK(k.reg().problem == "register.problem.year_range");
    CHECK(k.reg().birth_year == "1850");
    k.tap(std::string(input::key_labels::kBackspace));
    k.tap(std::string(input::key_labels::kBackspace));
    k.tap(std::string(input::key_labels::kBackspace));
    k.keys("96");
    k.send(ev::Next{});
    CHECK(k.reg().problem == "register.problem.year_four_digits");
    k.keys("0");
    k.send(ev::Next{});
    CHECK(k.reg().step == RegStep::Phone);
    k.keys("091234567");
    k.send(ev::Next{});
    CHECK(k.reg().problem == "register.problem.phone_length");
    CHECK(k.reg().phone == "091234567");
    k.keys("89");  // the pad stops at ten digits
    CHECK(k.reg().phone == "0912345678");
    k.send(ev::Back{});
    k.send(ev::Back{});
    CHECK(k.reg().step == RegStep::Name);
    CHECK(k.reg().name.editor.text() == "Hoa");
    k.send(ev::Next{});
    CHECK(k.reg().birth_year == "1960");
    k.send(ev::Next{});
    CHECK(k.reg().phone == "0912345678");
    k.send(ev::Next{});
    k.send(ev::Next{});
    CHECK(k.reg().problem == "register.problem.pick_one");
    CHECK(k.reg().step == RegStep::Ward);
}

TEST_CASE("phone numbers follow the Vietnamese mobile rules and may be left out") {
    CHECK(check_phone("").empty());
    CHECK(check_phone("0912345678").empty());
    CHECK(check_phone("0387654321").empty());
    CHECK(check_phone("912345678") == "register.problem.phone_zero");
    CHECK(check_phone("091234567") == "register.problem.phone_length");
    CHECK(check_phone("0212345678") == "register.problem.phone_mobile");
    CHECK(check_birth_year("1916", 2026).empty());
    CHECK(check_birth_year("2016", 2026).empty());
    CHECK(check_birth_year("1915", 2026) == "register.problem.year_range");
    CHECK(check_birth_year("2017", 2026) == "register.problem.year_range");
    CHECK(check_name(" ") == "register.problem.name_empty");
    CHECK(check_name("H") == "register.problem.name_short");
    CHECK(check_name("Hoa 2") == "register.problem.name_digits");
}

TEST_CASE("sửa from the review returns to the review after the one answer") {
    Kiosk k;
    k.send(ev::Wake{});
    k.send(ev::OpenEntry{"register"});
    k.send(ev::ConsentAnswer{true});
    k.keys("Lan");
    k.send(ev::Next{});
    k.keys("1955");
    k.send(ev::Next{});
    k.send(ev::Next{});  // no phone
    k.send(ev::PickWard{kOtherWard});
    k.send(ev::Next{});
    k.send(ev::PickMember{true});
    k.send(ev::Next{});
    REQUIRE(k.reg().step == RegStep::Review);
    k.send(ev::EditAnswer{RegStep::BirthYear});
    CHECK(k.reg().step == RegStep::BirthYear);
    k.tap(std::string(input::key_labels::kBackspace));
    k.keys("4");
    k.send(ev::Next{});
    CHECK(k.reg().step == RegStep::Review);
    k.send(ev::SaveRegistration{});
    const store::Learner l = k.stored(k.reg().saved_code);
    CHECK(l.details.birth_year == 1954);
    CHECK(l.details.ward == kOtherWardStored);
}

TEST_CASE("declining consent leads to the lessons with nothing kept") {
    Kiosk k;
    k.send(ev::Wake{});
    k.send(ev::OpenEntry{"register"});
    k.send(ev::ConsentAnswer{false});
    CHECK(k.state().screen == Screen::Home);
    CHECK_FALSE(k.state().registration);
    CHECK_FALSE(k.state().learner);
    CHECK(k.queries == 0);
    k.send(ev::OpenEntry{"learn_now"});
    CHECK(k.state().screen == Screen::Lesson);
}

TEST_CASE("a returning learner is found by code, by phone and year, and by name without marks") {
    Kiosk k;
    k.register_learner("Nguyeenx Thij Hoaf", "1958", "0912345678");
    const std::string code = k.reg().saved_code;
    k.send(ev::Goodbye{});

    SUBCASE("by code, typed in lower case on no key: only the code pad's keys count") {
        k.send(ev::Wake{});
        k.send(ev::OpenEntry{"returning"});
        k.send(ev::ChooseReturnMethod{ReturnStep::Code});
        k.keys("x");  // not on the code pad
        CHECK(k.ret().code.empty());
        k.keys(code);
        k.send(ev::Next{});
    }
    SUBCASE("by phone and year") {
        k.send(ev::Wake{});
        k.send(ev::OpenEntry{"returning"});
        k.send(ev::ChooseReturnMethod{ReturnStep::Phone});
        k.keys("0912345678");
        k.send(ev::Next{});
        k.keys("1957");
        k.send(ev::Next{});
        CHECK(k.ret().problem == "returning.problem.not_found");
        k.tap(std::string(input::key_labels::kBackspace));
        k.keys("8");
        k.send(ev::Next{});
    }
    SUBCASE("by name without marks and year, choosing herself from the list") {
        k.send(ev::Wake{});
        k.send(ev::OpenEntry{"returning"});
        k.send(ev::ChooseReturnMethod{ReturnStep::Name});
        // Shift off first (Once → Locked → Off): she types it all in small letters, no marks.
        k.tap(std::string(input::key_labels::kShift));
        k.tap(std::string(input::key_labels::kShift));
        k.keys("hoa");
        CHECK(k.ret().name.editor.text() == "hoa");
        k.send(ev::Next{});
        k.keys("1958");
        k.send(ev::Next{});
        REQUIRE(k.ret().step == ReturnStep::Results);
        REQUIRE(k.ret().matches.size() == 1);
        CHECK(k.ret().matches[0].name == "Nguyễn Thị Hòa");
        k.send(ev::PickLearner{k.ret().matches[0].id});
    }
    REQUIRE(k.state().learner);
    CHECK(k.state().learner->resume_code == code);
    CHECK(k.state().learner->name == "Nguyễn Thị Hòa");
    CHECK(k.ret().step == ReturnStep::Welcome);
    CHECK(k.ret().progress.empty());
    CHECK_FALSE(k.ret().resume);
}

TEST_CASE("a returning learner sees her progress and resumes her unfinished lesson at its step") {
    Kiosk k;
    k.register_learner("Mai", "1950", "");
    const std::string code = k.reg().saved_code;
    k.send(ev::Next{});  // "Bắt đầu học"
    k.send(ev::OpenEntry{"lesson:ba-buoc"});
    k.send(ev::Next{});
    k.send(ev::Next{});
    REQUIRE(k.state().lesson);
    CHECK(k.state().lesson->step == 2);
    k.clock.advance(200'000);  // she walks away mid-lesson: the idle question, then its end
    k.apply(k.flow->tick());
    k.clock.advance(k.config.session.warning_seconds * 1000);
    k.apply(k.flow->tick());
    CHECK(k.state().screen == Screen::Attract);

    k.come_back_with_code(code);
    REQUIRE(k.ret().step == ReturnStep::Welcome);
    REQUIRE(k.ret().progress.size() == 1);
    CHECK(k.ret().progress[0].title.vi == "Bài ba bước");
    CHECK(k.ret().progress[0].total_steps == 4);
    CHECK_FALSE(k.ret().progress[0].completed);
    REQUIRE(k.ret().resume);
    CHECK(k.ret().resume->step == 2);
    k.send(ev::ResumeLesson{});
    CHECK(k.state().screen == Screen::Lesson);
    REQUIRE(k.state().lesson);
    CHECK(k.state().lesson->step == 2);
}

TEST_CASE("a returning learner's finished lessons come back with her, and leave with her") {
    Kiosk k;
    k.register_learner("Mai", "1950", "");
    const std::string code = k.reg().saved_code;
    k.send(ev::Next{});  // "Bắt đầu học"
    k.send(ev::OpenEntry{"lesson:ba-buoc"});
    for (int i = 0; i < 4; ++i) k.send(ev::Next{});
    CHECK(k.state().screen == Screen::Finish);
    CHECK(k.state().lessons_finished.count("ba-buoc") == 1);
    k.send(ev::Goodbye{});
    CHECK(k.state().lessons_finished.empty());  // the next visitor sees no ticks of hers

    k.come_back_with_code(code);
    REQUIRE(k.ret().step == ReturnStep::Welcome);
    CHECK(k.state().lessons_finished.count("ba-buoc") == 1);
}

TEST_CASE("the session end clears every personal detail from the flow state") {
    Kiosk k;
    k.register_learner("Mai", "1950", "0987654321");
    REQUIRE(k.state().learner);
    k.send(ev::Next{});
    k.send(ev::OpenEntry{"progress"});
    CHECK(k.state().returning);
    k.clock.advance(k.config.session.idle_seconds * 1000);
    k.apply(k.flow->tick());
    CHECK(k.state().idle_warning_since_ms);
    CHECK(k.state().learner);  // the question does not yet clear anything
    k.clock.advance(k.config.session.warning_seconds * 1000);
    k.apply(k.flow->tick());
    CHECK(k.state().screen == Screen::Attract);
    CHECK_FALSE(k.state().learner);
    CHECK_FALSE(k.state().registration);
    CHECK_FALSE(k.state().returning);
    // A half-typed registration goes too.
    k.send(ev::Wake{});
    k.send(ev::OpenEntry{"register"});
    k.send(ev::ConsentAnswer{true});
    k.keys("Lan");
    k.send(ev::Goodbye{});
    CHECK_FALSE(k.state().registration);
}

TEST_CASE("a reply the flow no longer waits for is ignored") {
    Config c;
    ManualClock clock;
    Flow f(c, clock);
    f.handle(ev::Wake{});
    f.handle(ev::OpenEntry{"returning"});
    f.handle(ev::ChooseReturnMethod{ReturnStep::Code});
    for (char ch : std::string("ABCDEF")) f.handle(ev::KeyTap{std::string(1, ch)});
    auto fx = f.handle(ev::Next{});
    REQUIRE(fx.size() == 1);
    const auto q = std::get<fx::LearnerQuery>(fx[0]);
    CHECK(q.kind == fx::LearnerQuery::Kind::ByCode);
    CHECK(q.code == "ABCDEF");
    ev::LearnerReply stale;
    stale.ticket = q.ticket + 1;
    stale.learners.push_back(FoundLearner{7, "Người khác", "ZZZZZZ", 1950, ""});
    f.handle(stale);
    CHECK_FALSE(f.state().learner);
    // While it waits, keys change nothing.
    f.handle(ev::KeyTap{std::string(input::key_labels::kBackspace)});
    CHECK(f.state().returning->code == "ABCDEF");
    ev::LearnerReply none;
    none.ticket = q.ticket;
    f.handle(none);
    CHECK(f.state().returning->problem == "returning.problem.code_not_found");
    CHECK(f.state().returning->code == "ABCDEF");
}

TEST_CASE("text from a physical keyboard goes through the same telex engine and pads") {
    Kiosk k;
    k.send(ev::Wake{});
    k.send(ev::OpenEntry{"register"});
    k.send(ev::ConsentAnswer{true});
    k.send(ev::TypeText{"Traanf Thij Hoa"});
    k.send(ev::TypeText{"f"});
    CHECK(k.reg().name.editor.text() == "Trần Thị Hòa");
    k.send(ev::Next{});
    k.send(ev::TypeText{"19x58"});  // only digits count on the number pad
    CHECK(k.reg().birth_year == "1958");
    k.send(ev::Goodbye{});
    k.send(ev::Wake{});
    k.send(ev::OpenEntry{"returning"});
    k.send(ev::ChooseReturnMethod{ReturnStep::Code});
    k.send(ev::TypeText{"xtx"});
    CHECK(k.ret().code == "XTX");
}
