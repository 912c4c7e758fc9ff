// A question that dims the screen and waits for one of two answers ("leave the lesson?",
// "keep what you learned?"): the question big, an optional sentence under it, the two answers
// side by side (the first is the highlighted one) and Listen under them.
#pragma once

#include <string>

#include "ui/screens/screens.h"

namespace tramso::ui {

struct QuestionSpec {
    const char* id;  // the overlay's window name
    std::string question;
    std::string detail;  // may be empty
    std::string first_label;
    const char* first_icon = nullptr;
    std::string second_label;
    const char* second_icon = nullptr;
};

enum class QuestionAnswer { None, First, Second };

QuestionAnswer question_overlay(const UiContext& ui, const QuestionSpec& q, Events& out);

}  // namespace tramso::ui
