// Where home's lesson cards go: topic panels (a heading over its cards) spread over a few
// columns so that every lesson shows at once, without scrolling and without a cut card. When
// the lessons outgrow the area they go on whole pages. Pure geometry, so tests drive it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ui/widget_registry.h"

namespace tramso::ui {

struct HomeGroup {
    std::string key;              // the heading's string-table key
    std::vector<size_t> entries;  // indices into the home entries, in order
};

struct HomeLayoutSizes {
    float heading_h = 0;        // a topic heading with the space under it
    std::vector<float> card_h;  // each entry's card height, by entry index
    float card_gap = 0;         // between the cards of one topic
    float group_gap = 0;        // between two topics in one column
    float column_gap = 0;       // between columns
};

struct PlacedHeading {
    std::string key;
    Rect rect;
};

struct PlacedCard {
    size_t entry;
    Rect rect;
};

struct HomePageLayout {
    std::vector<PlacedHeading> headings;
    std::vector<PlacedCard> cards;
};

// Lays the groups out in `columns` columns of `area`, on as many pages as they need. A topic
// stays in one column; topics go to the column with the least in it (biggest first), and the
// columns are shown in the order of their first topic, so reading goes topic by topic. A topic
// too tall for a whole column continues under its heading in the next one.
std::vector<HomePageLayout> layout_home(const std::vector<HomeGroup>& groups, Rect area, int columns,
                                        const HomeLayoutSizes& sizes);

}  // namespace tramso::ui
