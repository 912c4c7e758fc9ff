#include <doctest/doctest.h>

#include "app/finish_codes.h"
#include "app/flow.h"
#include "common/scratch_dir.h"
#include "common/source_dir.h"
#include "find_record.h"
#include "lessons/content.h"

using namespace tramso;
using namespace tramso::app;

namespace {

Lesson sample_lesson() {
    Lesson l;
    l.id = "sample";
    l.version = 3;
    l.title = {"Bài mẫu", "Sample"};
    Step explain;
    explain.kind = StepKind::explain;
    Step practice;
    practice.kind = StepKind::practice;
    practice.target = "zalo";
    practice.scene = Scene{};
    Step quiz;
    quiz.kind = StepKind::quiz;
    quiz.answers = {Answer{{"Sai", ""}, false, {"Vì…", ""}}, Answer{{"Đúng", ""}, true, {"Đúng vì…", ""}}};
    Step finish;
    finish.kind = StepKind::finish;
    l.steps = {explain, practice, quiz, finish};
    return l;
}

struct Fixture {
    Config config;
    ManualClock clock;
    std::vector<Lesson> lessons{sample_lesson()};
    Flow flow{config, clock, make_snapshot(lessons)};
    std::vector<Effect> last;

    void send(Event e) { last = flow.handle(e); }
    const LessonRun& run() { return *flow.state().lesson; }
    template <class R>
    const R* record() const {
        return test::find_record<R>(last);
    }
    void open() {
        send(ev::Wake{});
        send(ev::OpenEntry{"lesson:sample"});
    }
};

}  // namespace

TEST_CASE("home lists each lesson with its title, minutes and category heading") {
    Fixture f;
    REQUIRE(f.flow.state().home_entries.size() == 1);
    const auto& e = f.flow.state().home_entries[0];
    CHECK(e.id == "lesson:sample");
    CHECK(e.title.vi == "Bài mẫu");
    CHECK(e.group_key == "home.group.basics");
}

TEST_CASE("opening a lesson shows its first step and records the start") {
    Fixture f;
    f.open();
    CHECK(f.flow.state().screen == Screen::Lesson);
    CHECK(f.run().step == 0);
    CHECK(f.record<rec::LessonStart>());
    REQUIRE(f.record<rec::StepShown>());
    CHECK(f.record<rec::StepShown>()->kind == StepKind::explain);
}

TEST_CASE("a wrong practice tap is gentle; after two the target is highlighted") {
    Fixture f;
    f.open();
    f.send(ev::Next{});
    CHECK(f.run().current().kind == StepKind::practice);
    CHECK_FALSE(f.run().task_done());
    f.send(ev::PhoneTap{"camera"});
    REQUIRE(f.record<rec::PracticeTap>());
    CHECK_FALSE(f.record<rec::PracticeTap>()->correct);
    CHECK(f.run().here().last_wrong == "camera");
    CHECK_FALSE(f.run().highlight_target());
    f.send(ev::PhoneTap{""});
    CHECK(f.run().highlight_target());
    REQUIRE(f.record<rec::HintShown>());
    CHECK(f.record<rec::HintShown>()->target == "zalo");
    f.send(ev::PhoneTap{"zalo"});
    CHECK(f.run().task_done());
    CHECK_FALSE(f.run().highlight_target());
    REQUIRE(f.record<rec::PracticeTap>());
    CHECK(f.record<rec::PracticeTap>()->correct);
}

TEST_CASE("a wrong quiz answer explains and lets her try again; Back keeps her answer") {
    Fixture f;
    f.open();
    f.send(ev::Next{});
    f.send(ev::PhoneTap{"zalo"});
    f.send(ev::Next{});
    CHECK(f.run().current().kind == StepKind::quiz);
    f.send(ev::QuizAnswer{0});
    REQUIRE(f.record<rec::QuizAnswer>());
    CHECK_FALSE(f.record<rec::QuizAnswer>()->correct);
    CHECK_FALSE(f.run().task_done());
    f.send(ev::QuizAnswer{1});
    CHECK(f.run().task_done());
    f.send(ev::Back{});
    f.send(ev::Next{});
    CHECK(f.run().here().chosen == 1);
    CHECK(f.run().task_done());
}

TEST_CASE("finishing the last step records the lesson as finished and shows the finish screen") {
    Fixture f;
    f.open();
    for (int i = 0; i < 3; ++i) f.send(ev::Next{});
    CHECK(f.run().current().kind == StepKind::finish);
    f.send(ev::Next{});
    CHECK(f.record<rec::LessonFinished>());
    CHECK(f.flow.state().screen == Screen::Finish);
    CHECK_FALSE(f.flow.state().lesson.has_value());
    REQUIRE(f.flow.state().finish.has_value());
    CHECK(f.flow.state().finish->lesson->id == "sample");
}

