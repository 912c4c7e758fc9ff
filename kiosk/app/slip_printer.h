// Carries the flow's PrintSlip effects to the receipt printer and brings each outcome back as a
// PrintFinished event (and staff's test slip, fx::StaffPrintTestSlip, back as ev::StaffDone). The slip is rendered and
// sent on PrintWorker's thread, so a printer out of paper or unplugged never freezes the screen. Every failure is
// logged with what staff should check and kept in status() for the staff screen; the kiosk carries on either way.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/flow.h"
#include "print/printer_status.h"

namespace tramso {
class PrintWorker;
}

namespace tramso::app {

class SlipPrinter {
public:
    using Log = std::function<void(const std::string&)>;

    // Reads the [printer] section; with output = "none" nothing is ever printed and
    // status().configured is false. A printer that cannot be set up (no target) fails each
    // slip with the reason instead of stopping the kiosk.
    SlipPrinter(const Config& config, Log log);
    ~SlipPrinter();
    SlipPrinter(const SlipPrinter&) = delete;
    SlipPrinter& operator=(const SlipPrinter&) = delete;

    // Submits each fx::PrintSlip and fx::StaffPrintTestSlip; ignores every other effect.
    // Returns at once.
    void apply(const std::vector<Effect>& effects);
    // Outcomes of slips finished since the last call (never blocks). `wall_ms` stamps status().
    std::vector<Event> poll(Millis wall_ms);
    // Slips submitted whose outcome poll() has not returned yet.
    bool busy() const { return !m_pending.empty() || !m_failed_at_once.empty(); }
    const PrinterStatus& status() const { return m_status; }

private:
    void note_failure(const std::string& what, const std::string& error, Millis wall_ms);
    void note_printed(Millis wall_ms);
    Event outcome(const fx::PrintSlip& slip, const Status& status, Millis wall_ms);
    Event test_outcome(const Status& status, Millis wall_ms);

    Log m_log;
    PrinterStatus m_status;
    std::unique_ptr<PrintWorker> m_worker;  // null: not configured, or set-up failed
    std::string m_setup_error;              // why m_worker is null although configured
    std::string m_center_name;              // for the test slip
    std::string m_test_url;                 // the test slip's QR code: the follow-up site
    int m_utc_offset_minutes;               // the date on a slip is the kiosk's local date
    // By worker job id: a learner's slip, or nullopt for a staff test slip.
    std::map<std::uint64_t, std::optional<fx::PrintSlip>> m_pending;
    std::vector<std::optional<fx::PrintSlip>> m_failed_at_once;  // set-up errors, reported by poll()
};

}  // namespace tramso::app
