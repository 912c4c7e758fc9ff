// The finish screen's rules: a fresh reference and QR link per finished lesson, the
// ways on (home, the next lesson, goodbye), and the slip: asked for here, printed by the
// adapter (slip_printer.h) off the frame loop, its outcome brought back as PrintFinished.
#include "app/finish_flow.h"

namespace tramso::app {

namespace {

// The lesson after `lesson` in home order, wrapping round; null when it is the only one (or
// the lesson is no longer in the content, after a reload).
LessonRef lesson_after(const ContentSnapshot& content, const Lesson& lesson) {
    if (!content || content->lessons.size() < 2) return nullptr;
    const auto& lessons = content->lessons;
    for (std::size_t i = 0; i < lessons.size(); ++i)
        if (lessons[i].id == lesson.id) return lesson_ref(content, lessons[(i + 1) % lessons.size()]);
    return nullptr;
}

}  // namespace

void FinishFlow::open_finish(LessonRef finished, std::vector<Effect>& effects) {
    const Lesson& lesson = *finished;
    FinishInfo f;
    f.can_print = m_config.printer.output != "none";
    f.next_lesson = lesson_after(m_content, lesson);
    // check-content rejects links too long for the code; a lesson that slipped through still
    // finishes, just without a code.
    FinishCode code = m_inputs.finish_code ? m_inputs.finish_code(lesson) : FinishCode{};
    if (!m_inputs.finish_code) code.problem = "no QR encoder";
    f.reference = std::move(code.reference);
    f.qr_link = std::move(code.link);
    f.qr = std::move(code.qr);
    f.qr_problem = std::move(code.problem);
    if (!f.qr) f.qr_link.clear();
    f.lesson = std::move(finished);
    m_state.finish = std::move(f);
    go(Screen::Finish);
    const FinishInfo& shown = *m_state.finish;
    if (!shown.qr_link.empty()) {
        effects.push_back(fx::Record{rec::QrShown{lesson.id, shown.reference}});
    }
}

void FinishFlow::finish_event(const Event& event, std::vector<Effect>& effects) {
    if (m_state.screen != Screen::Finish || !m_state.finish) return;
    FinishInfo& f = *m_state.finish;
    if (std::holds_alternative<ev::FinishHome>(event)) {
        m_state.finish.reset();
        go(Screen::Home);
    } else if (std::holds_alternative<ev::FinishNextLesson>(event)) {
        if (LessonRef next = f.next_lesson) {
            m_state.finish.reset();
            open_lesson(std::move(next), effects);
        }
    } else if (std::holds_alternative<ev::PrintSlip>(event)) {
        // One slip at a time, and none once it came out: a roll of paper lasts the week.
        if (!f.can_print || f.print == PrintState::printing || f.print == PrintState::printed) return;
        f.print = PrintState::printing;
        f.print_request = ++m_print_requests;
        fx::PrintSlip slip;
        slip.request = f.print_request;
        slip.lesson_id = f.lesson->id;
        slip.center_name = m_config.kiosk.center_name;
        slip.lesson_title = f.lesson->title.vi;
        slip.learned = f.lesson->summary.vi;
        slip.url = f.qr_link;
        if (m_state.learner) slip.resume_code = m_state.learner->resume_code;
        slip.wall_ms = m_clock.wall_ms();
        effects.push_back(std::move(slip));
    }
}

void FinishFlow::print_finished(const ev::PrintFinished& result, std::vector<Effect>& effects) {
    if (m_state.finish && m_state.finish->print_request == result.request &&
        m_state.finish->print == PrintState::printing)
        m_state.finish->print = result.ok ? PrintState::printed : PrintState::failed;
    if (result.request <= m_print_requests_before_session) return;  // asked in an earlier visit
    effects.push_back(fx::Record{rec::QrPrinted{result.lesson_id, result.ok, result.ok ? "" : result.error}});
}

}  // namespace tramso::app
