// Test helper: plays an ESC/POS byte stream back onto paper, i.e. into a 1-bit image, so tests
// can scan the printed QR code with zbarimg and look at the slip as a PNG.
// Understands exactly what the encoder emits; anything else is reported as a problem, which
// makes stray bytes in the stream a test failure.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "print/mono_bitmap.h"

namespace tramso::test {

struct DecodedPrint {
    MonoBitmap paper;                    // everything printed, top to bottom
    bool initialised = false;            // stream started with ESC @
    int raster_bands = 0;                // GS v 0 commands
    std::vector<int> band_heights;       // rows in each band, in order
    std::vector<std::string> native_qr;  // data of each GS ( k print
    int cuts = 0;
    bool cut_is_last = false;  // nothing follows the cut
};

// `paper_dots`: width of the paper. Errors name the byte offset of anything unexpected.
Result<DecodedPrint> decode_escpos(std::span<const std::uint8_t> bytes, int paper_dots);

// Black on white 8-bit grey PNG, with `border` white pixels around it.
Status write_mono_png(const MonoBitmap& image, const std::string& path, int border = 0);

}  // namespace tramso::test
