// "Chị muốn lưu bài đã học không?": asked once before a visit with progress ends, while she
// has not registered. Keeping it (registering) is the highlighted answer, never ending.
#include "ui/screens/question_overlay.h"

namespace tramso::ui {

void draw_end_visit_question(const UiContext& ui, Events& out) {
    const QuestionSpec q{"end-visit",
                         ui.t("end_visit.question"),
                         ui.t("end_visit.detail"),
                         ui.t("end_visit.save"),
                         "user",
                         ui.t("end_visit.end"),
                         "exit"};
    switch (question_overlay(ui, q, out)) {
        case QuestionAnswer::First:
            out.push_back(app::ev::AnswerEndVisit{true});
            break;
        case QuestionAnswer::Second:
            out.push_back(app::ev::AnswerEndVisit{false});
            break;
        case QuestionAnswer::None:
            break;
    }
}

}  // namespace tramso::ui
