// Reads the lesson's top-level keys and its steps (scenes are in scene_reader.cpp).
#include <algorithm>
#include <array>

#include "lessons/followup.h"
#include "lessons/lesson_limits.h"
#include "lessons/lesson_reading.h"
#include "lessons/pictograms.h"
#include "lessons/text_rules.h"

namespace tramso::lesson_detail {

namespace {

constexpr std::string_view kLessonKeys[] = {"id",        "version",  "order", "category", "minutes",
                                            "pictogram", "followup", "title", "summary",  "steps"};
constexpr std::string_view kCategories[] = {"basics", "communication", "safety", "services", "money", "work"};
constexpr std::string_view kStepKinds[] = {"explain", "practice", "quiz", "finish"};

// Keys each kind of step may use (content/README.md, "A lesson").
constexpr std::string_view kExplainKeys[] = {"kind", "text", "narration", "image", "audio", "scene"};
constexpr std::string_view kPracticeKeys[] = {"kind",  "text",   "narration", "hint",  "audio",
                                              "scene", "target", "success",   "result"};
constexpr std::string_view kQuizKeys[] = {"kind", "question", "answers", "narration", "image", "audio", "scene"};
constexpr std::string_view kFinishKeys[] = {"kind", "learned", "text", "narration", "image", "audio"};
constexpr std::string_view kAllStepKeys[] = {"kind",   "text",    "narration", "hint",     "image",   "audio",  "scene",
                                             "target", "success", "result",    "question", "answers", "learned"};
constexpr std::string_view kAnswerKeys[] = {"text", "correct", "feedback"};

Keys keys_for(StepKind kind) {
    switch (kind) {
        case StepKind::explain:
            return kExplainKeys;
        case StepKind::practice:
            return kPracticeKeys;
        case StepKind::quiz:
            return kQuizKeys;
        case StepKind::finish:
            return kFinishKeys;
    }
    return kAllStepKeys;
}

// For a key that some other kind of step uses: "remove it (hint is used in practice steps)".
std::string misplaced_step_key(std::string_view key) {
    std::string kinds;
    for (StepKind k : {StepKind::explain, StepKind::practice, StepKind::quiz, StepKind::finish}) {
        const Keys keys = keys_for(k);
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) continue;
        if (!kinds.empty()) kinds += ", ";
        kinds += step_kind_name(k);
    }
    if (kinds.empty()) return {};
    return "remove it (`" + std::string(key) + "` is used in " + kinds + " steps)";
}

std::string one_of(Keys names, std::string_view written) {
    std::string fix;
    if (std::string guess = closest_match(written, names); !guess.empty()) {
        fix = "did you mean \"" + guess + "\"? Use";
    } else {
        fix = "use";
    }
    fix += " one of: ";
    for (std::size_t i = 0; i < names.size(); ++i) fix += (i ? ", " : "") + std::string(names[i]);
    return fix;
}

std::optional<Problem> check_lesson_id(std::string_view id) {
    const std::string fix = "use lower case letters, digits and '-', like \"lam-quen-dien-thoai\"";
    if (id.empty()) return Problem{"`id` is empty", fix};
    if (id.size() > 60) return Problem{"`id` is longer than 60 characters", "shorten it"};
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok) return Problem{"`id` \"" + std::string(id) + "\" contains '" + c + "'", fix};
    }
    if (id.front() == '-' || id.back() == '-') {
        return Problem{"`id` \"" + std::string(id) + "\" starts or ends with '-'", fix};
    }
    return std::nullopt;
}

// Reads an integer and checks it lies in [lo, hi]; `why` explains the range to the writer.
std::optional<int> read_ranged(ReadContext& ctx, const toml::table& t, std::string_view key, std::int64_t lo,
                               std::int64_t hi, std::string_view why) {
    const auto v = read_int(ctx, t, key, "the lesson", true);
    if (!v) return std::nullopt;
    if (*v < lo || *v > hi) {
        ctx.error(*t.get(key),
                  "`" + std::string(key) + "` is " + std::to_string(*v) + "; it must be " + std::to_string(lo) +
                      (hi == INT32_MAX ? " or more" : "–" + std::to_string(hi)),
                  std::string(why));
        return std::nullopt;
    }
    return static_cast<int>(*v);
}

