// The idle warning, the reset that clears her details, and the way out of a fault.
#include <doctest/doctest.h>

#include <algorithm>

#include "app/flow.h"
#include "find_record.h"
#include "flow_with_store.h"

using namespace tramso;
using namespace tramso::app;

namespace {

Lesson three_step_lesson() {
    Lesson l;
    l.id = "ba-buoc";
    l.version = 2;
    l.title = {"Ba bước", "Three steps"};
    Step explain;
    explain.kind = StepKind::explain;
    Step quiz;
    quiz.kind = StepKind::quiz;
    quiz.answers = {Answer{{"Sai", ""}, false, {}}, Answer{{"Đúng", ""}, true, {}}};
    Step finish;
    finish.kind = StepKind::finish;
    l.steps = {explain, quiz, explain, finish};
    return l;
}

struct Fixture {
    Config config;
    ManualClock clock;
    std::vector<Lesson> lessons{three_step_lesson()};
    Flow flow{config, clock, make_snapshot(lessons)};
    std::vector<Effect> last;

    Fixture() { flow.set_idle_question({"Chị vẫn đang học chứ?", "Are you still learning?"}); }
    void send(Event e) { last = flow.handle(e); }
    void tick() { last = flow.tick(); }
    void seconds(int s) { clock.advance(Millis(s) * 1000); }
    template <class R>
    const R* record() const {
        return test::find_record<R>(last);
    }
    int speaks() const {
        int n = 0;
        for (const auto& e : last) n += std::holds_alternative<fx::Speak>(e);
        return n;
    }
    // On step 3 of the lesson, with the quiz on step 2 answered (wrong, then right).
    void learner_mid_lesson() {
        send(ev::Wake{});
        send(ev::OpenEntry{"lesson:ba-buoc"});
        send(ev::Next{});
        send(ev::QuizAnswer{0});
        send(ev::QuizAnswer{1});
        send(ev::Next{});
    }
};

}  // namespace

TEST_CASE("after the idle time the warning covers the lesson and speaks its question once") {
    Fixture f;
    f.learner_mid_lesson();
    f.seconds(f.config.session.idle_seconds - 1);
    f.tick();
    CHECK_FALSE(f.flow.state().idle_warning_since_ms);
    f.seconds(1);
    f.tick();
    REQUIRE(f.flow.state().idle_warning_since_ms);
    CHECK(f.flow.state().screen == Screen::Lesson);  // underneath, untouched
    CHECK(f.speaks() == 1);
    const auto* speak = std::get_if<fx::Speak>(&f.last.back());
    REQUIRE(speak);
    CHECK(speak->text == "Chị vẫn đang học chứ?");
    REQUIRE(f.record<rec::IdleWarning>());
    CHECK(f.record<rec::IdleWarning>()->step == 2);
    // Spoken once: later ticks during the countdown say nothing.
    for (int s = 1; s < f.config.session.warning_seconds; ++s) {
        f.seconds(1);
        f.tick();
        CHECK(f.speaks() == 0);
        CHECK(f.flow.state().screen == Screen::Lesson);
    }
}

TEST_CASE("the warning speaks in the language she chose") {
    Fixture f;
    f.send(ev::Wake{});
    f.send(ev::ToggleLanguage{});
    f.seconds(f.config.session.idle_seconds);
    f.tick();
    const auto* speak = std::get_if<fx::Speak>(&f.last.back());
    REQUIRE(speak);
    CHECK(speak->text == "Are you still learning?");
    CHECK(speak->lang == Lang::en);
}

