#include "print/printer_backend.h"

#include "print/cups_backend.h"
#include "print/device_backend.h"
#include "print/file_backend.h"

namespace tramso {

Result<std::unique_ptr<PrinterBackend>> make_printer_backend(const PrinterOutput& output) {
    if (output.target.empty()) {
        return Error{"", "printer output has no target: set a device path, CUPS queue or file."};
    }
    if (output.timeout_ms <= 0) {
        return Error{output.target, "printer timeout must be a positive number of milliseconds."};
    }
    std::unique_ptr<PrinterBackend> backend;
    switch (output.kind) {
        case PrinterOutputKind::device:
            backend = std::make_unique<DeviceBackend>(output.target, output.timeout_ms);
            break;
        case PrinterOutputKind::cups:
            backend = std::make_unique<CupsBackend>(output.target, output.timeout_ms, output.lp_command);
            break;
        case PrinterOutputKind::file:
            backend = std::make_unique<FileBackend>(output.target);
            break;
    }
    return backend;
}

}  // namespace tramso
