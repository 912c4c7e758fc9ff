// What a visit's progress changes: the lessons she finished carry a tick, "Học ngay" opens
// the first one she has not finished, ending a visit with progress asks once whether to keep
// it, and nothing of hers is left for the next visitor.
#include <doctest/doctest.h>

#include "app/flow.h"
#include "app/home_entries.h"
#include "find_record.h"

using namespace tramso;
using namespace tramso::app;

namespace {

Lesson short_lesson(std::string id, LocalText title) {
    Lesson l;
    l.id = std::move(id);
    l.version = 1;
    l.title = std::move(title);
    Step explain;
    explain.kind = StepKind::explain;
    Step finish;
    finish.kind = StepKind::finish;
    l.steps = {explain, finish};
    return l;
}

struct Fixture {
    Config config;
    ManualClock clock;
    std::vector<Lesson> lessons{short_lesson("mot", {"Bài một", "One"}), short_lesson("hai", {"Bài hai", "Two"})};
    Flow flow{config, clock, make_snapshot(lessons)};

    void send(Event e) { flow.handle(e); }
    const State& state() const { return flow.state(); }
    // On home after finishing a lesson, she says goodbye: the question shows.
    void finish_a_lesson_and_say_goodbye() {
        send(ev::Wake{});
        send(ev::OpenEntry{"lesson:mot"});
        finish_open_lesson();
        send(ev::Goodbye{});
        REQUIRE(state().end_question);
    }
    void finish_open_lesson() {
        send(ev::Next{});
        send(ev::Next{});
        REQUIRE(state().screen == Screen::Finish);
        send(ev::FinishHome{});
        REQUIRE(state().screen == Screen::Home);
    }
};

}  // namespace

TEST_CASE("Học ngay opens the first lesson she has not finished, and the finished one is ticked") {
    Fixture f;
    f.send(ev::Wake{});
    REQUIRE(learn_now_entry(f.state()));
    CHECK(learn_now_entry(f.state())->id == "lesson:mot");
    f.send(ev::OpenEntry{"learn_now"});
    REQUIRE(f.state().lesson);
    CHECK(f.state().lesson->lesson->id == "mot");
    f.finish_open_lesson();

    CHECK(entry_finished(f.state(), f.state().home_entries[0]));
    CHECK_FALSE(entry_finished(f.state(), f.state().home_entries[1]));
    CHECK(learn_now_entry(f.state())->id == "lesson:hai");
    f.send(ev::OpenEntry{"learn_now"});
    REQUIRE(f.state().lesson);
    CHECK(f.state().lesson->lesson->id == "hai");
    f.finish_open_lesson();

    // All finished: Học ngay starts again from the first.
    CHECK(learn_now_entry(f.state())->id == "lesson:mot");
}

TEST_CASE("a lesson left half-way gets no tick") {
    Fixture f;
    f.send(ev::Wake{});
    f.send(ev::OpenEntry{"lesson:mot"});
    f.send(ev::AskLeaveLesson{});
    f.send(ev::AnswerLeaveLesson{true});
    REQUIRE(f.state().screen == Screen::Home);
    CHECK(f.state().lessons_finished.empty());
    CHECK(learn_now_entry(f.state())->id == "lesson:mot");
}

TEST_CASE("the ticks and the page she turned to end with her visit") {
    Fixture f;
    f.send(ev::Wake{});
    f.send(ev::HomePage{1});
    CHECK(f.state().home_page == 1);
    f.send(ev::HomePage{-3});
    CHECK(f.state().home_page == 0);
    f.send(ev::HomePage{1});
    f.send(ev::OpenEntry{"lesson:mot"});
    f.finish_open_lesson();
    REQUIRE_FALSE(f.state().lessons_finished.empty());
    f.send(ev::Goodbye{});
    f.send(ev::AnswerEndVisit{false});
    CHECK(f.state().screen == Screen::Attract);
    CHECK(f.state().lessons_finished.empty());
    CHECK(f.state().home_page == 0);
    f.send(ev::Wake{});
    CHECK_FALSE(entry_finished(f.state(), f.state().home_entries[0]));
}

TEST_CASE("no lessons: Học ngay has nothing to open") {
    Config config;
    ManualClock clock;
    Flow flow{config, clock, make_snapshot({})};
    flow.handle(ev::Wake{});
    CHECK_FALSE(learn_now_entry(flow.state()));
    flow.handle(ev::OpenEntry{"learn_now"});
    CHECK(flow.state().screen == Screen::Home);
}

TEST_CASE("ending a visit with progress asks once whether to keep it; keeping it opens registration") {
    Fixture f;
    f.finish_a_lesson_and_say_goodbye();
    CHECK(f.state().screen == Screen::Home);
    // Under the question nothing else is pressed: not a lesson card, not Goodbye again.
    f.send(ev::OpenEntry{"lesson:hai"});
    f.send(ev::Goodbye{});
    CHECK(f.state().screen == Screen::Home);
    CHECK_FALSE(f.state().lesson);
    CHECK(f.state().end_question);
    f.send(ev::AnswerEndVisit{true});
    CHECK_FALSE(f.state().end_question);
    CHECK(f.state().screen == Screen::Register);
    // She changes her mind and leaves registration: the next goodbye is not asked again.
    f.send(ev::LeaveRegistration{});
    REQUIRE(f.state().screen == Screen::Home);
    const auto effects = f.flow.handle(ev::Goodbye{});
    CHECK(f.state().screen == Screen::Attract);
    REQUIRE(test::find_record<rec::SessionEnd>(effects));
    CHECK(test::find_record<rec::SessionEnd>(effects)->reason == EndReason::completed);
}

TEST_CASE("ending a visit without progress, or after registering, is not asked") {
    SUBCASE("nothing learned") {
        Fixture f;
        f.send(ev::Wake{});
        f.send(ev::OpenEntry{"lesson:mot"});  // opened, no step passed
        f.send(ev::AskLeaveLesson{});
        f.send(ev::AnswerLeaveLesson{true});
        f.send(ev::Goodbye{});
        CHECK_FALSE(f.state().end_question);
        CHECK(f.state().screen == Screen::Attract);
    }
    SUBCASE("the question's other answer ends the visit at once") {
        Fixture f;
        f.send(ev::Wake{});
        f.send(ev::OpenEntry{"lesson:mot"});
        f.send(ev::Next{});  // one step passed is progress too
        f.send(ev::AskLeaveLesson{});
        f.send(ev::AnswerLeaveLesson{true});
        f.send(ev::Goodbye{});
        REQUIRE(f.state().end_question);
        f.send(ev::AnswerEndVisit{false});
        CHECK(f.state().screen == Screen::Attract);
        CHECK_FALSE(f.state().end_question);
        // The next visitor is asked afresh.
        f.send(ev::Wake{});
        f.send(ev::OpenEntry{"lesson:mot"});
        f.finish_open_lesson();
        f.send(ev::Goodbye{});
        CHECK(f.state().end_question);
    }
}

TEST_CASE("the idle end does not wait for the question") {
    Fixture f;
    f.finish_a_lesson_and_say_goodbye();
    f.clock.advance(Millis(f.config.session.idle_seconds + f.config.session.warning_seconds + 1) * 1000);
    f.flow.tick();
    f.clock.advance(Millis(f.config.session.warning_seconds + 1) * 1000);
    f.flow.tick();
    CHECK(f.state().screen == Screen::Attract);
    CHECK_FALSE(f.state().end_question);
}
