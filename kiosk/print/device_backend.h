// A printer seen as a character device (/dev/usb/lp0, a serial port). Opened per job, so a
// printer unplugged and plugged back in works again without restarting the kiosk.
#pragma once

#include <string>

#include "print/printer_backend.h"

namespace tramso {

class DeviceBackend final : public PrinterBackend {
public:
    DeviceBackend(std::string path, int timeout_ms) : m_path(std::move(path)), m_timeout_ms(timeout_ms) {}
    // Non-blocking writes with poll(): a printer out of paper or offline stalls the write
    // forever otherwise. ENOENT, EACCES, EIO, ENOSPC, timeouts and short writes become Errors
    // naming the device and what to check.
    Status send(std::span<const std::uint8_t> bytes) override;
    std::string describe() const override { return "printer device " + m_path; }

private:
    std::string m_path;
    int m_timeout_ms;
};

}  // namespace tramso
