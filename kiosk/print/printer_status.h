// How the receipt printer is doing, as the kiosk saw it: what staff mode shows so a center can
// load paper or plug the printer back in (the learner only ever sees a friendly sentence).
#pragma once

#include <string>

#include "core/clock.h"

namespace tramso {

struct PrinterStatus {
    bool configured = false;        // printer.output is not "none"
    std::string printer;            // "printer device /dev/usb/lp0", "CUPS queue 'x'", "file …"
    bool ready = true;              // false after a failed slip, until one prints again
    std::string last_error;         // the last failure in words (names the device and what to check)
    Millis last_error_wall_ms = 0;  // when it happened (0: never)
    Millis last_printed_wall_ms = 0;
    int printed = 0;  // slips since the kiosk started
    int failed = 0;
};

}  // namespace tramso
