// Test tool: plays an ESC/POS slip file (what the kiosk sent to the printer, with printer.output
// = "file") back onto paper and writes it as a PNG, so zbarimg can scan the printed QR code.
//   escpos_to_png SLIP.bin OUT.png [PAPER_DOTS]     (384 for 58 mm paper, 576 for 80 mm)
// Exits 1 when the stream holds anything the kiosk's encoder does not emit, or has no cut.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <vector>

#include "escpos_decode.h"

int main(int argc, char** argv) {
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: escpos_to_png SLIP.bin OUT.png [PAPER_DOTS]\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) return std::fprintf(stderr, "%s: cannot open\n", argv[1]), 2;
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), {}};
    const int paper = argc == 4 ? std::atoi(argv[3]) : 384;
    auto decoded = tramso::test::decode_escpos(bytes, paper);
    if (!decoded) return std::fprintf(stderr, "%s: %s\n", argv[1], decoded.error().to_string().c_str()), 1;
    if (!decoded->initialised || !decoded->cut_is_last)
        return std::fprintf(stderr, "%s: does not start with ESC @ or end with one cut\n", argv[1]), 1;
    if (auto st = tramso::test::write_mono_png(decoded->paper, argv[2], 16); !st)
        return std::fprintf(stderr, "%s\n", st.error().to_string().c_str()), 1;
    std::printf("%s: %d raster bands, %dx%d dots\n", argv[2], decoded->raster_bands, decoded->paper.width(),
                decoded->paper.height());
    return 0;
}
