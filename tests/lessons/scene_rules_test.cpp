// Scene rules a writer meets while building practice steps, on a small lesson in memory whose
// practice step's scene and target each test replaces.
#include <doctest/doctest.h>

#include "fixtures.h"
#include "lessons/lesson_loader.h"

using namespace tramso;

namespace {

const std::string kEnded =
    "[steps.result]\n[[steps.result.elements]]\nid = \"het\"\ntype = \"text\"\ntext = \"Xong\"\n";

// One practice step with the given scene body, target and result table, then a finish.
LessonFile practice(const std::string& scene, const std::string& target, const std::string& result = kEnded) {
    const std::string text = R"(id = "thu"
version = 1
order = 1
category = "basics"
minutes = 5
pictogram = "phone"
title = { vi = "Thử" }
summary = { vi = "Thử" }
[[steps]]
kind = "practice"
text = { vi = "Chạm." }
target = ")" + target + R"("
[steps.scene]
)" + scene + result + R"(
[[steps]]
kind = "finish"
learned = [{ vi = "Xong." }]
)";
    return parse_lesson(text, "thu.toml", test::fixture_root());
}

std::string all_errors(const LessonFile& f) {
    std::string out;
    for (const Diagnostic& d : f.errors) out += d.to_string() + "\n";
    return out;
}

const std::string kCall = "[[steps.scene.elements]]\nid = \"goi\"\ntype = \"call\"\nname = \"Con\"\n";
const std::string kMessage =
    "[[steps.scene.elements]]\nid = \"tin\"\ntype = \"message\"\nfrom = \"them\"\ntext = "
    "\"Chào\"\n";

}  // namespace

TEST_CASE("targets may name an element, one of its parts, or the back arrow") {
    CHECK(practice(kCall, "goi").ok());
    CHECK(practice(kCall, "goi.accept").ok());
    CHECK(practice(kCall, "goi.decline").ok());
    CHECK(practice("back = true\n" + kCall, "back").ok());
    CHECK(practice(kMessage + "link = \"http://lua-dao.top\"\n", "tin.link").ok());
}

TEST_CASE("a wrong part suggests the element's real parts") {
    const LessonFile f = practice(kCall, "goi.acept");
    REQUIRE(f.errors.size() == 1);
    CHECK(f.errors[0].line == 12);
    CHECK(all_errors(f).find("element \"goi\" (call) has no part \"acept\"") != std::string::npos);
    CHECK(all_errors(f).find("did you mean \"goi.accept\"?") != std::string::npos);
}

TEST_CASE("a message link target needs a link; back needs back = true") {
    const LessonFile no_link = practice(kMessage, "tin.link");
    REQUIRE(no_link.errors.size() == 1);
    CHECK(all_errors(no_link).find("message \"tin\" has no link") != std::string::npos);

    const LessonFile no_back = practice(kCall, "back");
    REQUIRE(no_back.errors.size() == 1);
    CHECK(all_errors(no_back).find("add back = true") != std::string::npos);
}

TEST_CASE("a practice step without a scene says so once") {
    std::string text = R"(id = "thu"
version = 1
order = 1
category = "basics"
minutes = 5
pictogram = "phone"
title = { vi = "Thử" }
summary = { vi = "Thử" }
[[steps]]
kind = "practice"
text = { vi = "Chạm." }
target = "x"
[[steps]]
kind = "finish"
learned = [{ vi = "Xong." }]
)";
    const LessonFile f = parse_lesson(text, "thu.toml", test::fixture_root());
    REQUIRE(f.errors.size() == 1);
    CHECK(f.errors[0].line == 9);
    CHECK(f.errors[0].problem.find("has no phone screen to practise on") != std::string::npos);
}

TEST_CASE("element rules: the back id is reserved, images need one picture, fields fit types") {
    const LessonFile reserved = practice(
        "back = true\n[[steps.scene.elements]]\nid = \"back\"\ntype = \"text\"\n"
        "text = \"x\"\n" +
            kCall,
        "goi");
    REQUIRE(reserved.errors.size() == 1);
    CHECK(all_errors(reserved).find("taken by the back arrow") != std::string::npos);

    const LessonFile both = practice(kCall +
                                         "[[steps.scene.elements]]\nid = \"anh\"\n"
                                         "type = \"image\"\nicon = \"photo\"\n"
                                         "file = \"images/touch.png\"\n",
                                     "goi");
    REQUIRE(both.errors.size() == 1);
    CHECK(all_errors(both).find("has both `file` and `icon`") != std::string::npos);

    const LessonFile misplaced = practice(kCall + "unread = 2\n", "goi");
    REQUIRE(misplaced.errors.size() == 1);
    CHECK(all_errors(misplaced).find("`unread` is a field of chat elements") != std::string::npos);

    const LessonFile missing = practice("[[steps.scene.elements]]\nid = \"goi\"\ntype = \"call\"\n", "goi");
    REQUIRE(missing.errors.size() == 1);
    CHECK(all_errors(missing).find("has no `name`") != std::string::npos);

    const LessonFile bad_tab = practice(
        "[[steps.scene.elements]]\nid = \"t\"\ntype = \"tabs\"\n"
        "items = [{ id = \"a\", label = \"A\", icon = \"home\" },"
        " { id = \"a\", label = \"B\", icon = \"hom\" }]\n",
        "t.a");
    REQUIRE(bad_tab.errors.size() == 2);
    CHECK(all_errors(bad_tab).find("tab id \"a\" is used twice") != std::string::npos);
    CHECK(all_errors(bad_tab).find("unknown icon \"hom\" — did you mean \"home\"?") != std::string::npos);
}

TEST_CASE("scene strings over 80 characters are errors") {
    const LessonFile f = practice(
        "[[steps.scene.elements]]\nid = \"goi\"\ntype = \"call\"\n"
        "name = \"" +
            std::string(81, 'a') + "\"\n",
        "goi");
    REQUIRE(f.errors.size() == 1);
    CHECK(f.errors[0].problem == "`name` is 81 characters long; the limit is 80");
}

TEST_CASE("a practice result is a phone screen of its own, checked like a scene") {
    const LessonFile f = practice(kCall, "goi.decline",
                                  "[steps.result]\ntitle = \"Điện thoại\"\n[[steps.result.elements]]\nid = "
                                  "\"het\"\ntype = \"text\"\ntext = \"Cuộc gọi đã kết thúc\"\n");
    REQUIRE(f.ok());
    const Step& step = f.lesson->steps[0];
    REQUIRE(step.result.has_value());
    CHECK(step.result->title.get(Lang::vi) == "Điện thoại");
    REQUIRE(step.result->elements.size() == 1);
    CHECK(step.result->elements[0].text.get(Lang::vi) == "Cuộc gọi đã kết thúc");

    const LessonFile broken = practice(kCall, "goi", "[steps.result]\n[[steps.result.elements]]\nid = \"het\"\n");
    REQUIRE(broken.errors.size() == 1);
    CHECK(broken.errors[0].line == 19);
    CHECK(all_errors(broken).find("result of step 1") != std::string::npos);
}

TEST_CASE("a practice step without a result is an error at the step, saying what to add") {
    const LessonFile f = practice(kCall, "goi", "");
    REQUIRE(f.errors.size() == 1);
    CHECK(f.errors[0].line == 9);
    CHECK(f.errors[0].to_string().rfind("thu.toml:9:", 0) == 0);
    CHECK(all_errors(f).find("step 1 (practice) has no result") != std::string::npos);
    CHECK(all_errors(f).find("add a [steps.result] table") != std::string::npos);
}
