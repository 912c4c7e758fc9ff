// The lesson player's rules: steps, practice taps, quiz answers, Back that keeps answers,
// and the question before leaving.
#pragma once

#include "app/flow_part.h"

namespace tramso::app {

class LessonFlow final : public FlowPart {
public:
    explicit LessonFlow(Visit& visit) : FlowPart(visit) {}

    void open_lesson(LessonRef lesson, std::vector<Effect>& effects);
    void show_step(std::vector<Effect>& effects);
    // Records how long she spent on the step she is leaving.
    void leave_step(std::vector<Effect>& effects);
    void lesson_event(const Event& event, std::vector<Effect>& effects);
    // The open lesson's step, for the records that say where she was.
    std::optional<int> lesson_step() const;
    rec::LessonLeft left_record(std::string_view reason) const;
};

}  // namespace tramso::app
