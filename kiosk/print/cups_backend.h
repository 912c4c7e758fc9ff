// A CUPS queue, fed the raw ESC/POS bytes through `lp -d QUEUE -o raw` on its stdin, for
// printers shared by CUPS or attached over the network.
#pragma once

#include <string>

#include "print/printer_backend.h"

namespace tramso {

class CupsBackend final : public PrinterBackend {
public:
    CupsBackend(std::string queue, int timeout_ms, std::string lp_command = "lp")
        : m_queue(std::move(queue)), m_timeout_ms(timeout_ms), m_lp(std::move(lp_command)) {}
    // Errors: lp missing (names cups-client), lp failing (its own message), lp not reading
    // all bytes, or not finishing within the timeout (it is then killed).
    Status send(std::span<const std::uint8_t> bytes) override;
    std::string describe() const override { return "CUPS queue '" + m_queue + "'"; }

private:
    std::string m_queue;
    int m_timeout_ms;
    std::string m_lp;
};

}  // namespace tramso
