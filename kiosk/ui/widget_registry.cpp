#include "ui/widget_registry.h"

namespace tramso::ui {

const WidgetRegistry::Item* WidgetRegistry::find_widget(const std::string& label, float screen_w,
                                                        float screen_h) const {
    for (const Item& item : m_items) {
        if (!item.tappable || (item.label != label && item.id != label)) continue;
        const float cx = item.rect.cx(), cy = item.rect.cy();
        if (cx >= 0 && cy >= 0 && cx < screen_w && cy < screen_h) return &item;
    }
    return nullptr;
}

bool WidgetRegistry::drew(const std::string& text) const {
    for (const Item& item : m_items)
        if (item.label.find(text) != std::string::npos) return true;
    return false;
}

std::string WidgetRegistry::visible_summary(size_t max_chars) const {
    std::string out;
    for (const Item& item : m_items) {
        if (item.label.empty()) continue;
        std::string part = (item.tappable ? "[" + item.label + "]" : "\"" + item.label + "\"");
        if (!out.empty()) out += " ";
        out += part;
        if (out.size() > max_chars) {
            out += " …";
            break;
        }
    }
    return out;
}

}  // namespace tramso::ui
