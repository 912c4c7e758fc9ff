// Every kind of record the flow emits reaches SQLite. The journeys below are a learner's real
// visits (a lesson with a wrong tap, a hint and a quiz, the finish code and slip, a walk-away
// answered, registration, a return that resumes a lesson); the test fails if a record type
// exists that no journey here emits, so a new kind comes with its proof of being stored.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "app/finish_codes.h"
#include "common/source_dir.h"
#include "core/string_table.h"
#include "flow_with_store.h"
#include "store/records.h"

using namespace tramso;
using namespace tramso::app;

namespace {

Lesson practice_lesson() {
    Lesson l;
    l.id = "goi-video";
    l.version = 4;
    l.followup = "goi-video-zalo";
    l.title = {"Gọi video", "Video calls"};
    l.summary = {"Cách gọi video.", "How to make a video call."};
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

struct Journeys : test::FlowWithStore {
    std::set<std::size_t> emitted;  // indexes into fx::Record
    std::set<std::string> kinds;

    Journeys()
        : FlowWithStore({practice_lesson()}, {}, [](Config& c) {
              c.registration.wards = {"Phường Khương Đình"};
              c.printer.output = "file";
          }) {
        flow = std::make_unique<Flow>(config, clock, make_snapshot(lessons),
                                      FlowInputs{make_finish_codes(config.followup, 11)});
        on_effects = [this](const std::vector<Effect>& effects) {
            for (const Effect& e : effects) {
                if (const auto* r = std::get_if<fx::Record>(&e)) {
                    emitted.insert(r->index());
                    kinds.insert(std::string(record_kind(*r)));
                }
                // The printer answers at once; the slip itself is the printer tests' business.
                if (const auto* slip = std::get_if<fx::PrintSlip>(&e))
                    pending_print = ev::PrintFinished{slip->request, slip->lesson_id, true, ""};
            }
        };
    }
    std::optional<ev::PrintFinished> pending_print;
    void answer_printer() {
        REQUIRE(pending_print);
        const ev::PrintFinished done = *pending_print;
        pending_print.reset();
        send(done);
    }
    void walk_away_and_come_back() {
        clock.advance(Millis(config.session.idle_seconds) * 1000);
        tick();
        send(ev::StillHere{});
    }
};

}  // namespace

TEST_CASE("every kind of record the flow emits is stored, with the facts it carries") {
    Journeys k;

    // A lesson, in full: language both ways, Listen, a wrong tap until the hint, the right
    // tap, a wrong then right answer, the finish with its code and slip, goodbye without
    // keeping it.
    k.send(ev::Wake{});
    k.send(ev::ToggleLanguage{});
    k.send(ev::ToggleLanguage{});
    k.send(ev::Listen{"Xin chào chị!"});
    k.send(ev::OpenEntry{"lesson:goi-video"});
    k.send(ev::Listen{"Bước một"});
    k.send(ev::Next{});
    k.send(ev::PhoneTap{"camera"});
    k.send(ev::PhoneTap{"camera"});
    k.send(ev::PhoneTap{"zalo"});
    k.send(ev::AskHelp{});
    k.clock.advance(15'000);
    k.send(ev::HelpBack{});
    k.walk_away_and_come_back();
    k.send(ev::Next{});
    k.send(ev::QuizAnswer{0});
    k.send(ev::QuizAnswer{1});
    k.send(ev::Next{});
    k.send(ev::Next{});
    REQUIRE(k.state().screen == Screen::Finish);
    k.send(ev::PrintSlip{});
    k.answer_printer();
    k.send(ev::Goodbye{});
    k.send(ev::AnswerEndVisit{false});  // not kept: she has not registered

    // Registration, then a lesson left half-way by Home, then walking away for good.
    const std::string code = k.register_learner("Mai", "1950", "");  // no phone
    k.send(ev::Next{});
    k.send(ev::OpenEntry{"lesson:goi-video"});
    k.send(ev::Next{});
    k.send(ev::AskLeaveLesson{});
    k.send(ev::AnswerLeaveLesson{true});
    k.send(ev::OpenEntry{"lesson:goi-video"});
    k.send(ev::Next{});
    k.clock.advance(Millis(k.config.session.idle_seconds) * 1000);
    k.tick();
    k.clock.advance(Millis(k.config.session.warning_seconds) * 1000);
    k.tick();
    REQUIRE(k.state().screen == Screen::Attract);

    // She comes back with her code (her visit is on disk by then) and picks up where she
    // walked away.
    k.come_back_with_code(code);
    REQUIRE(k.state().returning->resume);
    k.send(ev::ResumeLesson{});
    REQUIRE(k.state().screen == Screen::Lesson);
    k.send(ev::Goodbye{});

    CHECK(k.emitted.size() == std::variant_size_v<fx::Record>);
    for (const std::string& kind : k.kinds) {
        INFO("record kind " << kind);
        CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = '" + kind + "'") > 0);
    }

    // The facts each kind carries, as staff mode and the reports read them.
    CHECK(k.count("SELECT COUNT(*) FROM sessions WHERE ended_ms IS NOT NULL") == 3);
    CHECK(k.count("SELECT COUNT(*) FROM sessions WHERE end_reason = 'idle'") == 1);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'language_switched' AND target = 'en'") == 1);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'listen_pressed' AND target = 'home' AND step IS NULL") ==
          1);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'listen_pressed' AND step = 0 AND run_id IS NOT NULL") ==
          1);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'practice_tap' AND target = 'camera' AND ok = 0") == 2);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'hint_shown' AND target = 'zalo' AND step = 1") == 1);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'idle_warning' AND target = 'lesson' AND step = 1") == 2);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'idle_continue' AND duration_ms >= 0") == 1);
    CHECK(
        k.count("SELECT COUNT(*) FROM events WHERE kind = 'step_shown' AND json_extract(payload, '$.kind') = 'quiz'") >=
        1);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'qr_shown' AND target = 'goi-video' "
                  "AND length(json_extract(payload, '$.ref')) = 6") == 1);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'qr_printed' AND ok = 1") == 1);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'lesson_left' AND target = 'home' AND step = 1") == 1);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'lesson_left' AND target = 'idle' AND step = 1") == 1);
    CHECK(
        k.count(
            "SELECT COUNT(*) FROM events WHERE kind = 'lesson_start' AND json_extract(payload, '$.resumed_at') = 1") ==
        1);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'consent_given'") == 1);
    CHECK(k.count("SELECT COUNT(*) FROM events WHERE kind = 'help_requested' AND target = 'lesson' AND step = 1 "
                  "AND run_id IS NOT NULL AND json_extract(payload, '$.lesson') = 'goi-video'") == 1);
    CHECK(
        k.count("SELECT COUNT(*) FROM events WHERE kind = 'help_closed' AND target = 'back' AND duration_ms = 15000") ==
        1);
    CHECK(k.count("SELECT COUNT(*) FROM sessions WHERE learner_id IS NOT NULL") == 2);
}

TEST_CASE("staff mode's timeline has words for every kind of event and every word it stores, in both languages") {
    auto strings = StringTable::load(std::string(TRAMSO_SOURCE_DIR) + "/assets/strings");
    REQUIRE(strings.ok());
    std::vector<std::string> keys;
    for (int i = 0; i < store::kEventKindCount; ++i)
        keys.push_back("staff.event." + std::string(store::to_string(store::EventKind(i))));
    // What the events' targets hold: why a visit or a lesson ended, which screen showed.
    for (EndReason r : kEndReasons) keys.push_back("staff.reason." + std::string(to_string(r)));
    for (const char* left : {"home", "back"}) keys.push_back(std::string("staff.left.") + left);
    for (Screen screen : {Screen::Attract, Screen::Home, Screen::Lesson, Screen::Finish, Screen::Register,
                          Screen::Returning, Screen::Staff})
        keys.push_back(std::string("staff.screen.") + screen_name(screen));
    for (const std::string& key : keys) {
        INFO(key);
        for (Lang lang : {Lang::vi, Lang::en}) CHECK(strings->get(lang, key) != "[" + key + "]");
    }
}
