// Where slip bytes go: one small interface, one file per implementation
// (device_backend, cups_backend, file_backend), chosen by configuration.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "core/result.h"

namespace tramso {

class PrinterBackend {
public:
    virtual ~PrinterBackend() = default;
    // Sends one complete job. Blocks at most the configured timeout; call it off the frame
    // loop (PrintWorker does). Errors name the device, queue or file and what to check.
    virtual Status send(std::span<const std::uint8_t> bytes) = 0;
    virtual std::string describe() const = 0;  // for logs and the staff screen
};

enum class PrinterOutputKind {
    device,  // a character device such as /dev/usb/lp0
    cups,    // a CUPS queue, fed raw through `lp -d NAME -o raw`
    file,    // a file (tests; centres without a printer keep the last slip)
};

struct PrinterOutput {
    PrinterOutputKind kind = PrinterOutputKind::device;
    std::string target = "/dev/usb/lp0";  // device path, CUPS queue name or file path
    int timeout_ms = 10'000;              // a 58 mm slip with a QR code prints in ~3 s
    std::string lp_command = "lp";        // looked up on PATH; tests point it at a stand-in
};

Result<std::unique_ptr<PrinterBackend>> make_printer_backend(const PrinterOutput& output);

}  // namespace tramso
