// What the Listen button reads on a lesson step, and where speech stops.
#include <doctest/doctest.h>

#include "app/narration.h"
#include "common/source_dir.h"

using namespace tramso;
using namespace tramso::app;

namespace {

StringTable table() {
    auto t = StringTable::load(std::string(TRAMSO_SOURCE_DIR) + "/assets/strings");
    REQUIRE(t.ok());
    return std::move(*t);
}

Lesson lesson() {
    Lesson l;
    l.id = "otp";
    Step explain;
    explain.kind = StepKind::explain;
    explain.text = {"Mã OTP gồm 6 số", "An OTP has 6 digits"};
    Step narrated = explain;
    narrated.narration = {"Mã O T P là sáu con số ngân hàng gửi cho chị.", ""};
    Step practice;
    practice.kind = StepKind::practice;
    practice.text = {"Chạm vào tin nhắn.", ""};
    practice.hint = {"Tin nhắn ở trên cùng.", ""};
    practice.scene = Scene{};
    practice.target = "tin";
    Step quiz;
    quiz.kind = StepKind::quiz;
    quiz.question = {"Ai được hỏi mã OTP của chị?", "Who may ask for your OTP?"};
    quiz.answers = {Answer{{"Nhân viên ngân hàng", ""}, false, {"Chưa đúng. Ngân hàng không hỏi mã.", ""}},
                    Answer{{"Không ai cả", "Nobody"}, true, {"Đúng rồi.", "Right."}}};
    Step finish;
    finish.kind = StepKind::finish;
    finish.learned = {{"Không đưa mã OTP cho ai", ""}};
    l.steps = {explain, narrated, practice, quiz, finish};
    return l;
}

}  // namespace

TEST_CASE("a step is read as its text, or its narration when the author wrote one") {
    const Lesson l = lesson();
    const StringTable t = table();
    LessonRun run(std::make_shared<const Lesson>(l), 0);
    CHECK(lesson_step_speech(run, Lang::vi, t) == "Mã OTP gồm 6 số");
    CHECK(lesson_step_speech(run, Lang::en, t) == "An OTP has 6 digits");
    run.step = 1;
    CHECK(lesson_step_speech(run, Lang::vi, t) == "Mã O T P là sáu con số ngân hàng gửi cho chị.");
    // No English narration: the English screen reads its English text, never the Vietnamese narration.
    CHECK(lesson_step_speech(run, Lang::en, t) == "An OTP has 6 digits");
}

TEST_CASE("a quiz is read as its question and every answer, with a pause between each") {
    const Lesson l = lesson();
    const StringTable t = table();
    LessonRun run(std::make_shared<const Lesson>(l), 0);
    run.step = 3;
    CHECK(lesson_step_speech(run, Lang::vi, t) == "Ai được hỏi mã OTP của chị? Nhân viên ngân hàng. Không ai cả");
    // After a wrong answer, its feedback is read where it shows: under that answer.
    run.here().chosen = 0;
    CHECK(lesson_step_speech(run, Lang::vi, t) ==
          "Ai được hỏi mã OTP của chị? Nhân viên ngân hàng. Chưa đúng. Ngân hàng không hỏi mã. "
          "Chị hãy chọn câu khác. Không ai cả");
}

TEST_CASE("a practice step adds what the screen adds: the hint after a wrong tap, the praise when done") {
    const Lesson l = lesson();
    const StringTable t = table();
    LessonRun run(std::make_shared<const Lesson>(l), 0);
    run.step = 2;
    CHECK(lesson_step_speech(run, Lang::vi, t) == "Chạm vào tin nhắn.");
    run.here().wrong_taps = 1;
    CHECK(lesson_step_speech(run, Lang::vi, t) ==
          "Chạm vào tin nhắn. Chưa đúng chỗ. Chị thử lại nhé. Tin nhắn ở trên cùng.");
    run.here().done = true;
    CHECK(lesson_step_speech(run, Lang::vi, t) ==
          "Chạm vào tin nhắn. Đúng rồi! Chị làm rất tốt. Chị chạm nút Tiếp theo để đi tiếp.");
}

TEST_CASE("the finish step is read with its title and what she learned") {
    const Lesson l = lesson();
    const StringTable t = table();
    LessonRun run(std::make_shared<const Lesson>(l), 0);
    run.step = 4;
    CHECK(lesson_step_speech(run, Lang::vi, t) ==
          "Chị đã học xong bài này! Hôm nay chị đã biết: Không đưa mã OTP cho ai");
}

TEST_CASE("speech stops when the screen, the step or the language changes, not on a tap in place") {
    Config config;
    ManualClock clock;
    std::vector<Lesson> lessons{lesson()};
    Flow flow(config, clock, make_snapshot(lessons));
    flow.handle(ev::Wake{});
    const NarrationPlace home = narration_place(flow.state());
    CHECK(home.screen == Screen::Home);
    flow.handle(ev::Listen{"Xin chào chị!"});
    CHECK(narration_place(flow.state()) == home);

    flow.handle(ev::OpenEntry{"lesson:otp"});
    const NarrationPlace step1 = narration_place(flow.state());
    CHECK_FALSE(step1 == home);
    CHECK(step1.step == 0);
    flow.handle(ev::Next{});
    flow.handle(ev::Next{});
    const NarrationPlace practice = narration_place(flow.state());
    CHECK(practice.step == 2);
    flow.handle(ev::PhoneTap{"wrong"});
    CHECK(narration_place(flow.state()) == practice);  // a wrong tap: the reading goes on
    flow.handle(ev::AskLeaveLesson{});                 // the question covers the step: its reading stops
    CHECK_FALSE(narration_place(flow.state()) == practice);
    flow.handle(ev::AnswerLeaveLesson{false});
    CHECK(narration_place(flow.state()) == practice);
    flow.handle(ev::ToggleLanguage{});
    CHECK_FALSE(narration_place(flow.state()) == practice);
}

TEST_CASE("a step's recording is played on the Vietnamese screen; the English screen reads its text") {
    Step step;
    CHECK(step_recording(step, Lang::vi).empty());
    step.audio = "content/audio/otp.wav";
    CHECK(step_recording(step, Lang::vi) == "content/audio/otp.wav");
    CHECK(step_recording(step, Lang::en).empty());
}

TEST_CASE("Listen becomes a Speak effect in the screen's language, carrying the recording") {
    Config config;
    ManualClock clock;
    Flow flow(config, clock);
    flow.handle(ev::Wake{});
    flow.handle(ev::ToggleLanguage{});
    const auto effects = flow.handle(ev::Listen{"Hello", "content/audio/hello.wav"});
    const fx::Speak* speak = nullptr;
    for (const auto& e : effects)
        if (const auto* s = std::get_if<fx::Speak>(&e)) speak = s;
    REQUIRE(speak);
    CHECK(speak->text == "Hello");
    CHECK(speak->audio_file == "content/audio/hello.wav");
    CHECK(speak->lang == Lang::en);
    CHECK(std::holds_alternative<fx::StopSpeech>(flow.handle(ev::StopListening{}).at(0)));
}
