// One lesson's follow-up page: its title, every step's words in order, each practice step as
// pictures of the phone before and after the right tap, the quiz questions with the right
// answer and why, the "learned" lines and the safety numbers the lesson names.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/lang.h"
#include "core/string_table.h"
#include "lessons/lesson.h"
#include "site/html.h"

namespace tramso::site {

struct PictureFile {
    std::string href;  // relative to the page ("buoc-3-truoc.png")
    int width = 0, height = 0;
};

// The pictures drawn for one step; `after` only when the lesson says what the phone shows
// after the right tap.
struct StepPictures {
    std::optional<PictureFile> before, after;
};

struct LessonPageInput {
    const Lesson& lesson;
    Lang lang;
    const StringTable& strings;
    PageShell shell;                     // title and language are filled from the lesson
    std::vector<StepPictures> pictures;  // one per step (empty entries for steps without)
};

// What the practice step asks her to tap, in words ("Kết thúc", "Lan (con gái)"), for the
// pictures' alt text; empty when the target has no words of its own.
std::string target_words(const Step& step, Lang lang);

std::string lesson_page_html(LessonPageInput input);

}  // namespace tramso::site
