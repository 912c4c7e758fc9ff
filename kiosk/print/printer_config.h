// Everything the printing side needs from the kiosk configuration, in one value the app
// fills from its [printer] section.
#pragma once

#include <optional>

#include "core/config.h"
#include "print/escpos.h"
#include "print/printer_backend.h"
#include "print/slip.h"

namespace tramso {

struct PrinterConfig {
    PrinterOutput output;  // where bytes go: device, CUPS queue or file
    SlipStyle slip;        // paper width, fonts, native QR
    EscPosOptions escpos;  // band size, feed, cut
};

// The [printer] section of the kiosk config; nullopt when output = "none".
std::optional<PrinterConfig> printer_config_from(const Config& config);

}  // namespace tramso
