// The frame every registration and returning-learner screen shares: the question at
// the top with Home on the right, and Back · Listen · Next along the bottom, always in the
// same places as in a lesson. The screen draws its one question into `body`.
#pragma once

#include <string>

#include "ui/screens/screens.h"

namespace tramso::ui {

struct FrameSpec {
    std::string title;       // the question, with its counter ("Câu 2/5 · …") when there is one
    std::string speech;      // what Listen reads: the question, its hint, the message shown
    std::string back_label;  // empty: no Back button
    std::string next_label;  // empty: no Next button
    const char* next_icon = "next";
    bool next_primary = true;
    bool home_button = true;  // leaves for the home screen (answers kept until the session ends)
};

struct FrameResult {
    Rect body;
    bool back = false;
    bool next = false;
};

FrameResult register_frame(const UiContext& ui, const char* id, const FrameSpec& spec, Events& out);

}  // namespace tramso::ui
