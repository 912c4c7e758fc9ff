// Home drawn headless with the bundled lessons at the two sizes the kiosk meets: every lesson
// shows at once as a whole, finger-sized card, ticks mark what she finished, "Học ngay" names
// its lesson, and a hundred lessons go on whole pages with a way to the next.
#include <doctest/doctest.h>

#include <map>

#include "app/flow.h"
#include "lessons/content.h"
#include "screen_stage.h"

using namespace tramso;
using namespace tramso::ui;
using tramso::ui::test::Stage;

namespace {

std::vector<Lesson> bundled_lessons() {
    Content c = load_content(std::string(TRAMSO_SOURCE_DIR) + "/content");
    REQUIRE(c.ok());
    return c.lessons;
}

// Home as the flow shows it right after the first touch.
app::State home_state(const Config& config, const std::vector<Lesson>& lessons) {
    ManualClock clock;
    app::Flow flow{config, clock, make_snapshot(lessons)};
    flow.handle(app::ev::Wake{});
    REQUIRE(flow.state().screen == app::Screen::Home);
    return flow.state();
}

bool wholly_on_screen(const Rect& r, const Stage& stage) {
    return r.x >= 0 && r.y >= 0 && r.x + r.w <= stage.w && r.y + r.h <= stage.h;
}

}  // namespace

TEST_CASE("every bundled lesson shows on home at once, as a whole finger-sized card, at both sizes") {
    const std::vector<Lesson> lessons = bundled_lessons();
    REQUIRE(lessons.size() >= 12);
    for (auto [width, height] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
        Stage stage(width, height);
        const app::State s = home_state(stage.config, lessons);
        for (Lang lang : {Lang::vi, Lang::en}) {
            stage.lang = lang;
            stage.draw(s);
            for (const Lesson& l : lessons) {
                const std::string title = l.title.get(lang);
                const auto* card = stage.registry.find_widget(title, stage.w, stage.h);
                INFO(width, "x", height, ": ", title);
                REQUIRE(card);
                CHECK(wholly_on_screen(card->rect, stage));
            }
            CHECK_FALSE(stage.registry.drew(stage.strings.get(lang, "home.more_lessons")));
            stage.check_targets(std::string("home ") + (lang == Lang::vi ? "vi" : "en"));
        }
    }
}

TEST_CASE("a finished lesson carries a tick and Học ngay names the next one") {
    const std::vector<Lesson> lessons = bundled_lessons();
    Stage stage(1280, 800);
    app::State s = home_state(stage.config, lessons);
    stage.draw(s);
    CHECK_FALSE(stage.registry.drew("Đã học xong"));
    CHECK(stage.registry.drew("Học ngay: " + lessons[0].title.vi));
    s.lessons_finished.insert(lessons[0].id);
    stage.draw(s);
    CHECK(stage.registry.drew("Đã học xong"));
    CHECK(stage.registry.drew("Học ngay: " + lessons[1].title.vi));
}

TEST_CASE("a hundred lessons go on whole pages: each lesson once, on screen, with Xem thêm bài học") {
    const std::vector<Lesson> bundled = bundled_lessons();
    std::vector<Lesson> lessons;
    for (int i = 0; i < 100; ++i) {
        Lesson l = bundled[size_t(i) % bundled.size()];
        l.id = "bai-" + std::to_string(i);
        l.title.vi = "Bài " + std::to_string(i) + ": " + l.title.vi;
        lessons.push_back(std::move(l));
    }
    for (auto [width, height] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
        Stage stage(width, height);
        app::State s = home_state(stage.config, lessons);
        std::map<std::string, int> seen;
        int pages = 0;
        for (s.home_page = 0;; ++s.home_page) {
            stage.draw(s);
            ++pages;
            for (const auto& item : stage.registry.items())
                if (item.tappable && item.label.rfind("Bài ", 0) == 0) {
                    INFO(width, "x", height, " page ", s.home_page, ": ", item.label);
                    CHECK(wholly_on_screen(item.rect, stage));
                    ++seen[item.label];
                }
            stage.check_targets("home page " + std::to_string(s.home_page));
            if (!stage.registry.drew("Xem thêm bài học")) break;
            REQUIRE(pages < 100);
        }
        CHECK(pages > 1);
        CHECK(stage.registry.drew("Các bài trước"));
        CHECK(seen.size() == 100);
        for (const auto& [title, times] : seen) CHECK(times == 1);
    }
}
