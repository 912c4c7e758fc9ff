// Home's topic panels as pure geometry: every lesson placed exactly once, no card cut or
// overlapping, a topic kept together in one column, and whole pages when they outgrow it.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "ui/screens/home_layout.h"

using namespace tramso::ui;

namespace {

HomeLayoutSizes sizes() {
    HomeLayoutSizes s;
    s.heading_h = 40;
    s.card_h.assign(100, 70.0f);
    s.card_gap = 8;
    s.group_gap = 16;
    s.column_gap = 16;
    return s;
}

// Groups with these many lessons each, entry indices running on.
std::vector<HomeGroup> groups_of(std::initializer_list<int> counts) {
    std::vector<HomeGroup> groups;
    size_t next = 0;
    for (int n : counts) {
        HomeGroup g{"group." + std::to_string(groups.size()), {}};
        for (int i = 0; i < n; ++i) g.entries.push_back(next++);
        groups.push_back(std::move(g));
    }
    return groups;
}

bool inside(const Rect& r, const Rect& area) {
    return r.x >= area.x && r.y >= area.y && r.x + r.w <= area.x + area.w + 0.01f &&
           r.y + r.h <= area.y + area.h + 0.01f;
}

bool overlap(const Rect& a, const Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

void check_page(const HomePageLayout& page, const Rect& area) {
    std::vector<Rect> all;
    for (const auto& h : page.headings) all.push_back(h.rect);
    for (const auto& c : page.cards) all.push_back(c.rect);
    for (size_t i = 0; i < all.size(); ++i) {
        CHECK(inside(all[i], area));
        for (size_t j = i + 1; j < all.size(); ++j) CHECK_FALSE(overlap(all[i], all[j]));
    }
}

}  // namespace

TEST_CASE("twelve lessons in six topics fit one page of three columns, each topic under its heading") {
    const Rect area{20, 200, 1224, 460};
    const auto groups = groups_of({2, 3, 3, 1, 2, 1});
    const auto pages = layout_home(groups, area, 3, sizes());
    REQUIRE(pages.size() == 1);
    check_page(pages[0], area);
    CHECK(pages[0].headings.size() == 6);
    REQUIRE(pages[0].cards.size() == 12);
    // A topic's cards share its heading's column, directly under it.
    for (const HomeGroup& g : groups) {
        const auto h = std::find_if(pages[0].headings.begin(), pages[0].headings.end(),
                                    [&](const PlacedHeading& p) { return p.key == g.key; });
        REQUIRE(h != pages[0].headings.end());
        float below = h->rect.y + h->rect.h;
        for (size_t e : g.entries) {
            const auto c = std::find_if(pages[0].cards.begin(), pages[0].cards.end(),
                                        [&](const PlacedCard& p) { return p.entry == e; });
            REQUIRE(c != pages[0].cards.end());
            CHECK(c->rect.x == h->rect.x);
            CHECK(c->rect.y >= below);
            below = c->rect.y + c->rect.h;
        }
    }
    // The first topic starts the first column: reading begins where the lessons begin.
    CHECK(pages[0].headings.front().key == "group.0");
    CHECK(pages[0].headings.front().rect.x == area.x);
}

TEST_CASE("lessons that outgrow the area go on whole pages, each lesson exactly once") {
    const Rect area{0, 0, 1200, 460};
    const auto groups = groups_of({20, 17, 25, 9, 15, 14});  // a hundred lessons
    const auto pages = layout_home(groups, area, 3, sizes());
    CHECK(pages.size() > 1);
    std::map<size_t, int> seen;
    for (const auto& page : pages) {
        check_page(page, area);
        CHECK_FALSE(page.cards.empty());
        for (const auto& c : page.cards) ++seen[c.entry];
    }
    CHECK(seen.size() == 100);
    for (const auto& [entry, times] : seen) CHECK(times == 1);
}

TEST_CASE("a topic taller than a column continues under its heading in the next") {
    const Rect area{0, 0, 900, 300};  // a heading and three cards per column
    const auto pages = layout_home(groups_of({5}), area, 2, sizes());
    REQUIRE(pages.size() == 1);
    check_page(pages[0], area);
    CHECK(pages[0].headings.size() == 2);
    CHECK(pages[0].headings[0].key == pages[0].headings[1].key);
    CHECK(pages[0].cards.size() == 5);
}

TEST_CASE("an area smaller than one card still shows every lesson, one per page") {
    const Rect area{0, 0, 400, 50};
    const auto pages = layout_home(groups_of({2}), area, 1, sizes());
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].cards.size() == 1);
    CHECK(pages[1].cards.size() == 1);
}