TEST_CASE("a touch on the warning continues exactly where she was: step and answers") {
    Fixture f;
    f.learner_mid_lesson();
    f.seconds(f.config.session.idle_seconds);
    f.tick();
    f.seconds(f.config.session.warning_seconds - 1);
    f.tick();
    REQUIRE(f.flow.state().idle_warning_since_ms);
    f.send(ev::Touch{});  // the press itself changes nothing
    REQUIRE(f.flow.state().idle_warning_since_ms);
    f.send(ev::StillHere{});
    CHECK_FALSE(f.flow.state().idle_warning_since_ms);
    REQUIRE(f.record<rec::IdleContinue>());
    CHECK(f.flow.state().screen == Screen::Lesson);
    REQUIRE(f.flow.state().lesson);
    const LessonRun& run = *f.flow.state().lesson;
    CHECK(run.step == 2);
    CHECK(run.progress[1].done);
    CHECK(run.progress[1].chosen == 1);
    CHECK(run.progress[1].tried == std::vector<bool>{true, true});
    // The full idle time starts again from that touch.
    f.seconds(f.config.session.idle_seconds - 1);
    f.tick();
    CHECK_FALSE(f.flow.state().idle_warning_since_ms);
    CHECK(f.flow.state().screen == Screen::Lesson);
}

TEST_CASE("Listen on the warning reads the question and restarts the countdown") {
    Fixture f;
    f.send(ev::Wake{});
    f.seconds(f.config.session.idle_seconds);
    f.tick();
    f.seconds(f.config.session.warning_seconds - 2);
    f.send(ev::Listen{"Chị vẫn đang học chứ?"});
    CHECK(f.speaks() == 1);
    REQUIRE(f.flow.state().idle_warning_since_ms);
    f.seconds(f.config.session.warning_seconds - 1);
    f.tick();
    CHECK(f.flow.state().screen == Screen::Home);  // still counting down, not reset
    f.seconds(1);
    f.tick();
    CHECK(f.flow.state().screen == Screen::Attract);
}

TEST_CASE("silencing the voice on the warning means she is here: the warning goes, the voice stops") {
    Fixture f;
    f.learner_mid_lesson();
    f.seconds(f.config.session.idle_seconds);
    f.tick();
    REQUIRE(f.flow.state().idle_warning_since_ms);
    f.seconds(f.config.session.warning_seconds - 1);
    f.send(ev::StopListening{});
    CHECK_FALSE(f.flow.state().idle_warning_since_ms);
    REQUIRE(f.record<rec::IdleContinue>());
    CHECK(std::any_of(f.last.begin(), f.last.end(),
                      [](const Effect& e) { return std::holds_alternative<fx::StopSpeech>(e); }));
    // Long after the old countdown would have run out, the visit and the step are still hers.
    f.seconds(f.config.session.warning_seconds);
    f.tick();
    CHECK(f.flow.state().screen == Screen::Lesson);
    REQUIRE(f.flow.state().lesson);
    CHECK(f.flow.state().lesson->step == 2);
}

TEST_CASE("when the countdown runs out the visit ends idle, recording the step, and attract returns") {
    Fixture f;
    f.learner_mid_lesson();
    f.seconds(f.config.session.idle_seconds);
    f.tick();
    f.seconds(f.config.session.warning_seconds);
    f.tick();
    CHECK(f.flow.state().screen == Screen::Attract);
    CHECK_FALSE(f.flow.state().idle_warning_since_ms);
    CHECK_FALSE(f.flow.state().lesson);
    CHECK_FALSE(f.flow.state().learner);
    CHECK(f.flow.state().lang == Lang::vi);
    const auto* left = f.record<rec::LessonLeft>();
    REQUIRE(left);
    CHECK(left->reason == "idle");
    CHECK(left->step == 2);
    REQUIRE(f.record<rec::SessionEnd>());
    CHECK(f.record<rec::SessionEnd>()->reason == EndReason::idle);
    CHECK_FALSE(f.flow.next_deadline_ms());  // nothing waits on attract
}

TEST_CASE("the idle end and the step she was on reach the store") {
    test::FlowWithStore k({three_step_lesson()});
    k.send(ev::Wake{});
    k.send(ev::OpenEntry{"lesson:ba-buoc"});
    k.send(ev::Next{});
    k.send(ev::QuizAnswer{1});
    k.send(ev::Next{});
    k.clock.advance(Millis(k.config.session.idle_seconds) * 1000);
    k.tick();
    k.clock.advance(Millis(k.config.session.warning_seconds) * 1000);
    k.tick();
    CHECK(k.count("SELECT COUNT(*) FROM sessions WHERE end_reason = 'idle' AND ended_ms IS NOT NULL") == 1);
    // The last step she was shown, and left when the reset came, is step 2 (0-based).
    CHECK(k.count("SELECT step FROM events WHERE kind = 'step_left' ORDER BY seq DESC LIMIT 1") == 2);
    CHECK(k.count("SELECT COUNT(*) FROM lesson_runs WHERE completed = 0") == 1);
    CHECK(k.count("SELECT last_step FROM lesson_runs") == 2);
}

