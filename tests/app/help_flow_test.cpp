// Asking for a person: the request and its record, the waiting screen's one way back to
// exactly where she was, the idle warning held off while she waits, and when a request closes.
#include <doctest/doctest.h>

#include "app/flow.h"
#include "find_record.h"
#include "flow_with_store.h"

using namespace tramso;
using namespace tramso::app;

namespace {

Lesson quiz_lesson() {
    Lesson l;
    l.id = "hoi-dap";
    l.version = 1;
    l.title = {"Hỏi đáp", "Questions"};
    Step explain;
    explain.kind = StepKind::explain;
    Step quiz;
    quiz.kind = StepKind::quiz;
    quiz.answers = {Answer{{"Sai", ""}, false, {}}, Answer{{"Đúng", ""}, true, {}}};
    Step finish;
    finish.kind = StepKind::finish;
    l.steps = {explain, quiz, finish};
    return l;
}

struct Fixture {
    Config config;
    ManualClock clock;
    std::vector<Lesson> lessons{quiz_lesson()};
    Flow flow{config, clock, make_snapshot(lessons)};
    std::vector<Effect> last;

    void send(Event e) { last = flow.handle(e); }
    void tick() { last = flow.tick(); }
    void seconds(int s) { clock.advance(Millis(s) * 1000); }
    const State& state() const { return flow.state(); }
    template <class R>
    const R* record() const {
        return test::find_record<R>(last);
    }
    template <class T>
    bool emitted() const {
        for (const auto& e : last)
            if (std::holds_alternative<T>(e)) return true;
        return false;
    }
    // On the quiz step with a wrong answer given.
    void on_quiz_step() {
        send(ev::Wake{});
        send(ev::OpenEntry{"lesson:hoi-dap"});
        send(ev::Next{});
        send(ev::QuizAnswer{0});
    }
    void log_in_staff() {
        send(ev::StaffHold{});
        send(ev::StaffPinKnown{true});
        for (char c : std::string("2468")) send(ev::StaffPinKey{c});
        send(ev::StaffPinSubmit{});
        send(ev::StaffPinChecked{true});
    }
};

}  // namespace

TEST_CASE("asking for help in a lesson records the screen, lesson and step and covers the screen") {
    Fixture f;
    f.on_quiz_step();
    f.send(ev::AskHelp{});
    REQUIRE(f.state().help);
    CHECK(f.state().screen == Screen::Lesson);  // underneath, untouched
    CHECK(f.state().help->screen == "lesson");
    CHECK(f.state().help->lesson_id == "hoi-dap");
    CHECK(f.state().help->step == 1);
    const auto* r = f.record<rec::HelpRequested>();
    REQUIRE(r);
    CHECK(r->screen == "lesson");
    CHECK(r->lesson_id == "hoi-dap");
    CHECK(r->step == 1);
    CHECK(f.emitted<fx::StopSpeech>());
    CHECK_FALSE(f.emitted<fx::Chime>());  // [help] chime is off by default
    // A second tap while she waits asks nothing more.
    f.send(ev::AskHelp{});
    CHECK_FALSE(f.record<rec::HelpRequested>());
}

