// Every widget and every piece of text a screen draws reports itself here, once per frame.
// The headless driver finds "the first visible widget with exactly this label" and checks
// what text was drawn; that is the whole mechanism behind tests that tap like a finger.
#pragma once

#include <string>
#include <vector>

namespace tramso::ui {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    float cx() const { return x + w / 2; }
    float cy() const { return y + h / 2; }
    bool contains(float px, float py) const { return px >= x && py >= y && px < x + w && py < y + h; }
};

class WidgetRegistry {
public:
    struct Item {
        std::string label;
        Rect rect;
        bool tappable = false;
        std::string id;  // optional stable name for tests, e.g. "phone:zalo" (labels can repeat)
    };

    void begin_frame() { m_items.clear(); }
    void add_widget(std::string label, Rect r, std::string id = "") {
        m_items.push_back({std::move(label), r, true, std::move(id)});
    }
    void add_text(std::string text, Rect r) { m_items.push_back({std::move(text), r, false, ""}); }

    // First tappable widget whose label (or id) is exactly `label` and whose centre is on screen.
    const Item* find_widget(const std::string& label, float screen_w, float screen_h) const;
    // True if any drawn text or label contains `text`.
    bool drew(const std::string& text) const;
    // Labels drawn this frame, for failure messages.
    std::string visible_summary(size_t max_chars = 600) const;
    const std::vector<Item>& items() const { return m_items; }

private:
    std::vector<Item> m_items;
};

}  // namespace tramso::ui
