// Carries the flow's records into the session store: one learner visit = one session, one
// lesson opened = one lesson run. Each kind of record has its own write (a visitor over
// fx::Record), so every kind the flow emits is stored. Pure (no UI); the writer thread does
// the disk work.
#pragma once

#include <optional>
#include <vector>

#include "app/flow.h"
#include "store/recorder.h"

namespace tramso::app {

class SessionLog {
public:
    explicit SessionLog(store::Recorder& recorder) : m_recorder(recorder) {}
    // Returns the sequence number of the last record enqueued (0 if none).
    store::Seq apply(const std::vector<Effect>& effects);
    store::Seq apply(const fx::Record& r);
    bool in_session() const { return m_session.has_value(); }

    // One write per kind of record; 0 when there is no session (or run) to attach it to,
    // e.g. a slip that came out after the visit ended.
    store::Seq write(const rec::SessionStart& r);
    store::Seq write(const rec::SessionEnd& r);
    store::Seq write(const rec::LanguageSwitched& r);
    store::Seq write(const rec::LearnerIdentified& r);
    store::Seq write(const rec::ConsentGiven& r);
    store::Seq write(const rec::ListenPressed& r);
    store::Seq write(const rec::IdleWarning& r);
    store::Seq write(const rec::IdleContinue& r);
    store::Seq write(const rec::QrShown& r);
    store::Seq write(const rec::QrPrinted& r);
    store::Seq write(const rec::LessonStart& r);
    store::Seq write(const rec::StepShown& r);
    store::Seq write(const rec::StepLeft& r);
    store::Seq write(const rec::PracticeTap& r);
    store::Seq write(const rec::HintShown& r);
    store::Seq write(const rec::QuizAnswer& r);
    store::Seq write(const rec::LessonFinished& r);
    store::Seq write(const rec::LessonLeft& r);
    store::Seq write(const rec::HelpRequested& r);
    store::Seq write(const rec::HelpClosed& r);

private:
    // The open run, if any, for events that may happen in or out of a lesson.
    const store::RunRef* run() const { return m_run ? &*m_run : nullptr; }

    store::Recorder& m_recorder;
    std::optional<store::SessionRef> m_session;
    std::optional<store::RunRef> m_run;
};

}  // namespace tramso::app
