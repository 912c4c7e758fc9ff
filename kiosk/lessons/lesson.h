// The lesson model: plain data read from one content/lessons/*.toml file (see content/README.md,
// the authoritative description of every field). Loading and validation live in
// lesson_loader.h; everything here is already checked, so the UI can trust it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lessons/local_text.h"

namespace tramso {

// Where something was written in a lesson file (1-based; 0 = unknown).
struct SourcePos {
    int line = 0;
    int column = 0;
};

enum class Category { basics, communication, safety, services, money, work };

enum class ElementType {
    app,
    search,
    chat,
    message,
    image,
    text,
    button,
    field,
    keypad,
    banner,
    call,
    transfer,
    qr,
    tabs
};

enum class ButtonStyle { primary, danger, success, neutral };
enum class MessageFrom { them, me };

struct TabItem {
    std::string id;  // tappable as "<element id>.<item id>"
    LocalText label;
    std::string icon;  // pictogram name
};

// One thing on the phone screen. A flat struct: only the fields of its `type` are set
// (the table in content/README.md says which).
struct SceneElement {
    std::string id;
    ElementType type = ElementType::text;
    LocalText label;                           // app, search, image (caption), button, field, qr
    std::string icon;                          // app, image: pictogram name
    std::optional<std::uint32_t> color;        // app: 0xRRGGBB
    LocalText name;                            // chat, call, transfer
    LocalText text;                            // chat (last message), message, text, banner
    LocalText time;                            // chat, message
    int unread = 0;                            // chat
    MessageFrom from = MessageFrom::them;      // message
    LocalText link;                            // message: a link shown in the bubble
    std::filesystem::path file;                // image: resolved path of the PNG, empty if `icon` is used
    ButtonStyle style = ButtonStyle::primary;  // button
    LocalText value;                           // field (text already typed), qr (what the code holds)
    LocalText app;                             // banner: the app that sent the notification
    LocalText subtitle;                        // call
    bool video = false;                        // call
    LocalText bank, account, amount, note;     // transfer
    std::vector<TabItem> items;                // tabs
};

struct Scene {
    LocalText title;    // app bar title; empty: home screen, no app bar
    bool back = false;  // app bar shows a back arrow, tappable as target "back"
    std::vector<SceneElement> elements;
};

enum class StepKind { explain, practice, quiz, finish };

struct Answer {
    LocalText text;
    bool correct = false;
    LocalText feedback;
};

struct Step {
    StepKind kind = StepKind::explain;
    LocalText text;                  // explain, practice, finish (optional there)
    LocalText narration;             // read aloud instead of `text` / `question` when set
    LocalText hint;                  // practice
    std::filesystem::path image;     // resolved path of a PNG; empty: none
    std::filesystem::path audio;     // resolved path of a WAV recording; empty: use speech
    std::optional<Scene> scene;      // always set for practice steps
    std::string target;              // practice: "<element id>" or "<element id>.<part>" or "back"
    LocalText success;               // practice: said when the target is tapped
    std::optional<Scene> result;     // practice: what the phone shows after the right action
    LocalText question;              // quiz
    std::vector<Answer> answers;     // quiz: 2–4, at least one correct
    std::vector<LocalText> learned;  // finish: 1–3 lines

    // What the voice reads for this step.
    const LocalText& spoken() const {
        if (!narration.empty()) return narration;
        return kind == StepKind::quiz ? question : text;
    }
};

struct Lesson {
    std::string id;
    int version = 0;
    int order = 0;
    Category category = Category::basics;
    int minutes = 0;
    std::string pictogram;
    std::string followup;  // as written: a slug or an absolute https:// URL; empty: none
    LocalText title;
    LocalText summary;
    std::vector<Step> steps;  // never empty; the last one is a finish
    std::filesystem::path source_file;
    SourcePos id_pos;        // where `id` was written, for duplicate-id messages
    SourcePos followup_pos;  // where `followup` was written, for QR link messages
};

std::string_view category_name(Category c);
std::string_view element_type_name(ElementType t);
std::string_view step_kind_name(StepKind k);

// The parts of an element a practice step may target as "<id>.<part>" (README table).
std::vector<std::string> tappable_parts(const SceneElement& e);

const SceneElement* find_element(const Scene& scene, std::string_view id);

// Every text the phone shows for `scene`, top to bottom: the title, then each element's
// strings in the order they are drawn, tab labels last. Empty texts are left out.
std::vector<const LocalText*> scene_texts(const Scene& scene);

// True if `target` ("id", "id.part" or "back") names something tappable in `scene`.
bool scene_has_target(const Scene& scene, std::string_view target);

}  // namespace tramso
