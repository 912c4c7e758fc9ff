#include "app/slip_printer.h"

#include "core/civil_time.h"
#include "print/print_test_slip.h"
#include "print/print_worker.h"
#include "print/printer_config.h"

namespace tramso::app {
namespace {
std::string error_text(const Status& status) { return status ? std::string() : status.error().to_string(); }
}  // namespace

SlipPrinter::SlipPrinter(const Config& config, Log log)
    : m_log(std::move(log)),
      m_center_name(config.kiosk.center_name),
      m_test_url(config.followup.base_url),
      m_utc_offset_minutes(config.hours.utc_offset_minutes) {
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
        std::optional<fx::PrintSlip> slip;  // nullopt: staff's test slip
        SlipContent content;
        if (const auto* s = std::get_if<fx::PrintSlip>(&e)) {
            slip = *s;
            content.center_name = s->center_name;
            content.lesson_title = s->lesson_title;
            content.date = local_date(s->wall_ms, m_utc_offset_minutes);
            content.learned = s->learned;
            content.follow_up_url = s->url;
            content.resume_code = s->resume_code;
        } else if (const auto* t = std::get_if<fx::StaffPrintTestSlip>(&e)) {
            content = test_slip_content(m_center_name, m_test_url, local_date(t->wall_ms, m_utc_offset_minutes));
        } else {
            continue;
        }
        if (!m_worker) {
            m_failed_at_once.push_back(std::move(slip));
            continue;
        }
        m_pending.emplace(m_worker->submit_slip(std::move(content)), std::move(slip));
    }
}

std::vector<Event> SlipPrinter::poll(Millis wall_ms) {
    std::vector<Event> out;
    if (!m_failed_at_once.empty()) {
        const Status why = Error{"", m_status.configured ? m_setup_error : "no printer is configured (printer.output)"};
        for (const auto& slip : m_failed_at_once)
            out.push_back(slip ? outcome(*slip, why, wall_ms) : test_outcome(why, wall_ms));
        m_failed_at_once.clear();
    }
    if (!m_worker) return out;
    while (auto result = m_worker->poll()) {
        auto it = m_pending.find(result->id);
        if (it == m_pending.end()) continue;  // not ours (cannot happen: one owner per worker)
        const std::optional<fx::PrintSlip> slip = std::move(it->second);
        m_pending.erase(it);
        out.push_back(slip ? outcome(*slip, result->status, wall_ms) : test_outcome(result->status, wall_ms));
    }
    return out;
}

Event SlipPrinter::outcome(const fx::PrintSlip& slip, const Status& status, Millis wall_ms) {
    if (status) {
        note_printed(wall_ms);
        return ev::PrintFinished{slip.request, slip.lesson_id, true, ""};
    }
    const std::string error = error_text(status);
    note_failure("slip for lesson " + slip.lesson_id, error, wall_ms);
    return ev::PrintFinished{slip.request, slip.lesson_id, false, error};
}

Event SlipPrinter::test_outcome(const Status& status, Millis wall_ms) {
    if (status) {
        note_printed(wall_ms);
        return ev::StaffDone{"staff.maintenance.printed"};
    }
    const std::string error = error_text(status);
    note_failure("test slip", error, wall_ms);
    return ev::StaffDone{"staff.maintenance.print_failed", error, true};
}

void SlipPrinter::note_printed(Millis wall_ms) {
    m_status.ready = true;
    ++m_status.printed;
    m_status.last_printed_wall_ms = wall_ms;
}

void SlipPrinter::note_failure(const std::string& what, const std::string& error, Millis wall_ms) {
    m_status.ready = false;
    ++m_status.failed;
    m_status.last_error = error;
    m_status.last_error_wall_ms = wall_ms;
    if (m_log) m_log("printer: " + what + " not printed: " + error);
}

}  // namespace tramso::app
