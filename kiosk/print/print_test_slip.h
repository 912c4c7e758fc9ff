// `tramso print-test`: one sample slip straight to the configured printer, so staff can check
// paper, width, Vietnamese text and that a phone scans the QR code.
#pragma once

#include <string_view>

#include "core/result.h"
#include "print/printer_config.h"

namespace tramso {

// The sample slip's content (also handy for previews): a made-up lesson, code and date.
SlipContent test_slip_content(std::string_view center_name, std::string_view url, CivilDate today);

// Renders, encodes and sends synchronously (the CLI has no frame loop to keep responsive).
Status print_test_slip(const PrinterConfig& config, std::string_view center_name, std::string_view url,
                       CivilDate today);

}  // namespace tramso
