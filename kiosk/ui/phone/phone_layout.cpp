#include "ui/phone/phone_layout.h"

#include <algorithm>

#include "ui/phone/phone_elements.h"
#include "ui/phone/phone_frame.h"

namespace tramso::ui {

namespace {

// One horizontal row of the layout: a single element, or a row of the app grid.
struct Row {
    std::vector<const SceneElement*> elements;
    ElementSize size;
    float gap_before = 0;
    int columns = 0;          // app rows: the grid's column count
    bool full_bleed = false;  // a call: edge to edge, fills the screen
    float h = 0;
};

bool is(const SceneElement* e, ElementType t) { return e && e->type == t; }

// Consecutive apps from `i` on, cut into grid rows.
void add_app_rows(const PhoneCtx& pc, const Scene& scene, size_t& i, float width, float gap_before,
                  std::vector<Row>& rows) {
    std::vector<const SceneElement*> apps;
    while (i < scene.elements.size() && scene.elements[i].type == ElementType::app)
        apps.push_back(&scene.elements[i++]);
    const float grid_w = width - pc.pad;
    const int columns = app_grid_columns(pc, apps, grid_w);
    for (size_t a = 0; a < apps.size(); a += size_t(columns)) {
        Row r;
        r.columns = columns;
        r.gap_before = a == 0 ? gap_before : 0;  // the cells carry their own padding
        for (size_t k = a; k < std::min(apps.size(), a + size_t(columns)); ++k) {
            r.elements.push_back(apps[k]);
            const float h = app_cell_height(pc, *apps[k], grid_w / float(columns));
            r.size = {std::max(r.size.min, h), std::max(r.size.preferred, h)};
        }
        rows.push_back(r);
    }
}

std::vector<Row> make_rows(const PhoneCtx& pc, const Scene& scene, float width) {
    std::vector<Row> rows;
    const SceneElement* prev = nullptr;
    for (size_t i = 0; i < scene.elements.size();) {
        const SceneElement& e = scene.elements[i];
        const float gap = is(prev, ElementType::call) ? 0 : pc.gap;
        if (&e == pinned_tabs(scene)) {  // drawn by the frame, at the bottom
            ++i;
            continue;
        }
        if (e.type == ElementType::app) {
            add_app_rows(pc, scene, i, width, gap, rows);
            prev = &scene.elements[i - 1];
            continue;
        }
        Row r;
        r.elements.push_back(&e);
        r.full_bleed = e.type == ElementType::call;
        r.size = element_size(pc, e, r.full_bleed ? width : width - 2 * pc.pad);
        // Chat rows read as one list; a call is edge to edge.
        const bool joined = is(prev, ElementType::chat) && e.type == ElementType::chat;
        r.gap_before = r.full_bleed || joined ? 0 : gap;
        rows.push_back(r);
        prev = &e;
        ++i;
    }
    return rows;
}

// Each row's own height: preferred, then — while the content is taller than the screen —
// pictures give up height and the gaps between elements shrink (so a target near the end
// stays in view); a call takes whatever is left. No band ever drops below a finger's 16 mm.
float size_rows(const PhoneCtx& pc, std::vector<Row>& rows, float visible_h) {
    const size_t n = rows.size();
    float bottom_gap = n && rows.back().full_bleed ? 0 : pc.gap;
    auto floor = [&](size_t i) {
        const float above = i == 0 ? rows[i].gap_before : rows[i].gap_before / 2;
        const float below = i + 1 < n ? rows[i + 1].gap_before / 2 : bottom_gap;
        return pc.min_hit - above - below;
    };
    auto total = [&] {
        float t = bottom_gap;
        for (const Row& r : rows) t += r.gap_before + r.h;
        return t;
    };
    for (size_t i = 0; i < n; ++i) rows[i].h = std::max(rows[i].size.preferred, floor(i));
    float flex = 0;
    for (size_t i = 0; i < n; ++i) flex += std::max(0.0f, rows[i].h - std::max(rows[i].size.min, floor(i)));
    if (const float over = total() - visible_h; over > 0 && flex > 0) {
        const float k = std::min(1.0f, over / flex);
        for (size_t i = 0; i < n; ++i)
            rows[i].h -= std::max(0.0f, rows[i].h - std::max(rows[i].size.min, floor(i))) * k;
    }
    if (const float over = total() - visible_h; over > 0) {
        float gaps = bottom_gap;
        for (const Row& r : rows) gaps += r.gap_before;
        const float k = gaps > 0 ? std::max(0.35f, 1 - over / gaps) : 1;
        for (Row& r : rows) r.gap_before *= k;
        bottom_gap *= k;
        for (size_t i = 0; i < n; ++i) rows[i].h = std::max(rows[i].h, floor(i));
    }
    for (Row& r : rows)
        if (r.full_bleed) r.h += std::max(0.0f, visible_h - total());
    return bottom_gap;
}

}  // namespace

SceneLayout layout_scene(const PhoneCtx& pc, const Scene& scene, float width, float visible_h) {
    std::vector<Row> rows = make_rows(pc, scene, width);
    const float bottom_gap = size_rows(pc, rows, visible_h);
    SceneLayout out;
    float y = 0;
    std::vector<std::pair<size_t, size_t>> row_boxes;  // [first, last) box index of each row
    for (const Row& r : rows) {
        y += r.gap_before;
        const size_t first = out.boxes.size();
        if (r.columns > 0) {
            const float pitch = (width - pc.pad) / float(r.columns);
            for (size_t i = 0; i < r.elements.size(); ++i)
                out.boxes.push_back({r.elements[i], Rect{pc.pad / 2 + float(i) * pitch, y, pitch, r.h}, {}});
        } else {
            const float x = r.full_bleed ? 0 : pc.pad;
            out.boxes.push_back({r.elements[0], Rect{x, y, width - 2 * x, r.h}, {}});
        }
        row_boxes.emplace_back(first, out.boxes.size());
        y += r.h;
    }
    out.height = y + bottom_gap;
    // Bands: rows meet halfway through the gap between them; the first and last reach the
    // content's edges; grid cells split the row's band by column.
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto [first, last] = row_boxes[i];
        const Rect& s = out.boxes[first].slot;
        const float top = i == 0 ? 0 : s.y - rows[i].gap_before / 2;
        const float bot = i + 1 == rows.size() ? out.height : s.y + s.h + rows[i + 1].gap_before / 2;
        const bool grid = rows[i].columns > 0;
        const bool full_row = int(rows[i].elements.size()) == rows[i].columns;
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