void read_header(ReadContext& ctx, const toml::table& root, Lesson& lesson) {
    const std::string_view owner = "the lesson";
    if (auto id = read_string(ctx, root, "id", owner, true, "\"ten-bai-hoc\"")) {
        const toml::node& node = *root.get("id");
        lesson.id = *id;
        lesson.id_pos = {static_cast<int>(node.source().begin.line), static_cast<int>(node.source().begin.column)};
        if (auto p = check_lesson_id(*id)) ctx.error(node, p->problem, p->fix);
    }
    lesson.version =
        read_ranged(ctx, root, "version", 1, INT32_MAX, "start at 1 and raise it when the steps change").value_or(0);
    lesson.order = read_ranged(ctx, root, "order", 1, 999, "1 is the first card on the home screen").value_or(0);
    lesson.minutes = read_ranged(ctx, root, "minutes", 1, 60, "write how many minutes a learner needs").value_or(0);

    if (auto category = read_string(ctx, root, "category", owner, true, "\"basics\"")) {
        const auto* it = std::find(std::begin(kCategories), std::end(kCategories), *category);
        if (it == std::end(kCategories)) {
            ctx.error(*root.get("category"), "unknown category \"" + *category + "\"", one_of(kCategories, *category));
        } else {
            lesson.category = static_cast<Category>(it - std::begin(kCategories));
        }
    }
    if (auto pictogram = read_string(ctx, root, "pictogram", owner, true, "\"phone\"")) {
        if (!is_pictogram(*pictogram)) {
            ctx.error(*root.get("pictogram"), "unknown pictogram \"" + *pictogram + "\"",
                      one_of(pictogram_names(), *pictogram));
        }
        lesson.pictogram = *pictogram;
    }
    if (auto followup = read_string(ctx, root, "followup", owner, false, "\"ten-bai-hoc\"")) {
        const toml::node& node = *root.get("followup");
        if (auto p = check_followup(*followup)) ctx.error(node, p->problem, p->fix);
        lesson.followup = *followup;
        lesson.followup_pos = {static_cast<int>(node.source().begin.line),
                               static_cast<int>(node.source().begin.column)};
    }
    lesson.title =
        read_text(ctx, root, "title", owner, true, text_limit::title, TextForm::localised).value_or(LocalText{});
    lesson.summary =
        read_text(ctx, root, "summary", owner, true, text_limit::summary, TextForm::localised).value_or(LocalText{});
}

void read_answers(ReadContext& ctx, const toml::table& step, const std::string& owner, Step& out) {
    const toml::node* node = step.get("answers");
    if (!node) {
        report_missing(ctx, step, "answers", owner, "[[steps.answers]] blocks (2 to 4)");
        return;
    }
    const toml::array* answers = node->as_array();
    if (!answers || !answers->is_array_of_tables()) {
        ctx.error(*node, "`answers` must be [[steps.answers]] blocks, not " + describe_type(*node),
                  "write each answer as [[steps.answers]] with text, feedback and maybe correct");
        return;
    }
    if (answers->size() < 2 || answers->size() > 4) {
        ctx.error(*node,
                  owner + " has " + std::to_string(answers->size()) + (answers->size() == 1 ? " answer" : " answers") +
                      "; a quiz needs 2 to 4",
                  answers->size() < 2 ? "add another [[steps.answers]]" : "keep the 4 clearest answers");
    }
    bool any_correct = false;
    for (std::size_t i = 0; i < answers->size(); ++i) {
        const toml::table& a = *answers->get(i)->as_table();
        const std::string a_owner = "answer " + std::to_string(i + 1) + " of " + owner;
        check_keys(ctx, a, kAnswerKeys, a_owner);
        Answer answer;
        answer.text =
            read_text(ctx, a, "text", a_owner, true, text_limit::answer, TextForm::localised).value_or(LocalText{});
        answer.correct = read_bool(ctx, a, "correct", a_owner).value_or(false);
        if (!a.get("feedback")) {
            ctx.error(a, a_owner + " has no `feedback`",
                      "add feedback = { vi = \"…\" } saying why this answer is right or wrong");
        } else {
            answer.feedback = read_text(ctx, a, "feedback", a_owner, true, text_limit::feedback, TextForm::localised)
                                  .value_or(LocalText{});
        }
        any_correct = any_correct || answer.correct;
        out.answers.push_back(std::move(answer));
    }
    if (!answers->empty() && !any_correct) {
        ctx.error(*node, "no answer of " + owner + " is marked correct", "add correct = true to the right answer");
    }
}

void read_learned(ReadContext& ctx, const toml::table& step, const std::string& owner, Step& out) {
    const toml::node* node = step.get("learned");
    if (!node) {
        report_missing(ctx, step, "learned", owner, "[ { vi = \"…\" } ] (1 to 3 lines)");
        return;
    }
    const toml::array* lines = node->as_array();
    if (!lines) {
        ctx.error(*node, "`learned` must be a list, not " + describe_type(*node),
                  "write learned = [ { vi = \"…\", en = \"…\" }, ]");
        return;
    }
    if (lines->empty() || lines->size() > 3) {
        ctx.error(
            *node, owner + " has " + std::to_string(lines->size()) + " learned lines; a finish step needs 1 to 3",
            lines->empty() ? "add what the learner can now do, one line each" : "keep the 3 most important lines");
    }
    for (const toml::node& line : *lines) {
        if (auto text = read_text_value(ctx, line, "learned", text_limit::learned, TextForm::localised)) {
            out.learned.push_back(std::move(*text));
        }
    }
}

