#include "lessons/lesson.h"

namespace tramso {

std::string_view category_name(Category c) {
    switch (c) {
        case Category::basics:
            return "basics";
        case Category::communication:
            return "communication";
        case Category::safety:
            return "safety";
        case Category::services:
            return "services";
        case Category::money:
            return "money";
        case Category::work:
            return "work";
    }
    return "basics";
}

std::string_view element_type_name(ElementType t) {
    switch (t) {
        case ElementType::app:
            return "app";
        case ElementType::search:
            return "search";
        case ElementType::chat:
            return "chat";
        case ElementType::message:
            return "message";
        case ElementType::image:
            return "image";
        case ElementType::text:
            return "text";
        case ElementType::button:
            return "button";
        case ElementType::field:
            return "field";
        case ElementType::keypad:
            return "keypad";
        case ElementType::banner:
            return "banner";
        case ElementType::call:
            return "call";
        case ElementType::transfer:
            return "transfer";
        case ElementType::qr:
            return "qr";
        case ElementType::tabs:
            return "tabs";
    }
    return "text";
}

std::string_view step_kind_name(StepKind k) {
    switch (k) {
        case StepKind::explain:
            return "explain";
        case StepKind::practice:
            return "practice";
        case StepKind::quiz:
            return "quiz";
        case StepKind::finish:
            return "finish";
    }
    return "explain";
}

std::vector<std::string> tappable_parts(const SceneElement& e) {
    switch (e.type) {
        case ElementType::keypad:
            return {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "ok"};
        case ElementType::call:
            return {"accept", "decline"};
        case ElementType::transfer:
            return {"confirm", "cancel"};
        case ElementType::message:
            if (!e.link.empty()) return {"link"};
            return {};
        case ElementType::tabs: {
            std::vector<std::string> parts;
            for (const TabItem& item : e.items) parts.push_back(item.id);
            return parts;
        }
        default:
            return {};
    }
}

const SceneElement* find_element(const Scene& scene, std::string_view id) {
    for (const SceneElement& e : scene.elements) {
        if (e.id == id) return &e;
    }
    return nullptr;
}

bool scene_has_target(const Scene& scene, std::string_view target) {
    if (target == "back") return scene.back;
    const auto dot = target.find('.');
    const SceneElement* e = find_element(scene, target.substr(0, dot));
    if (!e) return false;
    if (dot == std::string_view::npos) return true;
    const std::string_view part = target.substr(dot + 1);
    for (const std::string& p : tappable_parts(*e)) {
        if (p == part) return true;
    }
    return false;
}

std::vector<const LocalText*> scene_texts(const Scene& scene) {
    std::vector<const LocalText*> out;
    auto add = [&](const LocalText& t) {
        if (!t.empty()) out.push_back(&t);
    };
    add(scene.title);
    for (const SceneElement& e : scene.elements) {
        for (const LocalText* t : {&e.app, &e.name, &e.bank, &e.account, &e.amount, &e.note, &e.label, &e.subtitle,
                                   &e.text, &e.link, &e.value, &e.time})
            add(*t);
        for (const TabItem& item : e.items) add(item.label);
    }
    return out;
}

}  // namespace tramso
