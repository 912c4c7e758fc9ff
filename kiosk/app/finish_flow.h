// The finish screen: what she learned, the QR code with its fresh reference, the slip, and
// the ways on (next lesson, home).
#pragma once

#include "app/flow_part.h"

namespace tramso::app {

class FinishFlow final : public FlowPart {
public:
    explicit FinishFlow(Visit& visit) : FlowPart(visit) {}

    void open_finish(LessonRef lesson, std::vector<Effect>& effects);
    void finish_event(const Event& event, std::vector<Effect>& effects);
    // The printer's answer; a slip may come out after she left.
    void print_finished(const ev::PrintFinished& result, std::vector<Effect>& effects);
    // A slip of hers that comes out later is not recorded in the next visitor's session.
    void visit_ended() { m_print_requests_before_session = m_print_requests; }

private:
    std::uint64_t m_print_requests = 0;
    std::uint64_t m_print_requests_before_session = 0;
};

}  // namespace tramso::app
