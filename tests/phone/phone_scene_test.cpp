// The simulated phone, driven headlessly over every bundled lesson scene at the two screen
// sizes the kiosk meets (the 21.5" 1080p panel, a 1280×800 window), placed where the lesson
// screen places it: every practice target must be on screen, at least 16 mm on its short side,
// every other tappable place at least 12 mm, none overlapping, and a tap on the target's
// centre must report it. That catches layouts where a target is hidden, small or unreachable.
#include <doctest/doctest.h>

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "common/source_dir.h"
#include "lessons/content.h"
#include "phone_stage.h"
#include "ui/phone/phone_frame.h"
#include "ui/screens/lesson_layout.h"

using namespace tramso;
using namespace tramso::ui;

namespace {

const Content& bundled() {
    static const Content c = load_content(std::string(TRAMSO_SOURCE_DIR) + "/content");
    return c;
}

constexpr std::pair<int, int> kSizes[] = {{1920, 1080}, {1280, 800}};

float right(Rect r) { return r.x + r.w; }
float bottom(Rect r) { return r.y + r.h; }

bool inside(Rect r, Rect bounds) {
    const float e = 0.5f;
    return r.w > 0 && r.h > 0 && r.x >= bounds.x - e && r.y >= bounds.y - e && right(r) <= right(bounds) + e &&
           bottom(r) <= bottom(bounds) + e;
}

float overlap_area(Rect a, Rect b) {
    const float w = std::min(right(a), right(b)) - std::max(a.x, b.x);
    const float h = std::min(bottom(a), bottom(b)) - std::max(a.y, b.y);
    return w > 0 && h > 0 ? w * h : 0;
}

std::vector<WidgetRegistry::Item> phone_widgets(const WidgetRegistry& reg) {
    std::vector<WidgetRegistry::Item> out;
    for (const auto& item : reg.items())
        if (item.tappable && item.id.rfind("phone:", 0) == 0) out.push_back(item);
    return out;
}

const WidgetRegistry::Item* find_id(const std::vector<WidgetRegistry::Item>& items, const std::string& id) {
    for (const auto& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

// Taps (x, y) and returns what the phone reported over the next frames.
PhoneSceneResult tap(PhoneStage& stage, const Scene& scene, const PhoneSceneOptions& o, float x, float y) {
    stage.tap(x, y);
    PhoneSceneResult got;
    for (int i = 0; i < 4; ++i) {
        const PhoneSceneResult r = stage.frame(scene, o);
        if (!r.tapped.empty() || r.tapped_screen) got = r;
    }
    return got;
}

std::string where(const Lesson& l, size_t step, int w, int h) {
    return l.id + " step " + std::to_string(step + 1) + " at " + std::to_string(w) + "x" + std::to_string(h);
}

}  // namespace

TEST_CASE("bundled content loads for the phone tests") {
    REQUIRE(bundled().lessons.size() >= 1);
    CHECK(bundled().skipped.empty());
}

TEST_CASE("the lesson screen gives the phone its height and the words the rest") {
    for (auto [w, h] : kSizes) {
        CAPTURE(w);
        PhoneStage stage(w, h);
        REQUIRE(stage.error().empty());
        const Metrics& m = stage.theme().metrics;
        const LessonLayout l = lesson_layout(m, float(w), float(h), LessonAside::phone);
        const Rect phone = stage.geometry(Scene{}).body;
        CHECK(phone.h >= 0.85f * l.aside.h);
        CHECK(l.phone_scale > 1.0f);
        CHECK(l.phone_scale <= kPhoneMaxScale);
        CHECK(phone.x >= right(l.text) + m.gap);
        CHECK(right(phone) <= float(w) - m.margin + 0.5f);
        CHECK(phone.y >= bottom(l.progress));
        CHECK(bottom(phone) <= l.next.y);
        CHECK(l.text.w >= float(w) * 0.4f);
    }
}

TEST_CASE("every practice target is on screen, finger-sized, alone, and reports its tap") {
    for (auto [w, h] : kSizes) {
        PhoneStage stage(w, h);
        REQUIRE_MESSAGE(stage.error().empty(), stage.error());
        const float min_hit = stage.theme().metrics.target_hit;
        int targets = 0;
        for (const Lesson& lesson : bundled().lessons) {
            for (size_t i = 0; i < lesson.steps.size(); ++i) {
                const Step& step = lesson.steps[i];
                if (step.kind != StepKind::practice) continue;
                CAPTURE(where(lesson, i, w, h));
                CAPTURE(step.target);
                const Scene& scene = *step.scene;
                PhoneSceneOptions o;
                o.target = step.target;
                for (int f = 0; f < 3; ++f) stage.frame(scene, o);
                const Rect screen = stage.geometry(scene).screen;
                const auto items = phone_widgets(stage.registry());
                const auto* target = find_id(items, "phone:" + step.target);
                REQUIRE_MESSAGE(target, "not registered; drawn: " << stage.registry().visible_summary());
                CHECK_MESSAGE(inside(target->rect, screen), "target is not (wholly) on the phone screen");
                CHECK_MESSAGE(std::min(target->rect.w, target->rect.h) >= min_hit - 0.5f,
                              "target is " << target->rect.w << "x" << target->rect.h << " px, a finger needs "
                                           << min_hit << " on the short side");
                for (const auto& other : items) {
                    if (&other == target) continue;
                    CHECK_MESSAGE(overlap_area(target->rect, other.rect) < 1.0f, "target overlaps " << other.id);
                }
                const PhoneSceneResult r = tap(stage, scene, o, target->rect.cx(), target->rect.cy());
                CHECK(r.tapped == step.target);
                CHECK_FALSE(r.tapped_screen);
                ++targets;
            }
        }
        CHECK(targets > 10);
    }
}

TEST_CASE("no two tappable places of any scene overlap, none leaves the screen, each is finger-sized") {
    for (auto [w, h] : kSizes) {
        PhoneStage stage(w, h);
        REQUIRE(stage.error().empty());
        const float min_hit = stage.theme().metrics.touch_hit;
        for (const Lesson& lesson : bundled().lessons) {
            for (size_t i = 0; i < lesson.steps.size(); ++i) {
                const Step& step = lesson.steps[i];
                if (!step.scene) continue;
                CAPTURE(where(lesson, i, w, h));
                for (int f = 0; f < 2; ++f) stage.frame(*step.scene, PhoneSceneOptions{});
                const PhoneGeometry g = stage.geometry(*step.scene);
                const auto items = phone_widgets(stage.registry());
                for (size_t a = 0; a < items.size(); ++a) {
                    CAPTURE(items[a].id);
                    const Rect r = items[a].rect;
                    if (r.w <= 0) continue;  // scrolled out of view
                    CHECK(inside(r, g.screen));
                    // Only a place cut by the scrolling edge may show less of itself.
                    const bool cut = r.y <= g.content.y + 0.5f || bottom(r) >= bottom(g.content) - 0.5f;
                    if (!cut || !inside(r, g.content))
                        CHECK_MESSAGE(std::min(r.w, r.h) >= min_hit - 0.5f,
                                      r.w << "x" << r.h << " px, a finger needs " << min_hit);
                    for (size_t b = a + 1; b < items.size(); ++b)
                        CHECK_MESSAGE(overlap_area(items[a].rect, items[b].rect) < 1.0f,
                                      items[a].id << " overlaps " << items[b].id);
                }
            }
        }
    }
}

TEST_CASE("explain and quiz phones are pictures: nothing tappable, text still reported") {
    PhoneStage stage(1920, 1080);
    REQUIRE(stage.error().empty());
    int pictures = 0;
    for (const Lesson& lesson : bundled().lessons) {
        for (const Step& step : lesson.steps) {
            if (!step.scene || step.kind == StepKind::practice) continue;
            PhoneSceneOptions o;
            o.interactive = false;
            const PhoneSceneResult r = tap(stage, *step.scene, o, stage.phone_area().cx(), stage.phone_area().cy());
            CHECK(r.tapped.empty());
            CHECK_FALSE(r.tapped_screen);
            CHECK(phone_widgets(stage.registry()).empty());
            ++pictures;
        }
    }
    CHECK(pictures > 0);
}

TEST_CASE("a tap on the glass away from every element is a wrong tap on the screen") {
    PhoneStage stage(1920, 1080);
    REQUIRE(stage.error().empty());
    Scene scene;
    SceneElement b;
    b.id = "ok";
    b.type = ElementType::button;
    b.label = LocalText{"Đồng ý", "OK"};
    scene.elements.push_back(b);
    const PhoneGeometry g = stage.geometry(scene);
    const PhoneSceneOptions o;
    stage.frame(scene, o);
    PhoneSceneResult r = tap(stage, scene, o, g.content.cx(), g.content.y + g.content.h * 0.8f);
    CHECK(r.tapped_screen);
    CHECK(r.tapped.empty());
    r = tap(stage, scene, o, g.status.cx() + g.status.w / 4, g.status.cy());
    CHECK(r.tapped_screen);
    const auto items = phone_widgets(stage.registry());
    const auto* ok = find_id(items, "phone:ok");
    REQUIRE(ok);
    CHECK(ok->label == "Đồng ý");
    r = tap(stage, scene, o, ok->rect.cx(), ok->rect.cy());
    CHECK(r.tapped == "ok");
    CHECK_FALSE(r.tapped_screen);
}

TEST_CASE("scene text is reported to the registry in the chosen language") {
    PhoneStage stage(1920, 1080);
    REQUIRE(stage.error().empty());
    Scene scene;
    scene.title = LocalText{"Tin nhắn", "Messages"};
    scene.back = true;
    SceneElement chat;
    chat.id = "lan";
    chat.type = ElementType::chat;
    chat.name = LocalText{"Lan (con gái)", "Lan (daughter)"};
    chat.text = LocalText{"Mẹ nhớ uống thuốc nhé.", "Remember your medicine."};
    chat.unread = 2;
    scene.elements.push_back(chat);
    PhoneSceneOptions o;
    o.lang = Lang::en;
    stage.frame(scene, o);
    CHECK(stage.registry().drew("Messages"));
    CHECK(stage.registry().drew("Lan (daughter)"));
    CHECK(stage.registry().drew("Remember your medicine."));
    CHECK_FALSE(stage.registry().drew("Lan (con gái)"));
    const auto items = phone_widgets(stage.registry());
    CHECK(find_id(items, "phone:back"));
    CHECK(find_id(items, "phone:lan"));
}

TEST_CASE("a highlighted target below the fold scrolls into view and asks for frames") {
    PhoneStage stage(1920, 1080);
    REQUIRE(stage.error().empty());
    Scene scene;
    scene.title = LocalText{"Dài", "Long"};
    for (int i = 0; i < 14; ++i) {
        SceneElement t;
        t.id = "t" + std::to_string(i);
        t.type = ElementType::text;
        t.text = LocalText{"Dòng chữ số " + std::to_string(i) + " khá dài để xuống dòng", ""};
        scene.elements.push_back(t);
    }
    SceneElement b;
    b.id = "end";
    b.type = ElementType::button;
    b.label = LocalText{"Cuối", "End"};
    scene.elements.push_back(b);
    PhoneSceneOptions o;
    stage.frame(scene, o);
    const auto items_before = phone_widgets(stage.registry());
    const auto* before = find_id(items_before, "phone:end");
    REQUIRE(before);
    CHECK(before->rect.w <= 0);  // off screen until scrolled
    o.highlight = "end";
    PhoneSceneResult r;
    for (int i = 0; i < 3; ++i) r = stage.frame(scene, o);
    CHECK(r.animating);
    const auto items_after = phone_widgets(stage.registry());
    const auto* after = find_id(items_after, "phone:end");
    REQUIRE(after);
    CHECK(inside(after->rect, stage.geometry(scene).content));
    stage.clock().advance(60'000);  // the halo and the hand keep moving until she succeeds
    CHECK(stage.frame(scene, o).animating);
    o.highlight.clear();  // the right tap: the hint goes, and so do the frames
    CHECK_FALSE(stage.frame(scene, o).animating);
}

TEST_CASE("wrong-tap feedback is brief") {
    PhoneStage stage(1920, 1080);
    REQUIRE(stage.error().empty());
    Scene scene;
    SceneElement b;
    b.id = "x";
    b.type = ElementType::button;
    b.label = LocalText{"Nút", "Button"};
    scene.elements.push_back(b);
    PhoneSceneOptions o;
    o.flash_wrong = "x";
    CHECK(stage.frame(scene, o).animating);
    stage.clock().advance(2000);
    CHECK_FALSE(stage.frame(scene, o).animating);
}
