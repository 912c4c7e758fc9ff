#include "ui/phone/phone_layout.h"

#include <algorithm>

#include "ui/phone/phone_elements.h"

namespace tramso::ui {

namespace {

// One horizontal row of the layout: a single element, or up to four apps.
struct Row {
    std::vector<const SceneElement*> elements;
    ElementSize size;
    float gap_before = 0;
    bool full_bleed = false;  // a call: edge to edge, fills the screen
    float h = 0;
};

bool is(const SceneElement* e, ElementType t) { return e && e->type == t; }

std::vector<Row> make_rows(const PhoneCtx& pc, const Scene& scene, float width) {
    std::vector<Row> rows;
    const float grid_w = width - pc.pad;
    const SceneElement* prev = nullptr;
    for (const SceneElement& e : scene.elements) {
        if (e.type == ElementType::tabs) continue;  // pinned to the bottom
        if (e.type == ElementType::app && is(prev, ElementType::app) && rows.back().elements.size() < kAppColumns) {
            Row& r = rows.back();
            r.elements.push_back(&e);
            const float h = app_cell_height(pc, e, grid_w / kAppColumns);
            r.size = {std::max(r.size.min, h), std::max(r.size.preferred, h)};
            prev = &e;
            continue;
        }
        Row r;
        r.elements.push_back(&e);
        r.full_bleed = e.type == ElementType::call;
        const float w = e.type == ElementType::app ? grid_w : r.full_bleed ? width : width - 2 * pc.pad;
        r.size = element_size(pc, e, w);
        // Lists read as one block: chat rows and app rows carry their own padding.
        const bool joined = (is(prev, ElementType::chat) && e.type == ElementType::chat) ||
                            (is(prev, ElementType::app) && e.type == ElementType::app);
        r.gap_before = r.full_bleed || (prev && prev->type == ElementType::call) ? 0 : joined ? 0 : pc.gap;
        rows.push_back(r);
        prev = &e;
    }
    return rows;
}

// Each row's own height: preferred, then flexible rows (pictures) give up height while the
// content is taller than the screen; a call takes whatever is left.
void size_rows(const PhoneCtx& pc, std::vector<Row>& rows, float visible_h) {
    float total = 0, flex = 0;
    for (Row& r : rows) {
        const float floor = r.elements.size() == 1 && r.elements[0]->type == ElementType::chat ? pc.min_hit : pc.min_hit - pc.gap;
        r.size.min = std::max(r.size.min, floor);
        r.size.preferred = std::max(r.size.preferred, r.size.min);
        r.h = r.size.preferred;
        total += r.gap_before + r.h;
        flex += r.size.preferred - r.size.min;
    }
    const bool ends_full = !rows.empty() && rows.back().full_bleed;
    total += ends_full ? 0 : pc.gap;
    if (total > visible_h && flex > 0) {
        const float give = std::min(flex, total - visible_h);
        for (Row& r : rows) r.h -= (r.size.preferred - r.size.min) * (give / flex);
        total -= give;
    }
    for (Row& r : rows)
        if (r.full_bleed && total < visible_h) {
            r.h += visible_h - total;
            total = visible_h;
        }
}

}  // namespace

SceneLayout layout_scene(const PhoneCtx& pc, const Scene& scene, float width, float visible_h) {
    std::vector<Row> rows = make_rows(pc, scene, width);
    size_rows(pc, rows, visible_h);
    SceneLayout out;
    float y = 0;
    std::vector<std::pair<size_t, size_t>> row_boxes;  // [first, last) box index of each row
    for (const Row& r : rows) {
        y += r.gap_before;
        const size_t first = out.boxes.size();
        if (r.elements[0]->type == ElementType::app) {
            const float pitch = (width - pc.pad) / kAppColumns;
            for (size_t i = 0; i < r.elements.size(); ++i)
                out.boxes.push_back({r.elements[i], Rect{pc.pad / 2 + float(i) * pitch, y, pitch, r.h}, {}});
        } else {
            const float x = r.full_bleed ? 0 : pc.pad;
            out.boxes.push_back({r.elements[0], Rect{x, y, width - 2 * x, r.h}, {}});
        }
        row_boxes.emplace_back(first, out.boxes.size());
        y += r.h;
    }
    const bool ends_full = !rows.empty() && rows.back().full_bleed;
    out.height = y + (ends_full ? 0 : pc.gap);
    // Bands: rows meet halfway through the gap between them; the first and last reach the
    // content's edges; grid cells split the row's band by column.
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto [first, last] = row_boxes[i];
        const Rect& s = out.boxes[first].slot;
        const float top = i == 0 ? 0 : s.y - rows[i].gap_before / 2;
        const float bot = i + 1 == rows.size() ? out.height : s.y + s.h + rows[i + 1].gap_before / 2;
        const bool grid = rows[i].elements[0]->type == ElementType::app;
        const bool full_row = rows[i].elements.size() == kAppColumns;
        for (size_t b = first; b < last; ++b) {
            const Rect& slot = out.boxes[b].slot;
            const float x0 = !grid || b == first ? 0 : slot.x;
            const float x1 = !grid || (b + 1 == last && full_row) ? width : slot.x + slot.w;
            out.boxes[b].band = Rect{x0, top, x1 - x0, bot - top};
        }
    }
    return out;
}

}  // namespace tramso::ui
