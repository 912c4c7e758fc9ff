#include <doctest/doctest.h>

#include "app/flow.h"
#include "find_record.h"

using namespace tramso;
using namespace tramso::app;

namespace {
using test::find_record;
}  // namespace

TEST_CASE("the kiosk starts on the attract screen in the configured language") {
    Config c;
    c.kiosk.language = "en";
    ManualClock clock;
    Flow f(c, clock);
    CHECK(f.state().screen == Screen::Attract);
    CHECK(f.state().lang == Lang::en);
    CHECK_FALSE(f.next_deadline_ms().has_value());
}

TEST_CASE("a touch wakes the kiosk to the home screen and starts a session") {
    Config c;
    ManualClock clock;
    Flow f(c, clock);
    auto fx = f.handle(ev::Wake{});
    CHECK(f.state().screen == Screen::Home);
    CHECK(find_record<rec::SessionStart>(fx));
}

TEST_CASE("the language switch toggles and is recorded") {
    Config c;
    ManualClock clock;
    Flow f(c, clock);
    f.handle(ev::Wake{});
    auto fx = f.handle(ev::ToggleLanguage{});
    CHECK(f.state().lang == Lang::en);
    REQUIRE(find_record<rec::LanguageSwitched>(fx));
    CHECK(find_record<rec::LanguageSwitched>(fx)->lang == Lang::en);
    f.handle(ev::ToggleLanguage{});
    CHECK(f.state().lang == Lang::vi);
}

TEST_CASE("walking away returns to attract after the idle time, in the default language") {
    Config c;
    ManualClock clock;
    Flow f(c, clock);
    f.handle(ev::Wake{});
    f.handle(ev::ToggleLanguage{});
    clock.advance((c.session.idle_seconds - 1) * 1000);
    CHECK(f.tick().empty());
    CHECK(f.state().screen == Screen::Home);
    clock.advance(1000);
    f.tick();  // "Chị vẫn đang học chứ?" first
    CHECK(f.state().idle_warning_since_ms.has_value());
    clock.advance(c.session.warning_seconds * 1000);
    auto fx = f.tick();
    CHECK(f.state().screen == Screen::Attract);
    CHECK(f.state().lang == Lang::vi);
    REQUIRE(find_record<rec::SessionEnd>(fx));
    CHECK(find_record<rec::SessionEnd>(fx)->reason == EndReason::idle);
}

TEST_CASE("any touch postpones the idle reset") {
    Config c;
    ManualClock clock;
    Flow f(c, clock);
    f.handle(ev::Wake{});
    clock.advance(100'000);
    f.handle(ev::Touch{});
    clock.advance(100'000);
    f.tick();
    CHECK(f.state().screen == Screen::Home);
}

TEST_CASE("saying goodbye ends the visit") {
    Config c;
    ManualClock clock;
    Flow f(c, clock);
    f.handle(ev::Wake{});
    auto fx = f.handle(ev::Goodbye{});
    CHECK(f.state().screen == Screen::Attract);
    REQUIRE(find_record<rec::SessionEnd>(fx));
    CHECK(find_record<rec::SessionEnd>(fx)->reason == EndReason::completed);
}

TEST_CASE("Listen asks the audio adapter to speak in the screen's language and is recorded") {
    Config c;
    ManualClock clock;
    Flow f(c, clock);
    f.handle(ev::Wake{});
    auto fx = f.handle(ev::Listen{"Xin chào chị!"});
    const fx::Speak* speak = nullptr;
    for (const auto& e : fx)
        if (const auto* s = std::get_if<fx::Speak>(&e)) speak = s;
    REQUIRE(speak != nullptr);
    CHECK(speak->text == "Xin chào chị!");
    CHECK(speak->lang == Lang::vi);
    REQUIRE(find_record<rec::ListenPressed>(fx));
    CHECK(find_record<rec::ListenPressed>(fx)->screen == "home");

    auto stop = f.handle(ev::StopListening{});
    REQUIRE(stop.size() == 1);
    CHECK(std::holds_alternative<fx::StopSpeech>(stop[0]));
}
