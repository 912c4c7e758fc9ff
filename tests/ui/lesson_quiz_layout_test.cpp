// A quiz step drawn headless: after a wrong answer its explanation appears under all the
// answers, so no answer moves under her finger; the lesson's back is "Bước trước" and the
// first step has none.
#include <doctest/doctest.h>

#include <map>

#include "lessons/content.h"
#include "screen_stage.h"

using namespace tramso;
using namespace tramso::ui;
using tramso::ui::test::Stage;

namespace {

ContentSnapshot quiz_content() {
    Lesson l;
    l.id = "hoi";
    l.version = 1;
    l.title = {"Câu hỏi", "Question"};
    Step explain;
    explain.kind = StepKind::explain;
    explain.text = {"Bắt đầu.", "Start."};
    Step quiz;
    quiz.kind = StepKind::quiz;
    quiz.question = {"Ai gọi đòi chuyển tiền?", "Who phones asking for money?"};
    quiz.answers = {Answer{{"Công an thật", "Real police"}, false, {"Chưa đúng. Công an không gọi đòi tiền.", ""}},
                    Answer{{"Kẻ gian", "A scammer"}, true, {"Đúng rồi ạ.", ""}},
                    Answer{{"Ngân hàng", "The bank"}, false, {"Chưa đúng.", ""}}};
    Step finish;
    finish.kind = StepKind::finish;
    l.steps = {explain, quiz, finish};
    return make_snapshot({l});
}

std::map<std::string, Rect> answer_rects(const Stage& stage, const Step& quiz) {
    std::map<std::string, Rect> rects;
    for (const Answer& a : quiz.answers) {
        const auto* item = stage.registry.find_widget(a.text.vi, stage.w, stage.h);
        REQUIRE_MESSAGE(item, a.text.vi);
        rects[a.text.vi] = item->rect;
    }
    return rects;
}

}  // namespace

TEST_CASE("a wrong answer's explanation moves no answer, at both sizes") {
    const ContentSnapshot content = quiz_content();
    for (auto [width, height] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
        Stage stage(width, height);
        app::State s;
        s.screen = app::Screen::Lesson;
        s.lesson.emplace(lesson_ref(content, content->lessons[0]), 0);
        s.lesson->step = 1;
        const Step& quiz = s.lesson->current();
        stage.draw(s);
        const auto before = answer_rects(stage, quiz);
        s.lesson->here().chosen = 0;
        s.lesson->here().tried = {true, false, false};
        stage.draw(s);
        CHECK(stage.registry.drew("Công an không gọi đòi tiền"));
        const auto after = answer_rects(stage, quiz);
        for (const auto& [label, r] : before) {
            INFO(width, "x", height, ": ", label);
            CHECK(after.at(label).x == r.x);
            CHECK(after.at(label).y == r.y);
        }
        CHECK(stage.registry.find_widget("Bước trước", stage.w, stage.h));
        s.lesson->step = 0;
        stage.draw(s);
        CHECK_FALSE(stage.registry.find_widget("Bước trước", stage.w, stage.h));
    }
}
