// good-lesson.toml uses every step kind and every scene element type; loading it must give
// the model the UI draws from, field by field.
#include <doctest/doctest.h>

#include "fixtures.h"
#include "lessons/lesson_loader.h"

using namespace tramso;

namespace {

Lesson load_good() {
    LessonFile result = load_lesson_file(test::fixture("good-lesson.toml"), test::fixture_root());
    std::string errors;
    for (const Diagnostic& d : result.errors) errors += d.to_string() + "\n";
    INFO(errors);
    REQUIRE(result.ok());
    REQUIRE(result.lesson.has_value());
    return std::move(*result.lesson);
}

}  // namespace

TEST_CASE("a good lesson loads its card: id, order, category, title in both languages") {
    const Lesson l = load_good();
    CHECK(l.id == "bai-mau");
    CHECK(l.version == 3);
    CHECK(l.order == 2);
    CHECK(l.category == Category::safety);
    CHECK(l.minutes == 12);
    CHECK(l.pictogram == "shield");
    CHECK(l.followup == "bao-mat/otp");
    CHECK(l.title.get(Lang::vi) == "Giữ an toàn mã OTP");
    CHECK(l.title.get(Lang::en) == "Keep your OTP safe");
    CHECK(l.summary.get(Lang::en) == "Không đưa mã OTP cho ai.");  // no en: falls back to vi
    CHECK(l.source_file == test::fixture("good-lesson.toml"));
    CHECK(l.id_pos.line == 3);
    REQUIRE(l.steps.size() == 7);
    CHECK(l.steps.back().kind == StepKind::finish);
}

TEST_CASE("explain steps carry text, narration, picture and recording") {
    const Lesson l = load_good();
    const Step& s = l.steps[0];
    CHECK(s.kind == StepKind::explain);
    CHECK(s.text.get(Lang::en) == "An OTP is a one-time password.");
    CHECK(s.spoken().vi == "Mã OTP là mật khẩu chỉ dùng một lần.");
    CHECK(s.image == test::fixture_root() / "images/touch.png");
    CHECK(s.audio == test::fixture_root() / "audio/hello.wav");
    CHECK_FALSE(s.scene.has_value());

    const Step& with_phone = l.steps[1];
    REQUIRE(with_phone.scene.has_value());
    CHECK(with_phone.spoken().vi == "Đây là một tin nhắn lừa đảo.");  // no narration: the text
    CHECK(with_phone.scene->title.get(Lang::en) == "Messages");
    CHECK(with_phone.scene->back);
    REQUIRE(with_phone.scene->elements.size() == 3);
    const SceneElement& banner = with_phone.scene->elements[0];
    CHECK(banner.type == ElementType::banner);
    CHECK(banner.app.get(Lang::en) == "Ngân hàng");  // plain scene string: both languages
    const SceneElement& msg = with_phone.scene->elements[1];
    CHECK(msg.type == ElementType::message);
    CHECK(msg.from == MessageFrom::them);
    CHECK(msg.text.get(Lang::en) == "Tap the link to unlock");
    CHECK(msg.link.vi == "http://vcb-mo-khoa.top");
    CHECK(msg.time.vi == "09:41");
    CHECK(tappable_parts(msg) == std::vector<std::string>{"link"});
    CHECK(with_phone.scene->elements[2].from == MessageFrom::me);
    CHECK(tappable_parts(with_phone.scene->elements[2]).empty());  // no link, nothing to tap
}

TEST_CASE("practice steps carry their scene, target, hint and success message") {
    const Lesson l = load_good();
    const Step& s = l.steps[2];
    CHECK(s.kind == StepKind::practice);
    CHECK(s.target == "zalo");
    CHECK(s.hint.vi == "Zalo có chữ Zalo màu xanh.");
    CHECK(s.success.get(Lang::en) == "Well done!");
    REQUIRE(s.scene.has_value());
    CHECK(s.scene->title.empty());
    CHECK_FALSE(s.scene->back);
    REQUIRE(s.scene->elements.size() == 4);
    const SceneElement& zalo = s.scene->elements[0];
    CHECK(zalo.type == ElementType::app);
    CHECK(zalo.label.vi == "Zalo");
    CHECK(zalo.icon == "chat");
    CHECK(zalo.color == 0x0068FFu);
    CHECK_FALSE(s.scene->elements[1].color.has_value());
    CHECK(s.scene->elements[1].label.get(Lang::en) == "Camera");
    CHECK(s.scene->elements[2].type == ElementType::search);
    const SceneElement& tabs = s.scene->elements[3];
    CHECK(tabs.type == ElementType::tabs);
    REQUIRE(tabs.items.size() == 2);
    CHECK(tabs.items[1].id == "me");
    CHECK(tabs.items[1].label.get(Lang::en) == "Me");
    CHECK(tabs.items[1].icon == "user");
    CHECK(tappable_parts(tabs) == std::vector<std::string>{"home", "me"});
    CHECK(scene_has_target(*s.scene, "tabs.me"));
    CHECK(scene_has_target(*s.scene, "zalo"));
    CHECK_FALSE(scene_has_target(*s.scene, "back"));
    CHECK_FALSE(scene_has_target(*s.scene, "zalo.link"));
}

