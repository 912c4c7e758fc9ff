#include "ui/screens/home_layout.h"

#include <algorithm>
#include <numeric>

namespace tramso::ui {
namespace {

// A topic's part that fits one column: the whole topic, or a slice of one too tall for it.
struct Chunk {
    size_t order;  // position in reading order
    std::string key;
    std::vector<size_t> entries;
};

float chunk_height(const std::vector<size_t>& entries, const HomeLayoutSizes& s) {
    float h = s.heading_h;
    for (size_t i = 0; i < entries.size(); ++i) h += (i > 0 ? s.card_gap : 0) + s.card_h[entries[i]];
    return h;
}

std::vector<Chunk> fit_chunks(const std::vector<HomeGroup>& groups, float column_h, const HomeLayoutSizes& s) {
    std::vector<Chunk> chunks;
    for (const HomeGroup& g : groups) {
        Chunk c{0, g.key, {}};
        for (size_t e : g.entries) {
            c.entries.push_back(e);
            // At least one card per chunk, even on an area too small for it, so nothing is dropped.
            if (c.entries.size() > 1 && chunk_height(c.entries, s) > column_h) {
                c.entries.pop_back();
                c.order = chunks.size();
                chunks.push_back(c);
                c.entries = {e};
            }
        }
        c.order = chunks.size();
        chunks.push_back(std::move(c));
    }
    return chunks;
}

// Chunks per column (indices into `chunks`), or nothing when they do not fit in `column_h`.
std::vector<std::vector<size_t>> assign(const std::vector<Chunk>& chunks, const std::vector<size_t>& page, int columns,
                                        float column_h, const HomeLayoutSizes& s) {
    std::vector<size_t> by_size = page;
    std::stable_sort(by_size.begin(), by_size.end(), [&](size_t a, size_t b) {
        return chunk_height(chunks[a].entries, s) > chunk_height(chunks[b].entries, s);
    });
    std::vector<std::vector<size_t>> cols(static_cast<size_t>(columns));
    std::vector<float> used(static_cast<size_t>(columns), 0.0f);
    for (size_t c : by_size) {
        const size_t col = size_t(std::min_element(used.begin(), used.end()) - used.begin());
        used[col] += (cols[col].empty() ? 0 : s.group_gap) + chunk_height(chunks[c].entries, s);
        cols[col].push_back(c);
        if (used[col] > column_h + 0.5f) return {};
    }
    for (auto& col : cols) std::sort(col.begin(), col.end());
    std::stable_sort(cols.begin(), cols.end(), [](const auto& a, const auto& b) {
        if (a.empty() || b.empty()) return !a.empty() && b.empty();
        return a.front() < b.front();
    });
    return cols;
}

HomePageLayout place(const std::vector<Chunk>& chunks, const std::vector<std::vector<size_t>>& cols, Rect area,
                     const HomeLayoutSizes& s) {
    HomePageLayout page;
    const float col_w = (area.w - float(cols.size() - 1) * s.column_gap) / float(cols.size());
    for (size_t c = 0; c < cols.size(); ++c) {
        const float x = area.x + float(c) * (col_w + s.column_gap);
        float y = area.y;
        for (size_t i : cols[c]) {
            if (y > area.y) y += s.group_gap;
            page.headings.push_back({chunks[i].key, Rect{x, y, col_w, s.heading_h}});
            y += s.heading_h;
            for (size_t k = 0; k < chunks[i].entries.size(); ++k) {
                if (k > 0) y += s.card_gap;
                const size_t e = chunks[i].entries[k];
                page.cards.push_back({e, Rect{x, y, col_w, s.card_h[e]}});
                y += s.card_h[e];
            }
        }
    }
    return page;
}

}  // namespace

std::vector<HomePageLayout> layout_home(const std::vector<HomeGroup>& groups, Rect area, int columns,
                                        const HomeLayoutSizes& sizes) {
    columns = std::max(1, columns);
    const std::vector<Chunk> chunks = fit_chunks(groups, area.h, sizes);
    std::vector<HomePageLayout> pages;
    std::vector<size_t> page;
    std::vector<std::vector<size_t>> fitted;
    for (size_t c = 0; c < chunks.size(); ++c) {
        page.push_back(c);
        auto cols = assign(chunks, page, columns, area.h, sizes);
        if (cols.empty() && page.size() > 1) {
            // This topic starts the next page; the page so far is final.
            pages.push_back(place(chunks, fitted, area, sizes));
            page = {c};
            cols = assign(chunks, page, columns, area.h, sizes);
        }
        if (cols.empty()) {
            // One chunk taller than the area (a tiny screen): shown alone, never dropped.
            cols.assign(size_t(columns), {});
            cols[0] = {c};
        }
        fitted = std::move(cols);
    }
    if (!page.empty()) pages.push_back(place(chunks, fitted, area, sizes));
    return pages;
}

}  // namespace tramso::ui
