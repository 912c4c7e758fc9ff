// Reads a phone scene ([steps.scene] and its [[steps.scene.elements]]) and checks practice
// targets against it. Which fields each element type has is one table, kTypes, mirroring the
// table in content/README.md.
#include <algorithm>
#include <array>
#include <map>
#include <vector>

#include "lessons/lesson_limits.h"
#include "lessons/lesson_reading.h"
#include "lessons/pictograms.h"
#include "lessons/text_rules.h"

namespace tramso::lesson_detail {

namespace {

enum class Field { text, icon, color, count, flag, from, style, file, items };

struct FieldSpec {
    std::string_view key;
    Field kind;
    bool required;
    LocalText SceneElement::*member = nullptr;  // for Field::text
};

struct TypeSpec {
    ElementType type;
    std::vector<FieldSpec> fields;
};

using E = SceneElement;
const std::vector<TypeSpec>& types() {
    static const std::vector<TypeSpec> kTypes = {
        {ElementType::app,
         {{"label", Field::text, true, &E::label}, {"icon", Field::icon, true}, {"color", Field::color, false}}},
        {ElementType::search, {{"label", Field::text, true, &E::label}}},
        {ElementType::chat,
         {{"name", Field::text, true, &E::name},
          {"text", Field::text, true, &E::text},
          {"time", Field::text, false, &E::time},
          {"unread", Field::count, false}}},
        {ElementType::message,
         {{"from", Field::from, true},
          {"text", Field::text, true, &E::text},
          {"link", Field::text, false, &E::link},
          {"time", Field::text, false, &E::time}}},
        {ElementType::image,
         {{"file", Field::file, false}, {"icon", Field::icon, false}, {"label", Field::text, false, &E::label}}},
        {ElementType::text, {{"text", Field::text, true, &E::text}}},
        {ElementType::button, {{"label", Field::text, true, &E::label}, {"style", Field::style, false}}},
        {ElementType::field, {{"label", Field::text, true, &E::label}, {"value", Field::text, false, &E::value}}},
        {ElementType::keypad, {}},
        {ElementType::banner, {{"app", Field::text, true, &E::app}, {"text", Field::text, true, &E::text}}},
        {ElementType::call,
         {{"name", Field::text, true, &E::name},
          {"subtitle", Field::text, false, &E::subtitle},
          {"video", Field::flag, false}}},
        {ElementType::transfer,
         {{"bank", Field::text, true, &E::bank},
          {"account", Field::text, true, &E::account},
          {"name", Field::text, true, &E::name},
          {"amount", Field::text, true, &E::amount},
          {"note", Field::text, false, &E::note}}},
        {ElementType::qr, {{"label", Field::text, false, &E::label}, {"value", Field::text, false, &E::value}}},
        {ElementType::tabs, {{"items", Field::items, true}}},
    };
    return kTypes;
}

constexpr std::string_view kSceneKeys[] = {"title", "back", "elements"};
constexpr std::string_view kTabItemKeys[] = {"id", "label", "icon"};
constexpr std::string_view kStyles[] = {"primary", "danger", "success", "neutral"};

std::vector<std::string_view> type_names() {
    std::vector<std::string_view> names;
    for (const TypeSpec& t : types()) names.push_back(element_type_name(t.type));
    return names;
}

std::string list(Keys names) {
    std::string out;
    for (std::string_view n : names) out += (out.empty() ? "" : ", ") + std::string(n);
    return out;
}

std::string suggest(Keys names, std::string_view written) {
    const std::string guess = closest_match(written, names);
    return (guess.empty() ? "use" : "did you mean \"" + guess + "\"? Use") + " one of: " + list(names);
}

bool valid_element_id(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

std::optional<std::string> read_id(ReadContext& ctx, const toml::table& t, std::string_view owner) {
    auto id = read_string(ctx, t, "id", owner, true, "\"ten\"");
    if (id && !valid_element_id(*id)) {
        ctx.error(*t.get("id"), "id \"" + *id + "\" may only use letters, digits, '-' and '_'",
                  "rename it, like \"nut-gui\" or \"send_button\"");
    }
    return id;
}

void read_pictogram(ReadContext& ctx, const toml::table& t, std::string_view owner, bool required, std::string& out) {
    auto icon = read_string(ctx, t, "icon", owner, required, "\"phone\"");
    if (!icon) return;
    if (!is_pictogram(*icon)) {
        ctx.error(*t.get("icon"), "unknown icon \"" + *icon + "\"", suggest(pictogram_names(), *icon));
    }
    out = *icon;
}

std::optional<std::uint32_t> parse_color(std::string_view s) {
    if (s.size() != 7 || s[0] != '#') return std::nullopt;
    std::uint32_t rgb = 0;
    for (char c : s.substr(1)) {
        const int digit = (c >= '0' && c <= '9')   ? c - '0'
                          : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                          : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                   : -1;
        if (digit < 0) return std::nullopt;
        rgb = rgb * 16 + static_cast<std::uint32_t>(digit);
    }
    return rgb;
}

void read_tab_items(ReadContext& ctx, const toml::table& t, std::string_view owner, SceneElement& e) {
    const toml::node* node = t.get("items");
    if (!node) {
        report_missing(ctx, t, "items", owner, "[ { id = \"…\", label = \"…\", icon = \"home\" } ]");
        return;
    }
    const toml::array* items = node->as_array();
    if (!items || items->empty() || !items->is_array_of_tables()) {
        ctx.error(*node, "`items` must be a list of { id, label, icon } tables",
                  "write items = [ { id = \"home\", label = \"Trang chủ\", icon = \"home\" } ]");
        return;
    }
    if (items->size() > lesson_limit::tab_items) {
        ctx.error(*items->get(lesson_limit::tab_items),
                  std::string(owner) + " has " + std::to_string(items->size()) + " tabs; the limit is " +
                      std::to_string(lesson_limit::tab_items),
                  "keep the tabs a real app shows");
        return;
    }
    for (std::size_t i = 0; i < items->size(); ++i) {
        const toml::table& it = *items->get(i)->as_table();
        const std::string item_owner = "tab " + std::to_string(i + 1) + " of " + std::string(owner);
        check_keys(ctx, it, kTabItemKeys, item_owner);
        TabItem item;
        if (auto id = read_id(ctx, it, item_owner)) {
            const bool dup = std::any_of(e.items.begin(), e.items.end(), [&](const TabItem& o) { return o.id == *id; });
            if (dup) ctx.error(*it.get("id"), "tab id \"" + *id + "\" is used twice", "rename one");
            item.id = *id;
        }
        item.label =
            read_text(ctx, it, "label", item_owner, true, text_limit::scene, TextForm::scene).value_or(LocalText{});
        read_pictogram(ctx, it, item_owner, true, item.icon);
        e.items.push_back(std::move(item));
    }
}

void read_field(ReadContext& ctx, const toml::table& t, const FieldSpec& f, std::string_view owner, SceneElement& e) {
    const toml::node* node = t.get(f.key);
    switch (f.kind) {
        case Field::text:
            if (auto text = read_text(ctx, t, f.key, owner, f.required, text_limit::scene, TextForm::scene)) {
                e.*f.member = std::move(*text);
            }
            break;
        case Field::icon:
            read_pictogram(ctx, t, owner, f.required, e.icon);
            break;
        case Field::color:
            if (auto c = read_string(ctx, t, f.key, owner, f.required, "\"#0068FF\"")) {
                e.color = parse_color(*c);
                if (!e.color) {
                    ctx.error(*node, "colour \"" + *c + "\" is not #RRGGBB",
                              "write it as '#' and six hex digits, like \"#0068FF\"");
                }
            }
            break;
        case Field::count:
            if (auto n = read_int(ctx, t, f.key, owner, f.required)) {
                if (*n < 0 || *n > 999) {
                    ctx.error(*node, "`unread` is " + std::to_string(*n) + "; it must be 0–999",
                              "write how many messages are unread");
                } else {
                    e.unread = static_cast<int>(*n);
                }
            }
            break;
        case Field::flag:
            e.video = read_bool(ctx, t, f.key, owner).value_or(false);
            break;
        case Field::from:
            if (auto from = read_string(ctx, t, f.key, owner, f.required, "\"them\"")) {
                if (*from == "them" || *from == "me") {
                    e.from = *from == "me" ? MessageFrom::me : MessageFrom::them;
                } else {
                    static constexpr std::string_view kFrom[] = {"them", "me"};
                    ctx.error(*node, "`from` is \"" + *from + "\"", suggest(kFrom, *from));
                }
            }
            break;
        case Field::style:
            if (auto style = read_string(ctx, t, f.key, owner, f.required, "\"primary\"")) {
                const auto* it = std::find(std::begin(kStyles), std::end(kStyles), *style);
                if (it == std::end(kStyles)) {
                    ctx.error(*node, "unknown button style \"" + *style + "\"", suggest(kStyles, *style));
                } else {
                    e.style = static_cast<ButtonStyle>(it - std::begin(kStyles));
                }
            }
            break;
        case Field::file:
            e.file = read_asset(ctx, t, f.key, owner, AssetKind::png).value_or("");
            break;
        case Field::items:
            read_tab_items(ctx, t, owner, e);
            break;
    }
}

// For a key that only other element types use: "remove it (`unread` belongs to chat elements)".
std::string misplaced_field(std::string_view key) {
    std::string owners;
    for (const TypeSpec& t : types()) {
        for (const FieldSpec& f : t.fields) {
            if (f.key != key) continue;
            owners += (owners.empty() ? "" : ", ") + std::string(element_type_name(t.type));
        }
    }
    if (owners.empty()) return {};
    return "remove it (`" + std::string(key) + "` is a field of " + owners + " elements)";
}

std::optional<SceneElement> read_element(ReadContext& ctx, const toml::table& t, std::size_t n,
                                         std::string_view scene_owner) {
    SceneElement e;
    std::string owner = "element " + std::to_string(n) + " in " + std::string(scene_owner);
    const auto id = read_id(ctx, t, owner);
    if (id) {
        e.id = *id;
        owner = "element \"" + *id + "\" in " + std::string(scene_owner);
    }
    const auto names = type_names();
    const auto type = read_string(ctx, t, "type", owner, true, "\"text\"");
    const auto spec = std::find_if(types().begin(), types().end(),
                                   [&](const TypeSpec& s) { return type && element_type_name(s.type) == *type; });
    if (spec == types().end()) {
        if (type) ctx.error(*t.get("type"), "unknown element type \"" + *type + "\"", suggest(names, *type));
        std::vector<std::string_view> all = {"id", "type"};
        for (const TypeSpec& s : types()) {
            for (const FieldSpec& f : s.fields) {
                if (std::find(all.begin(), all.end(), f.key) == all.end()) all.push_back(f.key);
            }
        }
        check_keys(ctx, t, all, owner);
        // Keep the element (as plain text) so a target naming it does not add a second error.
        if (!id) return std::nullopt;
        return e;
    }
    e.type = spec->type;
    std::vector<std::string_view> allowed = {"id", "type"};
    for (const FieldSpec& f : spec->fields) allowed.push_back(f.key);
    check_keys(ctx, t, allowed, owner, misplaced_field);
    for (const FieldSpec& f : spec->fields) read_field(ctx, t, f, owner, e);

    if (e.type == ElementType::image) {
        const bool file = t.get("file") != nullptr, icon = t.get("icon") != nullptr;
        if (file == icon) {
            ctx.error(t, owner + (file ? " has both `file` and `icon`" : " has no picture"),
                      file ? "keep one of them" : "add file = \"images/….png\" or icon = \"photo\"");
        }
    }
    if (!id) return std::nullopt;
    return e;
}

}  // namespace

std::optional<Scene> read_scene(ReadContext& ctx, const toml::node& node, std::string_view owner) {
    const toml::table* t = node.as_table();
    if (!t) {
        ctx.error(node, "`scene` must be a [steps.scene] table, not " + describe_type(node),
                  "write [steps.scene] on its own line, then its keys");
        return std::nullopt;
    }
    check_keys(ctx, *t, kSceneKeys, owner);
    Scene scene;
    scene.title = read_text(ctx, *t, "title", owner, false, text_limit::scene, TextForm::scene).value_or(LocalText{});
    scene.back = read_bool(ctx, *t, "back", owner).value_or(false);

    const toml::node* elements = t->get("elements");
    if (!elements) return scene;
    const toml::array* list = elements->as_array();
    if (!list || !list->is_array_of_tables()) {
        ctx.error(*elements, "`elements` must be [[steps.scene.elements]] blocks, not " + describe_type(*elements),
                  "start each element with [[steps.scene.elements]]");
        return scene;
    }
    if (list->size() > lesson_limit::scene_elements) {
        // Reported at the first element past the limit; none are read, so a huge scene costs
        // nothing but this message.
        ctx.error(*list->get(lesson_limit::scene_elements),
                  std::string(owner) + " has " + std::to_string(list->size()) + " elements; the limit is " +
                      std::to_string(lesson_limit::scene_elements),
                  "show fewer things at once; a phone screen holds a handful");
        return std::nullopt;  // no scene, so no follow-on "target is not an element" error
    }
    std::map<std::string, int> first_line;  // element id -> line it was defined on
    for (std::size_t i = 0; i < list->size(); ++i) {
        const toml::table& et = *list->get(i)->as_table();
        auto element = read_element(ctx, et, i + 1, owner);
        if (!element) continue;
        const toml::node& id_node = *et.get("id");
        const int line = static_cast<int>(id_node.source().begin.line);
        if (scene.back && element->id == "back") {
            ctx.error(id_node, "element id \"back\" is taken by the back arrow (back = true)",
                      "give this element another id");
        } else if (auto [it, added] = first_line.emplace(element->id, line); !added) {
            ctx.error(id_node,
                      "element id \"" + element->id +
                          "\" is used twice in this scene (first on "
                          "line " +
                          std::to_string(it->second) + ")",
                      "give each element its own id");
        }
        scene.elements.push_back(std::move(*element));
    }
    return scene;
}

void check_target(ReadContext& ctx, const Scene& scene, const toml::node& node, std::string_view target) {
    const std::string written = "\"" + std::string(target) + "\"";
    if (target == "back") {
        if (!scene.back) {
            ctx.error(node, "target \"back\" needs a back arrow, and this scene has none",
                      "add back = true to [steps.scene]");
        }
        return;
    }
    const auto dot = target.find('.');
    const std::string_view id = target.substr(0, dot);
    const SceneElement* e = find_element(scene, id);
    if (!e) {
        std::vector<std::string_view> ids;
        for (const SceneElement& el : scene.elements) ids.push_back(el.id);
        if (scene.back) ids.push_back("back");
        ctx.error(node, "target " + written + " is not an element of this step's scene",
                  ids.empty() ? "add an element with id = \"" + std::string(id) + "\" to the scene" : suggest(ids, id));
        return;
    }
    if (dot == std::string_view::npos) return;
    const std::string_view part = target.substr(dot + 1);
    const std::vector<std::string> parts = tappable_parts(*e);
    if (std::find(parts.begin(), parts.end(), part) != parts.end()) return;

    const std::string kind(element_type_name(e->type));
    if (e->type == ElementType::message && part == "link") {
        ctx.error(node, "target " + written + ": message \"" + e->id + "\" has no link",
                  "add link = \"…\" to that message, or target \"" + e->id + "\"");
    } else if (parts.empty()) {
        ctx.error(node, "target " + written + ": element \"" + e->id + "\" (" + kind + ") has no tappable parts",
                  "target the whole element: \"" + e->id + "\"");
    } else {
        std::vector<std::string> full;
        for (const std::string& p : parts) full.push_back(e->id + "." + p);
        std::vector<std::string_view> views(full.begin(), full.end());
        ctx.error(node,
                  "target " + written + ": element \"" + e->id + "\" (" + kind + ") has no part \"" +
                      std::string(part) + "\"",
                  suggest(views, target));
    }
}

}  // namespace tramso::lesson_detail
