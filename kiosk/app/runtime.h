// The runtime: the flow, one event queue and the adapters that carry out effects, with no SDL
// and no ImGui. The window layer posts the events a frame's taps made and calls pump(); adapters
// that wait (the store worker, the printer, speech) do so on their own threads and post their
// answers to the same queue. Nothing calls back into the flow: one event in, state and effects
// out, effects handed to adapters, their answers queued as events for a later turn.
//
//   post(tap) ──► queue ──► pump(): flow.handle(event) ──► effects ──► dispatch()
//                   ▲                                                    │
//                   └──── answers: store worker, printer ◄───────────────┘
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/event_queue.h"
#include "app/flow.h"
#include "app/slip_printer.h"
#include "app/store_jobs.h"
#include "print/printer_status.h"

namespace tramso::store {
class Store;
}

namespace tramso::app {

class SessionLog;
class StoreWorker;

// Where narration goes (the window layer's audio). Called on the frame loop; must not wait.
class SpeechOutput {
public:
    virtual ~SpeechOutput() = default;
    virtual void speak(const fx::Speak& speech) = 0;
    virtual void stop() = 0;
    // Asking for a person: a short soft sound; an output without a speaker does nothing.
    virtual void chime() {}
};

// What the runtime carries effects out with; each may be absent (tests, tools).
struct RuntimeAdapters {
    store::Store* store = nullptr;          // records go to its recorder (never waits)
    std::unique_ptr<StoreJobs> store_jobs;  // run on the store worker's thread
    std::unique_ptr<SlipPrinter> printer;   // prints on its own thread
    SpeechOutput* speech = nullptr;
};

class Runtime {
public:
    Runtime(const Config& config, const Clock& clock, ContentSnapshot content, FlowInputs inputs,
            RuntimeAdapters adapters);
    // Finishes the store work asked for, then stops the workers.
    ~Runtime();
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;

    // Any thread. The waker (set_waker) tells the frame loop to call pump().
    void post(Event event) { m_queue.post(std::move(event)); }
    void set_waker(std::function<void()> wake) { m_queue.set_waker(std::move(wake)); }

    // The frame loop, once per turn: runs the flow's timers, collects the printer's outcomes,
    // then hands every queued event to the flow and its effects to the adapters. Never waits.
    // Returns the number of events handled. An exception from the flow propagates (the window
    // layer's fault net ends the visit); the events after it stay queued.
    int pump();

    const State& state() const { return m_flow.state(); }
    const Flow& flow() const { return m_flow; }
    Flow& flow() { return m_flow; }
    // When the flow's timers next have something to do.
    std::optional<Millis> next_deadline_ms() const { return m_flow.next_deadline_ms(); }
    // Answers still to come: store work in flight, slips printing, events queued.
    bool busy() const;
    bool printing() const;
    const PrinterStatus& printer_status() const;
    // Staff chose "exit the kiosk".
    bool quit_requested() const { return m_quit_requested; }
    // The fault net: ends the visit as "error" and clears her details.
    void end_after_error() { dispatch(m_flow.end_after_error()); }
    // Effects the flow produced outside an event (tests, the fault net).
    void dispatch(const std::vector<Effect>& effects);

private:
    void carry_out(const Effect& effect);

    const Clock& m_clock;
    Flow m_flow;
    EventQueue m_queue;
    RuntimeAdapters m_adapters;
    std::unique_ptr<SessionLog> m_session_log;
    std::unique_ptr<StoreWorker> m_store_worker;
    bool m_quit_requested = false;
    bool m_trace = false;  // TRAMSO_TRACE: every record on stderr
};

}  // namespace tramso::app
