// Staff mode: the flow's rules, driven with a ManualClock; the PIN hash with libsodium.
#include <doctest/doctest.h>

#include "app/flow.h"
#include "app/staff_data.h"
#include "app/staff_pin.h"
#include "core/civil_time.h"
#include "find_record.h"
#include "store/kiosk_meta.h"
#include "store/schema.h"

using namespace tramso;
using namespace tramso::app;

namespace {

template <class T>
const T* find_fx(const std::vector<Effect>& fx) {
    for (const auto& e : fx)
        if (const auto* t = std::get_if<T>(&e)) return t;
    return nullptr;
}

bool audited(const std::vector<Effect>& fx, const std::string& action) {
    for (const auto& e : fx)
        if (const auto* a = std::get_if<fx::StaffAudit>(&e); a && a->action == action) return true;
    return false;
}

struct Kiosk {
    Config config;
    ManualClock clock;
    Flow flow{config, clock};

    // Holds the logo and answers the adapter's "is a PIN set?".
    void enter(bool pin_set = true) {
        auto fx = flow.handle(ev::StaffHold{});
        REQUIRE(find_fx<fx::StaffCheckPinSet>(fx));
        flow.handle(ev::StaffPinKnown{pin_set});
    }
    // Types a PIN and plays the adapter: right only for 2468.
    std::vector<Effect> pin(const std::string& digits) {
        std::vector<Effect> all;
        for (char c : digits) flow.handle(ev::StaffPinKey{c});
        auto fx = flow.handle(ev::StaffPinSubmit{});
        all.insert(all.end(), fx.begin(), fx.end());
        if (const auto* v = find_fx<fx::StaffVerifyPin>(fx)) {
            auto answer = flow.handle(ev::StaffPinChecked{v->pin == "2468"});
            all.insert(all.end(), answer.begin(), answer.end());
        }
        return all;
    }
};

}  // namespace

TEST_CASE("holding the logo opens the PIN pad from any screen and leaving returns there") {
    Kiosk k;
    k.flow.handle(ev::Wake{});
    k.enter();
    CHECK(k.flow.state().screen == Screen::Staff);
    CHECK(k.flow.state().staff.page == StaffPage::Pin);
    CHECK_FALSE(k.flow.state().staff.logged_in);
    k.flow.handle(ev::StaffLogout{});
    CHECK(k.flow.state().screen == Screen::Home);
}

TEST_CASE("with no PIN set, digits do nothing and nothing is verified") {
    Kiosk k;
    k.enter(false);
    CHECK(k.flow.state().staff.pin_set == false);
    auto fx = k.pin("2468");
    CHECK_FALSE(find_fx<fx::StaffVerifyPin>(fx));
    CHECK_FALSE(k.flow.state().staff.logged_in);
}

TEST_CASE("the right PIN logs in, is audited and loads the dashboard") {
    Kiosk k;
    k.enter();
    auto fx = k.pin("2468");
    CHECK(k.flow.state().staff.logged_in);
    CHECK(k.flow.state().staff.page == StaffPage::Dashboard);
    CHECK(audited(fx, "login"));
    const auto* load = find_fx<fx::StaffLoad>(fx);
    REQUIRE(load);
    CHECK(load->page == StaffPage::Dashboard);
    CHECK(k.flow.state().staff.pin_digits.empty());
}

