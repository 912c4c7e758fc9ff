// ESC/POS bytes for a slip: pure functions, no I/O, so every byte is testable.
//   ESC @                          initialise
//   GS v 0 m xL xH yL yH d…        raster band (xL xH = bytes per row, yL yH = rows)
//   ESC a n / GS ( k …             centred native QR code (model 2, level M, store, print)
//   ESC d n / GS V m               feed n lines / cut
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "print/mono_bitmap.h"
#include "print/slip.h"

namespace tramso {

using Bytes = std::vector<std::uint8_t>;

enum class PaperCut { none, full, partial };

struct EscPosOptions {
    // Rows per GS v 0 command: cheap printers have small receive buffers and drop
    // oversized images, 24 always works; good ones take 255.
    int band_rows = 24;
    int feed_lines = 4;  // after the slip, so its end clears the tear bar or cutter
    PaperCut cut = PaperCut::partial;
};

inline constexpr int kEscPosMaxBandRows = 2047;
inline constexpr std::size_t kEscPosMaxQrData = 7089;  // GS ( k store limit (numeric data)

namespace escpos {

void append_init(Bytes& out);
// Centre (1) or left (0) alignment for what the printer draws itself (native QR).
void append_align_center(Bytes& out, bool center);
// The whole bitmap, as ceil(height / band_rows) GS v 0 commands. band_rows is clamped to
// 1–kEscPosMaxBandRows. An empty bitmap adds nothing.
void append_raster(Bytes& out, const MonoBitmap& image, int band_rows);
// Model 2, `module_dots` (clamped 1–16) per module, error level M, store then print.
// Data longer than kEscPosMaxQrData is not sent (render_slip never produces it).
void append_native_qr(Bytes& out, std::string_view data, int module_dots);
void append_feed(Bytes& out, int lines);  // clamped 0–255; 0 adds nothing
void append_cut(Bytes& out, PaperCut cut);

}  // namespace escpos

// Init, every part in order, feed, cut.
Bytes encode_slip(const RenderedSlip& slip, const EscPosOptions& options);

}  // namespace tramso
