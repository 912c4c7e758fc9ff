#include "app/runtime.h"

#include <cstdio>
#include <cstdlib>

#include "app/session_log.h"
#include "app/slip_printer.h"
#include "app/store_worker.h"
#include "store/store.h"

namespace tramso::app {

Runtime::Runtime(const Config& config, const Clock& clock, ContentSnapshot content, FlowInputs inputs,
                 RuntimeAdapters adapters)
    : m_clock(clock),
      m_flow(config, clock, std::move(content), std::move(inputs)),
      m_adapters(std::move(adapters)),
      m_trace(std::getenv("TRAMSO_TRACE") != nullptr) {
    if (m_adapters.store) m_session_log = std::make_unique<SessionLog>(m_adapters.store->recorder());
    if (m_adapters.store_jobs)
        m_store_worker = std::make_unique<StoreWorker>(std::move(m_adapters.store_jobs), m_queue);
}

Runtime::~Runtime() = default;

int Runtime::pump() {
    dispatch(m_flow.tick());
    if (m_adapters.printer)
        for (Event& e : m_adapters.printer->poll(m_clock.wall_ms())) m_queue.post(std::move(e));
    int handled = 0;
    Event event;
    // Bounded, so a flood of answers cannot starve drawing; whatever is left waits a frame.
    while (handled < 256 && m_queue.pop(event)) {
        ++handled;
        dispatch(m_flow.handle(event));
    }
    return handled;
}

bool Runtime::busy() const { return !m_queue.empty() || (m_store_worker && m_store_worker->busy()) || printing(); }

bool Runtime::printing() const { return m_adapters.printer && m_adapters.printer->busy(); }

const PrinterStatus& Runtime::printer_status() const {
    static const PrinterStatus none;
    return m_adapters.printer ? m_adapters.printer->status() : none;
}

void Runtime::dispatch(const std::vector<Effect>& effects) {
    for (const Effect& e : effects) carry_out(e);
}

void Runtime::carry_out(const Effect& effect) {
    if (const auto* r = std::get_if<fx::Record>(&effect)) {
        if (m_session_log) m_session_log->apply(*r);
        if (m_trace) std::fprintf(stderr, "record %.*s\n", int(record_kind(*r).size()), record_kind(*r).data());
    } else if (const auto* s = std::get_if<fx::Speak>(&effect)) {
        if (m_adapters.speech) m_adapters.speech->speak(*s);
    } else if (std::holds_alternative<fx::StopSpeech>(effect)) {
        if (m_adapters.speech) m_adapters.speech->stop();
    } else if (std::holds_alternative<fx::Chime>(effect)) {
        if (m_adapters.speech) m_adapters.speech->chime();
    } else if (std::holds_alternative<fx::PrintSlip>(effect) ||
               std::holds_alternative<fx::StaffPrintTestSlip>(effect)) {
        if (m_adapters.printer) m_adapters.printer->apply({effect});
    } else if (const auto* c = std::get_if<fx::StaffCommand>(&effect);
               c && c->kind == fx::StaffCommand::Kind::ExitKiosk) {
        m_quit_requested = true;
    } else if (auto job = store_job(effect)) {
        if (m_store_worker) m_store_worker->submit(StoreWork{std::move(*job), m_flow.content(), m_flow.state().lang});
    }
}

}  // namespace tramso::app