void read_practice(ReadContext& ctx, const toml::table& step, const std::string& owner, Step& out) {
    out.hint = read_text(ctx, step, "hint", owner, false, text_limit::hint, TextForm::localised).value_or(LocalText{});
    out.success =
        read_text(ctx, step, "success", owner, false, text_limit::success, TextForm::localised).value_or(LocalText{});
    if (!step.get("scene")) {
        ctx.error(step, owner + " has no phone screen to practise on",
                  "add a [steps.scene] table with [[steps.scene.elements]]");
    }
    const auto target = read_string(ctx, step, "target", owner, true, "\"<element id>\"");
    if (target && out.scene) check_target(ctx, *out.scene, *step.get("target"), *target);
    if (target) out.target = *target;
    if (const toml::node* result = step.get("result")) {
        out.result = read_scene(ctx, *result, "the result of " + owner);
    } else if (step.get("scene")) {
        // The phone answering her right tap is what a practice teaches: cause and effect.
        ctx.error(step, owner + " has no result: the phone screen shown after the right tap",
                  "add a [steps.result] table with [[steps.result.elements]] after the scene");
    }
}

Step read_step(ReadContext& ctx, const toml::table& step, std::size_t number) {
    Step out;
    std::string owner = "step " + std::to_string(number);
    const auto kind = read_string(ctx, step, "kind", owner, true, "\"explain\"");
    const auto* it = kind ? std::find(std::begin(kStepKinds), std::end(kStepKinds), *kind) : std::end(kStepKinds);
    if (kind && it == std::end(kStepKinds)) {
        ctx.error(*step.get("kind"), "unknown step kind \"" + *kind + "\"", one_of(kStepKinds, *kind));
    }
    if (it == std::end(kStepKinds)) {
        check_keys(ctx, step, kAllStepKeys, owner);
        return out;  // without a kind nothing else can be judged
    }
    out.kind = static_cast<StepKind>(it - std::begin(kStepKinds));
    owner += " (" + *kind + ")";
    check_keys(ctx, step, keys_for(out.kind), owner, misplaced_step_key);

    const bool text_required = out.kind == StepKind::explain || out.kind == StepKind::practice;
    if (out.kind != StepKind::quiz) {
        out.text = read_text(ctx, step, "text", owner, text_required, text_limit::step_text, TextForm::localised)
                       .value_or(LocalText{});
    }
    out.narration = read_text(ctx, step, "narration", owner, false, lesson_limit::narration, TextForm::localised)
                        .value_or(LocalText{});
    if (out.kind != StepKind::practice) {
        out.image = read_asset(ctx, step, "image", owner, AssetKind::png).value_or("");
    }
    out.audio = read_asset(ctx, step, "audio", owner, AssetKind::wav).value_or("");
    if (const toml::node* scene = step.get("scene"); scene && out.kind != StepKind::finish) {
        out.scene = read_scene(ctx, *scene, "the scene of " + owner);
    }
    switch (out.kind) {
        case StepKind::explain:
            break;
        case StepKind::practice:
            read_practice(ctx, step, owner, out);
            break;
        case StepKind::quiz:
            out.question = read_text(ctx, step, "question", owner, true, text_limit::question, TextForm::localised)
                               .value_or(LocalText{});
            read_answers(ctx, step, owner, out);
            break;
        case StepKind::finish:
            read_learned(ctx, step, owner, out);
            break;
    }
    return out;
}

void read_steps(ReadContext& ctx, const toml::table& root, Lesson& lesson) {
    const toml::node* node = root.get("steps");
    if (!node) {
        ctx.error(root, "the lesson has no steps", "add [[steps]] blocks; the last one has kind = \"finish\"");
        return;
    }
    const toml::array* steps = node->as_array();
    if (!steps || !steps->is_array_of_tables() || steps->empty()) {
        ctx.error(*node, "`steps` must be [[steps]] blocks, not " + describe_type(*node),
                  "start each step with [[steps]] (double brackets)");
        return;
    }
    if (steps->size() > lesson_limit::steps) {
        // Reported at the first step past the limit; the rest are not read.
        ctx.error(*steps->get(lesson_limit::steps),
                  "the lesson has " + std::to_string(steps->size()) + " steps; the limit is " +
                      std::to_string(lesson_limit::steps),
                  "split it into two lessons");
        return;
    }
    for (std::size_t i = 0; i < steps->size(); ++i) {
        const toml::table& t = *steps->get(i)->as_table();
        lesson.steps.push_back(read_step(ctx, t, i + 1));
        const bool last = i + 1 == steps->size();
        const bool is_finish = t.get("kind") && t.get("kind")->value<std::string>() == "finish";
        if (last && !is_finish) {
            ctx.error(t, "the lesson does not end with a finish step",
                      "add a last [[steps]] with kind = \"finish\" and learned = [ … ]");
        } else if (!last && is_finish) {
            ctx.error(t, "step " + std::to_string(i + 1) + " is a finish step but not the last",
                      "move it to the end; steps after a finish are never shown");
        }
    }
}

}  // namespace

Lesson read_lesson(ReadContext& ctx, const toml::table& root) {
    check_keys(ctx, root, kLessonKeys, "the lesson");
    Lesson lesson;
    read_header(ctx, root, lesson);
    read_steps(ctx, root, lesson);
    return lesson;
}

}  // namespace tramso::lesson_detail
