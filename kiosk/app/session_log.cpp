#include "app/session_log.h"

#include "app/json_detail.h"

namespace tramso::app {

using store::EventKind;
using store::Seq;

Seq SessionLog::apply(const std::vector<Effect>& effects) {
    Seq last = 0;
    for (const Effect& e : effects)
        if (const auto* r = std::get_if<fx::Record>(&e))
            if (Seq s = apply(*r)) last = s;
    return last;
}

Seq SessionLog::apply(const fx::Record& r) {
    return std::visit([this](const auto& record) { return write(record); }, r);
}

// The visit.

Seq SessionLog::write(const rec::SessionStart& r) {
    m_run.reset();
    m_session = m_recorder.begin_session(std::nullopt, lang_code(r.lang));
    return m_session->seq;
}

Seq SessionLog::write(const rec::SessionEnd& r) {
    if (!m_session) return 0;
    const store::SessionRef session = *m_session;
    m_run.reset();
    m_session.reset();
    return m_recorder.end_session(session, r.reason);  // also ends a run left open
}

Seq SessionLog::write(const rec::LanguageSwitched& r) {
    return m_session ? m_recorder.language_switched(*m_session, lang_code(r.lang)) : 0;
}

Seq SessionLog::write(const rec::LearnerIdentified& r) {
    return m_session ? m_recorder.identify_learner(*m_session, r.learner_id) : 0;
}

Seq SessionLog::write(const rec::ConsentGiven&) {
    return m_session ? m_recorder.record_event(*m_session, nullptr, EventKind::consent_given, std::nullopt) : 0;
}

Seq SessionLog::write(const rec::ListenPressed& r) {
    if (!m_session) return 0;
    if (r.step) return m_recorder.listen_pressed(*m_session, run(), r.step);
    return m_recorder.record_event(*m_session, nullptr, EventKind::listen_pressed, std::nullopt, r.screen);
}

Seq SessionLog::write(const rec::IdleWarning& r) {
    return m_session ? m_recorder.record_event(*m_session, run(), EventKind::idle_warning, r.step, r.screen) : 0;
}

Seq SessionLog::write(const rec::IdleContinue& r) {
    return m_session ? m_recorder.record_event(*m_session, run(), EventKind::idle_continue, r.step, {}, std::nullopt,
                                               r.shown_ms)
                     : 0;
}

// Asking for a person: session events, tied to the run when she asked from a lesson.

Seq SessionLog::write(const rec::HelpRequested& r) {
    if (!m_session) return 0;
    std::string detail;
    if (!r.lesson_id.empty()) detail = JsonDetail().add("lesson", r.lesson_id).str();
    return m_recorder.record_event(*m_session, run(), EventKind::help_requested, r.step, r.screen, std::nullopt,
                                   std::nullopt, detail);
}

Seq SessionLog::write(const rec::HelpClosed& r) {
    return m_session ? m_recorder.record_event(*m_session, run(), EventKind::help_closed, r.step, r.how, std::nullopt,
                                               r.waited_ms)
                     : 0;
}

// The finish screen's code and slip: session events (the lesson run has ended), with the
// lesson in target and the opaque reference or the printer's answer in the payload.

Seq SessionLog::write(const rec::QrShown& r) {
    if (!m_session) return 0;
    return m_recorder.record_event(*m_session, nullptr, EventKind::qr_shown, std::nullopt, r.lesson_id, std::nullopt,
                                   std::nullopt, JsonDetail().add("ref", r.reference).str());
}

Seq SessionLog::write(const rec::QrPrinted& r) {
    if (!m_session) return 0;
    JsonDetail detail;
    detail.add("ok", r.ok);
    if (!r.ok) detail.add("error", r.error);
    return m_recorder.record_event(*m_session, nullptr, EventKind::qr_printed, std::nullopt, r.lesson_id, r.ok,
                                   std::nullopt, detail.str());
}

// A lesson run.

Seq SessionLog::write(const rec::LessonStart& r) {
    if (!m_session) return 0;
    m_run = m_recorder.begin_run(*m_session, r.lesson_id, r.lesson_version, r.resumed_at);
    return m_run->seq;
}

Seq SessionLog::write(const rec::StepShown& r) {
    if (!m_run) return 0;
    return m_recorder.record_event({m_run->session_key}, run(), EventKind::step_shown, r.step, {}, std::nullopt,
                                   std::nullopt, JsonDetail().add("kind", step_kind_name(r.kind)).str());
}

Seq SessionLog::write(const rec::StepLeft& r) { return m_run ? m_recorder.step_left(*m_run, r.step, r.spent_ms) : 0; }

Seq SessionLog::write(const rec::PracticeTap& r) {
    return m_run ? m_recorder.practice_tap(*m_run, r.step, r.target, r.correct) : 0;
}

Seq SessionLog::write(const rec::HintShown& r) {
    if (!m_run) return 0;
    return m_recorder.record_event({m_run->session_key}, run(), EventKind::hint_shown, r.step, r.target);
}

Seq SessionLog::write(const rec::QuizAnswer& r) {
    return m_run ? m_recorder.quiz_answer(*m_run, r.step, r.answer, r.correct) : 0;
}

Seq SessionLog::write(const rec::LessonFinished&) {
    if (!m_run) return 0;
    const store::RunRef finished = *m_run;
    m_run.reset();
    return m_recorder.end_run(finished, true);
}

Seq SessionLog::write(const rec::LessonLeft& r) {
    if (!m_run) return 0;
    const store::RunRef left = *m_run;
    m_run.reset();
    return m_recorder.leave_run(left, r.step, r.reason);
}

}  // namespace tramso::app