TEST_CASE("going back from the waiting screen returns to the same step with the same answers") {
    Fixture f;
    f.on_quiz_step();
    const LessonRun before = *f.state().lesson;
    f.seconds(40);
    f.send(ev::AskHelp{});
    f.seconds(90);
    f.send(ev::HelpBack{});
    CHECK_FALSE(f.state().help);
    CHECK(f.state().screen == Screen::Lesson);
    REQUIRE(f.state().lesson);
    CHECK(f.state().lesson->step == before.step);
    CHECK(f.state().lesson->here().chosen == 0);
    CHECK(f.state().lesson->here().tried == before.here().tried);
    CHECK(f.state().lesson->step_started_ms == before.step_started_ms);
    const auto* closed = f.record<rec::HelpClosed>();
    REQUIRE(closed);
    CHECK(closed->how == "back");
    CHECK(closed->waited_ms == 90'000);
    CHECK(closed->step == 1);
}

TEST_CASE("text she typed survives the waiting screen") {
    Fixture f;
    f.send(ev::Wake{});
    f.send(ev::OpenEntry{"returning"});
    f.send(ev::ChooseReturnMethod{ReturnStep::Code});
    for (char ch : std::string("ABC")) f.send(ev::KeyTap{std::string(1, ch)});
    f.send(ev::AskHelp{});
    CHECK(f.record<rec::HelpRequested>()->screen == "returning");
    CHECK_FALSE(f.record<rec::HelpRequested>()->step);
    f.send(ev::HelpBack{});
    CHECK(f.state().screen == Screen::Returning);
    REQUIRE(f.state().returning);
    CHECK(f.state().returning->step == ReturnStep::Code);
    CHECK(f.state().returning->code == "ABC");
}

TEST_CASE("while she waits the idle warning holds off for help_wait_seconds, then comes as usual") {
    Fixture f;
    f.config.session.help_wait_seconds = 300;
    f.on_quiz_step();
    f.send(ev::AskHelp{});
    f.seconds(f.config.session.idle_seconds + 1);
    f.tick();
    CHECK_FALSE(f.state().idle_warning_since_ms);
    f.seconds(300 - f.config.session.idle_seconds - 2);
    f.tick();
    CHECK_FALSE(f.state().idle_warning_since_ms);
    f.seconds(1);
    f.tick();
    REQUIRE(f.state().idle_warning_since_ms);
    CHECK(f.state().help);  // still waiting under the question
    // Answering it leaves her waiting; nobody answering ends the visit and closes the request.
    f.send(ev::StillHere{});
    CHECK(f.state().help);
    f.seconds(f.config.session.idle_seconds);
    f.tick();
    REQUIRE(f.state().idle_warning_since_ms);
    f.seconds(f.config.session.warning_seconds);
    f.tick();
    CHECK(f.state().screen == Screen::Attract);
    CHECK_FALSE(f.state().help);
    REQUIRE(f.record<rec::HelpClosed>());
    CHECK(f.record<rec::HelpClosed>()->how == "idle");
}

TEST_CASE("after going back the idle time counts from her last touch again") {
    Fixture f;
    f.on_quiz_step();
    f.send(ev::AskHelp{});
    f.seconds(400);
    f.send(ev::HelpBack{});
    f.seconds(f.config.session.idle_seconds - 1);
    f.tick();
    CHECK_FALSE(f.state().idle_warning_since_ms);
    f.seconds(1);
    f.tick();
    CHECK(f.state().idle_warning_since_ms);
}

TEST_CASE("staff logging in and out closes the request and she is back where she was") {
    Fixture f;
    f.on_quiz_step();
    f.send(ev::AskHelp{});
    f.log_in_staff();
    REQUIRE(f.state().staff.logged_in);
    CHECK(f.state().help);  // open while staff mode shows it
    f.send(ev::StaffLogout{});
    CHECK(f.state().screen == Screen::Lesson);
    CHECK(f.state().lesson->step == 1);
    CHECK_FALSE(f.state().help);
    REQUIRE(f.record<rec::HelpClosed>());
    CHECK(f.record<rec::HelpClosed>()->how == "staff");
}

TEST_CASE("opening the PIN pad without logging in leaves her request open") {
    Fixture f;
    f.on_quiz_step();
    f.send(ev::AskHelp{});
    f.send(ev::StaffHold{});
    f.send(ev::StaffPinKnown{true});
    f.send(ev::StaffLogout{});
    CHECK(f.state().help);
    CHECK_FALSE(f.record<rec::HelpClosed>());
}

TEST_CASE("with [help] chime on, asking plays the chime; attract and staff mode ask nothing") {
    Fixture f;
    f.config.help.chime = true;
    f.send(ev::AskHelp{});
    CHECK_FALSE(f.state().help);  // attract: no visit yet
    f.send(ev::Wake{});
    f.send(ev::AskHelp{});
    CHECK(f.emitted<fx::Chime>());
    CHECK(f.record<rec::HelpRequested>()->screen == "home");
    f.send(ev::HelpBack{});
    f.send(ev::StaffHold{});
    f.send(ev::AskHelp{});
    CHECK_FALSE(f.state().help);
}

TEST_CASE("the visit ending while she waits closes the request with its reason before the session ends") {
    Fixture f;
    f.on_quiz_step();
    f.send(ev::AskHelp{});
    f.send(ev::Shutdown{});
    REQUIRE(f.record<rec::HelpClosed>());
    CHECK(f.record<rec::HelpClosed>()->how == "shutdown");
    std::size_t closed = 0, left = 0;
    for (std::size_t i = 0; i < f.last.size(); ++i) {
        if (const auto* r = std::get_if<fx::Record>(&f.last[i])) {
            if (std::holds_alternative<rec::HelpClosed>(*r)) closed = i;
            if (std::holds_alternative<rec::LessonLeft>(*r)) left = i;
        }
    }
    CHECK(closed < left);
}
