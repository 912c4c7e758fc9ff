// The visit as a whole: it starts with a touch on the attract screen, switches language,
// opens what home lists, and ends (goodbye, idle, staff, a fault) with everything of hers
// cleared. Also the lessons home lists, and the reload that replaces them.
#pragma once

#include "app/flow_part.h"

namespace tramso::app {

class SessionFlow final : public FlowPart {
public:
    explicit SessionFlow(Visit& visit) : FlowPart(visit) {}

    // The events that belong to the whole visit, whatever screen shows; false for the rest.
    bool session_event(const Event& event, std::vector<Effect>& effects);
    // While "Chị muốn lưu bài đã học không?" shows: true for every event but those that work
    // over any screen (Listen, help, staff, a stop signal), so nothing beneath is pressed.
    bool end_question_event(const Event& event, std::vector<Effect>& effects);
    void build_home_entries();
    void reset_to_attract(std::vector<Effect>& effects, EndReason reason);
    LessonRef find_lesson(std::string_view id) const;
    Lang default_lang() const;
    void set_default_language(Lang lang);
    // The lessons were read again: home lists the new ones.
    void content_reloaded(ContentSnapshot content);
};

}  // namespace tramso::app
