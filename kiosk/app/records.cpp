#include "app/records.h"

namespace tramso::app {
namespace {

struct KindOf {
    std::string_view operator()(const rec::SessionStart&) const { return "session_start"; }
    std::string_view operator()(const rec::SessionEnd&) const { return "session_end"; }
    std::string_view operator()(const rec::LanguageSwitched&) const { return "language_switched"; }
    std::string_view operator()(const rec::LearnerIdentified&) const { return "learner_identified"; }
    std::string_view operator()(const rec::ConsentGiven&) const { return "consent_given"; }
    std::string_view operator()(const rec::ListenPressed&) const { return "listen_pressed"; }
    std::string_view operator()(const rec::IdleWarning&) const { return "idle_warning"; }
    std::string_view operator()(const rec::IdleContinue&) const { return "idle_continue"; }
    std::string_view operator()(const rec::QrShown&) const { return "qr_shown"; }
    std::string_view operator()(const rec::QrPrinted&) const { return "qr_printed"; }
    std::string_view operator()(const rec::LessonStart&) const { return "lesson_start"; }
    std::string_view operator()(const rec::StepShown&) const { return "step_shown"; }
    std::string_view operator()(const rec::StepLeft&) const { return "step_left"; }
    std::string_view operator()(const rec::PracticeTap&) const { return "practice_tap"; }
    std::string_view operator()(const rec::HintShown&) const { return "hint_shown"; }
    std::string_view operator()(const rec::QuizAnswer&) const { return "quiz_answer"; }
    std::string_view operator()(const rec::LessonFinished&) const { return "lesson_finished"; }
    std::string_view operator()(const rec::LessonLeft&) const { return "lesson_left"; }
    std::string_view operator()(const rec::HelpRequested&) const { return "help_requested"; }
    std::string_view operator()(const rec::HelpClosed&) const { return "help_closed"; }
};

}  // namespace

std::string_view record_kind(const fx::Record& record) { return std::visit(KindOf{}, record); }

}  // namespace tramso::app