TEST_CASE("call, chat, image, keypad, field, button, transfer and qr elements load their fields") {
    const Lesson l = load_good();
    const Scene& call_scene = *l.steps[3].scene;
    CHECK(l.steps[3].target == "goi.accept");
    const SceneElement& call = call_scene.elements[0];
    CHECK(call.type == ElementType::call);
    CHECK(call.name.vi == "Con gái");
    CHECK(call.subtitle.vi == "Cuộc gọi video Zalo");
    CHECK(call.video);
    const SceneElement& chat = call_scene.elements[1];
    CHECK(chat.type == ElementType::chat);
    CHECK(chat.unread == 2);
    CHECK(chat.time.vi == "08:00");
    CHECK(call_scene.elements[2].file == test::fixture_root() / "images/touch.png");
    CHECK(call_scene.elements[2].label.vi == "Ảnh chụp");
    CHECK(call_scene.elements[3].file.empty());
    CHECK(call_scene.elements[3].icon == "photo");
    CHECK(call_scene.elements[4].type == ElementType::text);

    const Scene& pay = *l.steps[4].scene;
    CHECK(l.steps[4].target == "so.5");
    CHECK(pay.back);
    CHECK(scene_has_target(pay, "back"));
    CHECK(pay.elements[0].value.vi == "100.000");
    CHECK(pay.elements[1].type == ElementType::keypad);
    CHECK(tappable_parts(pay.elements[1]).size() == 12);
    CHECK(pay.elements[2].style == ButtonStyle::danger);
    const SceneElement& transfer = pay.elements[3];
    CHECK(transfer.bank.vi == "Vietcombank");
    CHECK(transfer.account.vi == "0123456789");
    CHECK(transfer.name.vi == "NGUYEN VAN A");
    CHECK(transfer.amount.vi == "100.000 đ");
    CHECK(transfer.note.vi == "Tiền chợ");
    CHECK(scene_has_target(pay, "ck.confirm"));
    CHECK(pay.elements[4].type == ElementType::qr);
    CHECK(pay.elements[4].value.vi == "https://tramso.vn");
}

TEST_CASE("quiz and finish steps carry answers with feedback and learned lines") {
    const Lesson l = load_good();
    const Step& quiz = l.steps[5];
    CHECK(quiz.kind == StepKind::quiz);
    CHECK(quiz.question.get(Lang::en) == "Who may ask for your OTP?");
    CHECK(quiz.spoken().vi == "Ai có thể hỏi mã OTP của chị?");
    REQUIRE(quiz.answers.size() == 3);
    CHECK(quiz.answers[0].correct);
    CHECK(quiz.answers[0].feedback.get(Lang::en) == "Right. Only you know your OTP.");
    CHECK_FALSE(quiz.answers[1].correct);
    CHECK(quiz.answers[1].feedback.get(Lang::en) == "Chưa đúng. Ngân hàng không bao giờ hỏi mã OTP.");
    CHECK_FALSE(quiz.answers[2].correct);

    const Step& finish = l.steps[6];
    CHECK(finish.text.vi == "Chị đã học xong!");
    REQUIRE(finish.learned.size() == 2);
    CHECK(finish.learned[0].get(Lang::en) == "Never give your OTP to anyone.");
    CHECK(finish.learned[1].get(Lang::en) == "Ngân hàng không hỏi mã OTP.");
}

TEST_CASE("localised text falls back to Vietnamese when English is missing") {
    LocalText t{"Xin chào", ""};
    CHECK(t.get(Lang::en) == "Xin chào");
    t.en = "Hello";
    CHECK(t.get(Lang::en) == "Hello");
    CHECK(t.get(Lang::vi) == "Xin chào");
}
