#include "app/flow_part.h"

#include "app/finish_flow.h"
#include "app/help_flow.h"
#include "app/lesson_flow.h"
#include "app/registration_flow.h"
#include "app/session_flow.h"
#include "app/staff_flow.h"
#include "core/civil_time.h"

namespace tramso::app {

int FlowPart::current_year() const { return local_date(m_clock.wall_ms(), m_config.hours.utc_offset_minutes).year; }

void FlowPart::reset_to_attract(std::vector<Effect>& effects, EndReason reason) {
    m_visit.parts.session->reset_to_attract(effects, reason);
}
LessonRef FlowPart::find_lesson(std::string_view id) const { return m_visit.parts.session->find_lesson(id); }
Lang FlowPart::default_lang() const { return m_visit.parts.session->default_lang(); }
void FlowPart::content_reloaded(ContentSnapshot content) {
    m_visit.parts.session->content_reloaded(std::move(content));
}

void FlowPart::open_lesson(LessonRef lesson, std::vector<Effect>& effects) {
    m_visit.parts.lesson->open_lesson(std::move(lesson), effects);
}
void FlowPart::show_step(std::vector<Effect>& effects) { m_visit.parts.lesson->show_step(effects); }
void FlowPart::leave_step(std::vector<Effect>& effects) { m_visit.parts.lesson->leave_step(effects); }
std::optional<int> FlowPart::lesson_step() const { return m_visit.parts.lesson->lesson_step(); }
rec::LessonLeft FlowPart::left_record(std::string_view reason) const {
    return m_visit.parts.lesson->left_record(reason);
}

void FlowPart::open_finish(LessonRef lesson, std::vector<Effect>& effects) {
    m_visit.parts.finish->open_finish(std::move(lesson), effects);
}

void FlowPart::identify(const FoundLearner& learner, std::vector<Effect>& effects) {
    m_visit.parts.registration->identify(learner, effects);
}
void FlowPart::open_learner_entry(const std::string& id, std::vector<Effect>& effects) {
    m_visit.parts.registration->open_learner_entry(id, effects);
}
void FlowPart::clear_learner() { m_visit.parts.registration->clear_learner(); }

void FlowPart::staff_leave(std::vector<Effect>& effects, const char* why) {
    m_visit.parts.staff->staff_leave(effects, why);
}

void FlowPart::close_help(std::vector<Effect>& effects, std::string_view how) {
    m_visit.parts.help->close_help(effects, how);
}

}  // namespace tramso::app
