// Carries the flow's Record effects into the session store: one learner visit = one session,
// one lesson opened = one lesson run. Pure (no UI); the writer thread does the disk work.
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

private:
    store::Recorder& m_recorder;
    std::optional<store::SessionRef> m_session;
    std::optional<store::RunRef> m_run;
};

}  // namespace tramso::app
