// The safety numbers a lesson names, gathered into one box on its follow-up page so she finds
// them at home without reading the lesson again: the emergency numbers and, when the lesson
// sends her to her bank, the hotline printed on the back of her card.
#pragma once

#include <string>
#include <vector>

#include "lessons/lesson.h"

namespace tramso::site {

enum class SafetyNumber { police_113, fire_114, ambulance_115, bank_hotline };

// In the order above; each once. Found in the Vietnamese words of every step (texts, hints,
// answers, explanations, "learned" lines): a number counts as a whole number only ("113",
// not "1130"), the bank hotline by the lesson speaking of the number on the bank card.
std::vector<SafetyNumber> safety_numbers_in(const Lesson& lesson);

}  // namespace tramso::site
