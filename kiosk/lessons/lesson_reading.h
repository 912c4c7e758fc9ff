// Internal to kiosk/lessons: turn a parsed TOML document into a Lesson, checking it against
// content/README.md as it goes. Problems are collected in the ReadContext; the returned model
// is meaningful only when none were found.
#pragma once

#include <optional>
#include <string_view>

#include "lessons/lesson.h"
#include "lessons/toml_reading.h"

namespace tramso::lesson_detail {

Lesson read_lesson(ReadContext& ctx, const toml::table& root);

// A [steps.scene] table. `owner` names it in messages ("the scene of step 3").
std::optional<Scene> read_scene(ReadContext& ctx, const toml::node& node, std::string_view owner);

// Reports a practice `target` (at `node`) that names nothing tappable in `scene`.
void check_target(ReadContext& ctx, const Scene& scene, const toml::node& node, std::string_view target);

}  // namespace tramso::lesson_detail
