#include <doctest/doctest.h>

#include "app/flow.h"

using namespace tramso;
using namespace tramso::app;

namespace {
bool recorded(const std::vector<Effect>& fx, const std::string& kind, const std::string& detail = "") {
    for (const auto& e : fx)
        if (const auto* r = std::get_if<fx::Record>(&e); r && r->kind == kind && r->detail.find(detail) != std::string::npos)
            return true;
    return false;
}
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
    CHECK(recorded(fx, "session_start"));
}

TEST_CASE("the language switch toggles and is recorded") {
    Config c;
    ManualClock clock;
    Flow f(c, clock);
    f.handle(ev::Wake{});
    auto fx = f.handle(ev::ToggleLanguage{});
    CHECK(f.state().lang == Lang::en);
    CHECK(recorded(fx, "language", "en"));
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
    CHECK(recorded(fx, "session_end", "idle"));
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
    CHECK(recorded(fx, "session_end", "completed"));
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
    CHECK(recorded(fx, "listen", "\"screen\":\"home\""));

    auto stop = f.handle(ev::StopListening{});
    REQUIRE(stop.size() == 1);
    CHECK(std::holds_alternative<fx::StopSpeech>(stop[0]));
}