TEST_CASE("the home button asks first; staying keeps the step") {
    Fixture f;
    f.open();
    f.send(ev::Next{});
    f.send(ev::AskLeaveLesson{});
    CHECK(f.run().confirm_leave);
    f.send(ev::Next{});  // ignored while the question shows
    CHECK(f.run().step == 1);
    f.send(ev::AnswerLeaveLesson{false});
    CHECK(f.flow.state().screen == Screen::Lesson);
    CHECK(f.run().step == 1);
    f.send(ev::AskLeaveLesson{});
    f.send(ev::AnswerLeaveLesson{true});
    CHECK(f.flow.state().screen == Screen::Home);
    REQUIRE(f.record<rec::LessonLeft>());
    CHECK(f.record<rec::LessonLeft>()->reason == "home");
}

TEST_CASE("time spent on a step is recorded when she leaves it") {
    Fixture f;
    f.open();
    f.clock.advance(42'000);
    f.send(ev::Next{});
    REQUIRE(f.record<rec::StepLeft>());
    CHECK(f.record<rec::StepLeft>()->spent_ms == 42000);
}

TEST_CASE("walking away mid-lesson ends it with reason idle at the step she was on") {
    Fixture f;
    f.open();
    f.send(ev::Next{});
    f.clock.advance(f.config.session.idle_seconds * 1000);
    f.flow.tick();  // "Chị vẫn đang học chứ?" first
    f.clock.advance(f.config.session.warning_seconds * 1000);
    f.last = f.flow.tick();
    CHECK(f.flow.state().screen == Screen::Attract);
    const auto* left = f.record<rec::LessonLeft>();
    REQUIRE(left);
    CHECK(left->step == 1);
    CHECK(left->reason == "idle");
}

TEST_CASE("every bundled lesson can be stepped through to its finish") {
    Content content = load_content(std::string(TRAMSO_SOURCE_DIR) + "/content");
    REQUIRE(content.lessons.size() == 12);
    Config config;
    ManualClock clock;
    Flow flow(config, clock, make_snapshot(content.lessons), FlowInputs{make_finish_codes(config.followup)});
    flow.handle(ev::Wake{});
    for (const Lesson& l : content.lessons) {
        INFO(l.id);
        flow.handle(ev::OpenEntry{"lesson:" + l.id});
        REQUIRE(flow.state().screen == Screen::Lesson);
        size_t guard = 0;
        while (flow.state().lesson && guard++ < 100) {
            const Step& s = flow.state().lesson->current();
            if (s.kind == StepKind::practice) flow.handle(ev::PhoneTap{s.target});
            if (s.kind == StepKind::quiz)
                for (size_t i = 0; i < s.answers.size(); ++i)
                    if (s.answers[i].correct) flow.handle(ev::QuizAnswer{int(i)});
            CHECK(flow.state().lesson->task_done());
            flow.handle(ev::Next{});
        }
        REQUIRE(flow.state().screen == Screen::Finish);
        CHECK(flow.state().finish->qr.has_value());
        flow.handle(ev::FinishHome{});
        CHECK(flow.state().screen == Screen::Home);
    }
}

#include <filesystem>

#include "app/session_log.h"
#include "store/store.h"

TEST_CASE("a learner's visit is recorded durably: session, lesson run, taps, answers and the idle end") {
    tramso::test::ScratchDir dir;
    REQUIRE(dir.ok());
    Fixture f;
    store::StoreOptions so;
    so.db_path = dir.file("t.db");
    so.log = [](std::string_view) {};
    auto st = store::Store::open(so, f.clock);
    REQUIRE(st.ok());
    SessionLog log((*st)->recorder());
    auto send = [&](Event e) { log.apply(f.flow.handle(e)); };
    send(ev::Wake{});
    send(ev::OpenEntry{"lesson:sample"});
    send(ev::Next{});
    send(ev::PhoneTap{"camera"});
    send(ev::PhoneTap{"zalo"});
    send(ev::Next{});
    send(ev::QuizAnswer{0});
    f.clock.advance(f.config.session.idle_seconds * 1000);
    log.apply(f.flow.tick());  // the idle warning, then the reset
    f.clock.advance(f.config.session.warning_seconds * 1000);
    const store::Seq last = log.apply(f.flow.tick());
    REQUIRE(last > 0);
    REQUIRE((*st)->recorder().wait_durable(last, std::chrono::seconds(5)));
    CHECK_FALSE(log.in_session());

    auto count = [&](const char* sql) {
        auto n = (*st)->query([&](store::Db& db) { return db.query_int(sql); });
        return n.ok() ? *n : -1;
    };
    CHECK(count("SELECT COUNT(*) FROM sessions WHERE end_reason = 'idle'") == 1);
    CHECK(count("SELECT COUNT(*) FROM lesson_runs WHERE lesson_id = 'sample' AND completed = 0") == 1);
    CHECK(count("SELECT COUNT(*) FROM events WHERE kind = 'practice_tap'") == 2);
    CHECK(count("SELECT COUNT(*) FROM events WHERE kind = 'quiz_answer'") == 1);
    st->reset();
}
