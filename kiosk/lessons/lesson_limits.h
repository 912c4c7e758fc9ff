// How much one lesson may hold. The bundled lessons use at most 15 steps, 7 elements in a
// scene and 5 tabs; these leave a wide margin while keeping a wrong or hostile file from
// costing the kiosk memory and time it needs for learners. Text shown on screen has its own,
// tighter limits in text_rules.h.
#pragma once

#include <cstddef>

namespace tramso::lesson_limit {

inline constexpr std::size_t steps = 60;           // [[steps]] per lesson
inline constexpr std::size_t scene_elements = 40;  // [[steps.scene.elements]] per scene
inline constexpr std::size_t tab_items = 8;        // items of one tab bar
inline constexpr std::size_t plain_string = 200;   // ids, paths, names from lists, colours
inline constexpr int narration = 1000;             // characters read aloud for one step

}  // namespace tramso::lesson_limit