TEST_CASE("a fault ends the visit with reason error at the step she was on, and the kiosk goes on") {
    Fixture f;
    f.learner_mid_lesson();
    f.seconds(f.config.session.idle_seconds);
    f.tick();  // even with the warning showing
    f.last = f.flow.end_after_error();
    CHECK(f.flow.state().screen == Screen::Attract);
    CHECK_FALSE(f.flow.state().idle_warning_since_ms);
    CHECK_FALSE(f.flow.state().lesson);
    CHECK_FALSE(f.flow.state().learner);
    REQUIRE(f.record<rec::LessonLeft>());
    CHECK(f.record<rec::LessonLeft>()->reason == "error");
    CHECK(f.record<rec::LessonLeft>()->step == 2);
    REQUIRE(f.record<rec::SessionEnd>());
    CHECK(f.record<rec::SessionEnd>()->reason == EndReason::error);
    // The next visitor is served as usual.
    f.send(ev::Wake{});
    CHECK(f.flow.state().screen == Screen::Home);
    REQUIRE(f.record<rec::SessionStart>());
}

TEST_CASE("a fault on the attract screen records no visit") {
    Fixture f;
    CHECK(f.flow.end_after_error().empty());
    CHECK(f.flow.state().screen == Screen::Attract);
}

TEST_CASE("a stop signal ends the visit with reason shutdown at the step she was on") {
    Fixture f;
    f.learner_mid_lesson();
    f.seconds(f.config.session.idle_seconds);
    f.tick();  // even with the warning showing
    f.send(ev::Shutdown{});
    CHECK(f.flow.state().screen == Screen::Attract);
    CHECK_FALSE(f.flow.state().idle_warning_since_ms);
    CHECK_FALSE(f.flow.state().lesson);
    CHECK_FALSE(f.flow.state().learner);
    REQUIRE(f.record<rec::LessonLeft>());
    CHECK(f.record<rec::LessonLeft>()->reason == "shutdown");
    CHECK(f.record<rec::LessonLeft>()->step == 2);
    REQUIRE(f.record<rec::SessionEnd>());
    CHECK(f.record<rec::SessionEnd>()->reason == EndReason::shutdown);
}

TEST_CASE("a stop signal on the attract screen records no visit") {
    Fixture f;
    f.send(ev::Shutdown{});
    CHECK(f.last.empty());
    CHECK(f.flow.state().screen == Screen::Attract);
}

TEST_CASE("a stop signal in staff mode ends the visit staff mode was opened over") {
    Fixture f;
    f.send(ev::Wake{});
    f.send(ev::OpenEntry{"lesson:ba-buoc"});
    f.send(ev::StaffHold{});
    REQUIRE(f.flow.state().screen == Screen::Staff);
    f.send(ev::Shutdown{});
    CHECK(f.flow.state().screen == Screen::Attract);
    CHECK_FALSE(f.flow.state().lesson);
    REQUIRE(f.record<rec::SessionEnd>());
    CHECK(f.record<rec::SessionEnd>()->reason == EndReason::shutdown);
}

TEST_CASE("the shutdown end and her open lesson reach the store") {
    test::FlowWithStore k({three_step_lesson()});
    k.send(ev::Wake{});
    k.send(ev::OpenEntry{"lesson:ba-buoc"});
    k.send(ev::Next{});
    k.send(ev::Shutdown{});
    CHECK(k.count("SELECT COUNT(*) FROM sessions WHERE end_reason = 'shutdown' AND ended_ms IS NOT NULL") == 1);
    CHECK(k.store->recorder().status().rejected == 0);
    CHECK(k.count("SELECT COUNT(*) FROM lesson_runs WHERE ended_ms IS NOT NULL AND completed = 0") == 1);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'session_end'") == 1);
}
