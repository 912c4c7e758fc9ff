#include "print/printer_config.h"

namespace tramso {

std::optional<PrinterConfig> printer_config_from(const Config& config) {
    const auto& p = config.printer;
    if (p.output == "none") return std::nullopt;
    PrinterConfig pc;
    pc.output.kind = p.output == "cups"   ? PrinterOutputKind::cups
                     : p.output == "file" ? PrinterOutputKind::file
                                          : PrinterOutputKind::device;
    pc.output.target = p.target;
    pc.output.timeout_ms = p.timeout_seconds * 1000;
    pc.slip.paper_dots = p.paper_width_mm == 80 ? kPaperDots80mm : kPaperDots58mm;
    pc.slip.native_qr = p.native_qr;
    pc.slip.regular_font = config.paths.font_dir + "/NotoSans-Regular.ttf";
    pc.slip.bold_font = config.paths.font_dir + "/NotoSans-Bold.ttf";
    return pc;
}

}  // namespace tramso
