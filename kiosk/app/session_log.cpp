#include "app/session_log.h"

namespace tramso::app {

store::Seq SessionLog::apply(const std::vector<Effect>& effects) {
    store::Seq last = 0;
    for (const Effect& e : effects)
        if (const auto* r = std::get_if<fx::Record>(&e))
            if (store::Seq s = apply(*r)) last = s;
    return last;
}

store::Seq SessionLog::apply(const fx::Record& r) {
    if (r.kind == "session_start") {
        m_session = m_recorder.begin_session(std::nullopt, r.target);
        return m_session->seq;
    }
    if (!m_session) return 0;  // nothing to attach to (e.g. a record after the reset)
    const store::SessionRef session = *m_session;
    if (r.kind == "session_end") {
        m_run.reset();
        m_session.reset();
        return m_recorder.end_session(session, store::end_reason_from_string(r.target).value_or(store::EndReason::completed));
    }
    if (r.kind == "language") return m_recorder.language_switched(session, r.target);
    // Registration and returning learners: the visit becomes hers.
    if (r.kind == "learner_identified") return m_recorder.identify_learner(session, r.value);
    if (r.kind == "listen") {
        const std::optional<int> step = r.step >= 0 ? std::optional<int>(r.step) : std::nullopt;
        return m_recorder.listen_pressed(session, m_run ? &*m_run : nullptr, step);
    }
    // The finish screen's QR code and slip: session events (the lesson run has ended), with
    // the lesson in target and the opaque reference or the printer's answer in the payload.
    if (r.kind == "qr_shown" || r.kind == "qr_printed") {
        const auto kind = r.kind == "qr_shown" ? store::EventKind::qr_shown : store::EventKind::qr_printed;
        return m_recorder.record_event(session, nullptr, kind, std::nullopt, r.target, r.ok, std::nullopt, r.detail);
    }
    if (r.kind == "lesson_start") {
        m_run = m_recorder.begin_run(session, r.lesson_id, r.lesson_version);
        return m_run->seq;
    }
    if (!m_run) return 0;
    const store::RunRef run = *m_run;
    if (r.kind == "step_shown") return m_recorder.step_shown(run, r.step);
    if (r.kind == "step_left") return m_recorder.step_left(run, r.step, r.value);
    if (r.kind == "practice_tap") return m_recorder.practice_tap(run, r.step, r.target, r.ok.value_or(false));
    if (r.kind == "quiz_answer") return m_recorder.quiz_answer(run, r.step, int(r.value), r.ok.value_or(false));
    if (r.kind == "hint_shown") return m_recorder.hint_shown(run, r.step);
    if (r.kind == "lesson_finished" || r.kind == "lesson_left") {
        m_run.reset();
        return m_recorder.end_run(run, r.kind == "lesson_finished");
    }
    return 0;
}

}  // namespace tramso::app
