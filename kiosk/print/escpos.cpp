#include "print/escpos.h"

#include <algorithm>

namespace tramso::escpos {

namespace {

constexpr std::uint8_t ESC = 0x1B;
constexpr std::uint8_t GS = 0x1D;

std::uint8_t lo(int v) { return static_cast<std::uint8_t>(v & 0xFF); }
std::uint8_t hi(int v) { return static_cast<std::uint8_t>((v >> 8) & 0xFF); }

// GS ( k pL pH cn fn [params]: cn 49 (0x31) selects the QR code symbol.
void append_qr_function(Bytes& out, std::uint8_t fn, std::initializer_list<std::uint8_t> params) {
    const int len = static_cast<int>(params.size()) + 2;  // cn fn + params
    out.insert(out.end(), {GS, '(', 'k', lo(len), hi(len), 0x31, fn});
    out.insert(out.end(), params);
}

}  // namespace

void append_init(Bytes& out) {
    // One byte at a time: GCC 12 at -O3 takes a two-byte insert into a still empty vector for a
    // write into zero bytes (-Wstringop-overflow, a false positive of its inliner).
    out.push_back(ESC);
    out.push_back('@');
}

void append_align_center(Bytes& out, bool center) {
    out.insert(out.end(), {ESC, 'a', static_cast<std::uint8_t>(center ? 1 : 0)});
}

void append_raster(Bytes& out, const MonoBitmap& image, int band_rows) {
    band_rows = std::clamp(band_rows, 1, kEscPosMaxBandRows);
    const int stride = image.bytes_per_row();
    if (stride == 0 || image.height() == 0) return;
    for (int y = 0; y < image.height(); y += band_rows) {
        const int rows = std::min(band_rows, image.height() - y);
        out.insert(out.end(), {GS, 'v', '0', 0x00, lo(stride), hi(stride), lo(rows), hi(rows)});
        const std::uint8_t* first = image.row(y);
        out.insert(out.end(), first, first + static_cast<std::size_t>(stride) * rows);
    }
}

void append_native_qr(Bytes& out, std::string_view data, int module_dots) {
    if (data.empty() || data.size() > kEscPosMaxQrData) return;
    const auto size = static_cast<std::uint8_t>(std::clamp(module_dots, 1, 16));
    append_qr_function(out, 0x41, {0x32, 0x00});              // fn 165: model 2
    append_qr_function(out, 0x43, {size});                    // fn 167: module size in dots
    append_qr_function(out, 0x45, {0x31});                    // fn 169: error correction level M
    const int store_len = static_cast<int>(data.size()) + 3;  // cn fn m + data
    out.insert(out.end(), {GS, '(', 'k', lo(store_len), hi(store_len), 0x31, 0x50, 0x30});
    out.insert(out.end(), data.begin(), data.end());  // fn 180: store
    append_qr_function(out, 0x51, {0x30});            // fn 181: print
}

void append_feed(Bytes& out, int lines) {
    lines = std::clamp(lines, 0, 255);
    if (lines > 0) out.insert(out.end(), {ESC, 'd', static_cast<std::uint8_t>(lines)});
}

void append_cut(Bytes& out, PaperCut cut) {
    if (cut == PaperCut::none) return;
    out.insert(out.end(), {GS, 'V', static_cast<std::uint8_t>(cut == PaperCut::full ? 0 : 1)});
}

}  // namespace tramso::escpos

namespace tramso {

Bytes encode_slip(const RenderedSlip& slip, const EscPosOptions& options) {
    Bytes out;
    escpos::append_init(out);
    for (const SlipPart& part : slip.parts) {
        if (const auto* image = std::get_if<MonoBitmap>(&part)) {
            escpos::append_raster(out, *image, options.band_rows);
        } else if (const auto* qr = std::get_if<NativeQr>(&part)) {
            escpos::append_align_center(out, true);
            escpos::append_native_qr(out, qr->data, qr->module_dots);
            escpos::append_align_center(out, false);
        }
    }
    escpos::append_feed(out, options.feed_lines);
    escpos::append_cut(out, options.cut);
    return out;
}

}  // namespace tramso