TEST_CASE("five wrong PINs lock the pad for 30 s, then 1 min, then 5 min; every attempt is audited") {
    Kiosk k;
    k.enter();
    for (int i = 1; i <= 4; ++i) {
        CHECK(audited(k.pin("1111"), "pin_failed"));
        CHECK(k.flow.state().staff.locked_until_ms == 0);
    }
    CHECK(audited(k.pin("1111"), "pin_failed"));
    CHECK(k.flow.state().staff.locked_until_ms == k.clock.monotonic_ms() + 30'000);
    // Locked: even the right PIN is not even checked.
    k.clock.advance(29'000);
    CHECK_FALSE(find_fx<fx::StaffVerifyPin>(k.pin("2468")));
    CHECK_FALSE(k.flow.state().staff.logged_in);
    // Leaving and holding the logo again does not clear the lockout.
    k.flow.handle(ev::StaffLogout{});
    k.enter();
    CHECK(k.flow.state().staff.locked_until_ms > k.clock.monotonic_ms());
    k.clock.advance(1'000);
    k.pin("1111");
    CHECK(k.flow.state().staff.locked_until_ms == k.clock.monotonic_ms() + 60'000);
    k.clock.advance(60'000);
    k.pin("1111");
    CHECK(k.flow.state().staff.locked_until_ms == k.clock.monotonic_ms() + 300'000);
    k.clock.advance(300'000);
    k.pin("2468");
    CHECK(k.flow.state().staff.logged_in);
    CHECK(k.flow.state().staff.failed_attempts == 0);
    CHECK(staff_lockout_ms(20) == 3'600'000);
}

TEST_CASE("wrong PINs are saved as they happen and a restarted kiosk keeps their lockout") {
    Kiosk k;
    k.enter();
    for (int i = 1; i <= 4; ++i) {
        const auto wrong = k.pin("1111");
        const auto* saved = find_fx<fx::StaffSavePinAttempts>(wrong);
        REQUIRE(saved);
        CHECK(saved->failed_attempts == i);
        CHECK(saved->locked_for_ms == 0);
    }
    auto fx = k.pin("1111");
    const auto* saved = find_fx<fx::StaffSavePinAttempts>(fx);
    REQUIRE(saved);
    CHECK(saved->failed_attempts == 5);
    CHECK(saved->locked_for_ms == 30'000);

    // The power comes back 10 s later: a new flow, told by the database what is on record.
    Kiosk after;
    after.flow.handle(ev::StaffHold{});
    after.flow.handle(ev::StaffPinKnown{true, 5, 20'000});
    CHECK(after.flow.state().staff.failed_attempts == 5);
    CHECK(after.flow.state().staff.locked_until_ms == after.clock.monotonic_ms() + 20'000);
    CHECK_FALSE(find_fx<fx::StaffVerifyPin>(after.pin("2468")));
    // The next wrong PIN after the lockout is the sixth: a minute, not a fresh five tries.
    after.clock.advance(20'000);
    after.pin("1111");
    CHECK(after.flow.state().staff.locked_until_ms == after.clock.monotonic_ms() + 60'000);
    // The right PIN clears the record.
    after.clock.advance(60'000);
    auto login = after.pin("2468");
    CHECK(after.flow.state().staff.logged_in);
    saved = find_fx<fx::StaffSavePinAttempts>(login);
    REQUIRE(saved);
    CHECK(saved->failed_attempts == 0);
}

TEST_CASE("a lockout on record is never longer than its count allows (a wall clock set back)") {
    Kiosk k;
    k.flow.handle(ev::StaffHold{});
    k.flow.handle(ev::StaffPinKnown{true, 5, kDayMs});
    CHECK(k.flow.state().staff.locked_until_ms == k.clock.monotonic_ms() + 30'000);
    Kiosk few;
    few.flow.handle(ev::StaffHold{});
    few.flow.handle(ev::StaffPinKnown{true, 3, 0});
    CHECK(few.flow.state().staff.locked_until_ms == 0);
    CHECK(few.flow.state().staff.failed_attempts == 3);
    few.pin("1111");
    few.pin("1111");
    CHECK(few.flow.state().staff.locked_until_ms == few.clock.monotonic_ms() + 30'000);
}

TEST_CASE("the PIN's wrong attempts round-trip through kiosk_meta and set-pin clears them") {
    auto db = store::Db::open(":memory:");
    REQUIRE(db.ok());
    REQUIRE(store::migrate(*db).ok());
    auto none = load_pin_attempts(*db);
    REQUIRE(none.ok());
    CHECK(none->failed_attempts == 0);
    REQUIRE(save_pin_attempts(*db, {6, 1'790'000'060'000}, 1'790'000'000'000).ok());
    auto back = load_pin_attempts(*db);
    REQUIRE(back.ok());
    CHECK(back->failed_attempts == 6);
    CHECK(back->locked_until_wall_ms == 1'790'000'060'000);
    REQUIRE(set_staff_pin(*db, "2468", 1'790'000'100'000).ok());
    CHECK(load_pin_attempts(*db)->failed_attempts == 0);
    // A value this code did not write is an error naming the key, not a crash or a silent zero.
    REQUIRE(store::set_meta(*db, kMetaStaffPinAttempts, "many", 0).ok());
    auto bad = load_pin_attempts(*db);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().to_string().find("staff_pin_attempts") != std::string::npos);
}

TEST_CASE("staff mode logs out after two minutes without a touch") {
    Kiosk k;
    k.flow.handle(ev::Wake{});
    k.enter();
    k.pin("2468");
    k.clock.advance(119'000);
    CHECK(k.flow.tick().empty());
    k.flow.handle(ev::StaffGo{StaffPage::Sessions});  // a touch: the two minutes start again
    k.clock.advance(119'000);
    CHECK(k.flow.state().screen == Screen::Staff);
    k.clock.advance(1'000);
    auto fx = k.flow.tick();
    CHECK(audited(fx, "logout"));
    CHECK(k.flow.state().screen == Screen::Home);
    CHECK_FALSE(k.flow.state().staff.logged_in);
}

TEST_CASE("erasing a learner asks twice and audits viewing her page") {
    Kiosk k;
    k.enter();
    k.pin("2468");
    auto fx = k.flow.handle(ev::StaffOpenLearner{7});
    CHECK(audited(fx, "view_learner"));
    CHECK(k.flow.state().staff.page == StaffPage::LearnerDetail);
    CHECK(k.flow.handle(ev::StaffEraseLearner{}).empty());
    CHECK(k.flow.state().staff.erase_confirmations == 1);
    k.flow.handle(ev::StaffCancel{});
    CHECK(k.flow.state().staff.erase_confirmations == 0);
    k.flow.handle(ev::StaffEraseLearner{});
    k.flow.handle(ev::StaffEraseLearner{});
    fx = k.flow.handle(ev::StaffEraseLearner{});
    const auto* cmd = find_fx<fx::StaffCommand>(fx);
    REQUIRE(cmd);
    CHECK(cmd->kind == fx::StaffCommand::Kind::EraseLearner);
    CHECK(cmd->learner_id == 7);
}

TEST_CASE("editing a learner types with Telex and saves a tidy name with its search key") {
    Kiosk k;
    k.enter();
    k.pin("2468");
    auto opened = k.flow.handle(ev::StaffOpenLearner{3});
    const auto* load = find_fx<fx::StaffLoad>(opened);
    REQUIRE(load);
    auto data = std::make_shared<StaffData>();
    store::Learner l;
    l.id = 3;
    l.details.full_name = "Lan";
    l.details.search_key = "lan";
    data->learner = l;
    // Until the page has loaded there is nothing to edit.
    k.flow.handle(ev::StaffEditLearner{});
    CHECK(k.flow.state().staff.page == StaffPage::LearnerDetail);
    CHECK(k.flow.state().staff.loading);
    k.flow.handle(loaded_event(data, load->ticket));
    CHECK_FALSE(k.flow.state().staff.loading);
    k.flow.handle(ev::StaffEditLearner{});
    CHECK(k.flow.state().staff.page == StaffPage::LearnerEdit);
    // The learners' keyboard: Telex on the letter keys, "Xóa" and "Dấu cách".
    for (const char* key :
         {"Xóa", "Xóa", "Xóa", "n", "g", "u", "y", "e", "e", "x", "n", "Dấu cách", "h", "o", "a", "f"})
        k.flow.handle(ev::KeyTap{key});
    CHECK(k.flow.state().staff.edit.full_name == "nguyễn hòa");
    k.flow.handle(ev::StaffEditField{LearnerField::BirthYear});
    for (const char* key : {"123", "1", "9", "5", "8"}) k.flow.handle(ev::KeyTap{key});  // digits are on the 123 page
    auto fx = k.flow.handle(ev::StaffSaveLearner{});
    const auto* cmd = find_fx<fx::StaffCommand>(fx);
    REQUIRE(cmd);
    CHECK(cmd->details.full_name == "Nguyễn Hòa");
    CHECK(cmd->details.search_key == "nguyen hoa");
    CHECK(cmd->details.birth_year == 1958);
    CHECK(audited(fx, "edit_learner"));
}

TEST_CASE("ending the current session from staff mode records it as ended by staff") {
    Kiosk k;
    k.flow.handle(ev::Wake{});
    k.enter();
    k.pin("2468");
    auto fx = k.flow.handle(ev::StaffEndSession{});
    const auto* ended = test::find_record<rec::SessionEnd>(fx);
    REQUIRE(ended);
    CHECK(ended->reason == EndReason::staff);
    CHECK(audited(fx, "end_session"));
    k.flow.handle(ev::StaffLogout{});
    CHECK(k.flow.state().screen == Screen::Attract);
}

TEST_CASE("the default language set by staff applies to the next visitor") {
    Kiosk k;
    k.enter();
    k.pin("2468");
    k.flow.handle(ev::StaffSetLanguage{Lang::en});
    k.flow.handle(ev::StaffLogout{});
    k.flow.handle(ev::Wake{});
    k.flow.handle(ev::Goodbye{});
    CHECK(k.flow.state().lang == Lang::en);
}

TEST_CASE("the PIN is stored as a salted argon2id hash that only the right PIN matches") {
    CHECK_FALSE(check_pin_format("123").ok());
    CHECK_FALSE(check_pin_format("12a4").ok());
    CHECK(check_pin_format("2468").ok());
    auto a = hash_pin("2468");
    auto b = hash_pin("2468");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->rfind("$argon2id$", 0) == 0);
    CHECK(*a != *b);
    CHECK(a->find("2468") == std::string::npos);
    CHECK(pin_matches(*a, "2468"));
    CHECK_FALSE(pin_matches(*a, "2469"));
}
