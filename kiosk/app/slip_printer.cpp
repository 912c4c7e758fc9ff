#include "app/slip_printer.h"

#include "print/print_worker.h"
#include "print/printer_config.h"
#include "print/vietnamese_date.h"

namespace tramso::app {

SlipPrinter::SlipPrinter(const Config& config, Log log) : m_log(std::move(log)) {
    auto pc = printer_config_from(config);
    if (!pc) return;
    m_status.configured = true;
    auto backend = make_printer_backend(pc->output);
    if (!backend) {
        m_setup_error = backend.error().to_string();
        m_status.printer = pc->output.target;
        m_status.ready = false;
        m_status.last_error = m_setup_error;
        if (m_log) m_log("printer: " + m_setup_error);
        return;
    }
    m_status.printer = (*backend)->describe();
    m_worker = std::make_unique<PrintWorker>(std::move(*backend), pc->slip, pc->escpos);
}

SlipPrinter::~SlipPrinter() = default;

void SlipPrinter::apply(const std::vector<Effect>& effects) {
    for (const Effect& e : effects) {
        const auto* slip = std::get_if<fx::PrintSlip>(&e);
        if (!slip) continue;
        if (!m_worker) {
            const std::string why = m_status.configured ? m_setup_error : "no printer is configured (printer.output)";
            m_failed_at_once.push_back(ev::PrintFinished{slip->request, slip->lesson_id, false, why});
            continue;
        }
        SlipContent content;
        content.center_name = slip->center_name;
        content.lesson_title = slip->lesson_title;
        content.date = civil_date_from_wall_ms(slip->wall_ms);
        content.learned = slip->learned;
        content.follow_up_url = slip->url;
        content.resume_code = slip->resume_code;
        m_pending.emplace(m_worker->submit_slip(std::move(content)), *slip);
    }
}

std::vector<Event> SlipPrinter::poll(Millis wall_ms) {
    std::vector<Event> out;
    for (Event& e : m_failed_at_once) {
        const auto& f = std::get<ev::PrintFinished>(e);
        note_failure(f.lesson_id, f.error, wall_ms);
        out.push_back(std::move(e));
    }
    m_failed_at_once.clear();
    if (!m_worker) return out;
    while (auto result = m_worker->poll()) {
        auto it = m_pending.find(result->id);
        if (it == m_pending.end()) continue;  // not ours (cannot happen: one owner per worker)
        const fx::PrintSlip slip = std::move(it->second);
        m_pending.erase(it);
        if (result->status) {
            m_status.ready = true;
            ++m_status.printed;
            m_status.last_printed_wall_ms = wall_ms;
            out.push_back(ev::PrintFinished{slip.request, slip.lesson_id, true, ""});
        } else {
            const std::string error = result->status.error().to_string();
            note_failure(slip.lesson_id, error, wall_ms);
            out.push_back(ev::PrintFinished{slip.request, slip.lesson_id, false, error});
        }
    }
    return out;
}

void SlipPrinter::note_failure(const std::string& lesson_id, const std::string& error, Millis wall_ms) {
    m_status.ready = false;
    ++m_status.failed;
    m_status.last_error = error;
    m_status.last_error_wall_ms = wall_ms;
    if (m_log) m_log("printer: slip for lesson " + lesson_id + " not printed: " + error);
}

}  // namespace tramso::app
