// The kiosk's flow: a pure state machine. The UI turns touches into Events; handle() returns
// the new State (read through state()) and Effects for adapters to carry out (record, speak,
// print). Nothing here knows SDL or ImGui, so doctest drives every journey and every timeout.
//
// Flow is a router: each feature's rules live in their own reducer (app/*_flow.h), all working
// on one Visit (app/visit.h). Events that belong to the whole visit go to the session part;
// the rest go to the part whose screen shows.
#pragma once

#include <memory>

#include "app/flow_types.h"
#include "app/visit.h"

namespace tramso::app {

class Flow {
public:
    // Home lists the snapshot's lessons in order; a lesson or finish screen keeps its snapshot.
    Flow(const Config& config, const Clock& clock, ContentSnapshot content = nullptr, FlowInputs inputs = {});
    ~Flow();
    Flow(const Flow&) = delete;
    Flow& operator=(const Flow&) = delete;

    const State& state() const { return m_visit.state; }
    std::vector<Effect> handle(const Event& event);
    // Runs the timers (idle reset); call every frame or when next_deadline_ms() passes.
    std::vector<Effect> tick();
    // Monotonic time at which tick() has something to do, if any: lets the frame loop sleep.
    std::optional<Millis> next_deadline_ms() const;

    void set_home_entries(std::vector<HomeEntry> entries) { m_visit.state.home_entries = std::move(entries); }
    const ContentSnapshot& content() const { return m_visit.content; }
    // Staff mode: the language each new visitor starts in, as staff last set it.
    void set_default_language(Lang lang);
    // What the idle warning says aloud when it appears (the flow holds no string table).
    void set_idle_question(LocalText question);
    // Called by the app when an exception escaped a screen or the flow: ends the visit with
    // reason "error" (recording the step she was on), clears her details, back to attract.
    std::vector<Effect> end_after_error();

private:
    Visit m_visit;
    std::unique_ptr<SessionFlow> m_session;
    std::unique_ptr<LessonFlow> m_lesson;
    std::unique_ptr<FinishFlow> m_finish;
    std::unique_ptr<IdleFlow> m_idle;
    std::unique_ptr<RegistrationFlow> m_registration;
    std::unique_ptr<ReturningFlow> m_returning;
    std::unique_ptr<StaffFlow> m_staff;
    std::unique_ptr<HelpFlow> m_help;
};

}  // namespace tramso::app
