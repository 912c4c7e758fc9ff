#include "escpos_decode.h"

#include <stb_image_write.h>

#include <algorithm>

#include "qr/qr_matrix.h"

namespace tramso::test {

namespace {

constexpr int kLineDots = 32;  // ESC d feeds lines of the default ~1/6 inch at 203 dpi

class Paper {
public:
    explicit Paper(int width) : m_image(width, 0) {}

    void feed(int rows) { m_y += rows; }
    void blit(const MonoBitmap& part, int x0) {
        m_image.grow_to(m_y + part.height());
        for (int y = 0; y < part.height(); ++y) {
            for (int x = 0; x < part.width(); ++x) {
                if (part.get(x, y)) m_image.set(x0 + x, m_y + y);
            }
        }
        m_y += part.height();
    }
    MonoBitmap take() {
        m_image.grow_to(m_y);
        return std::move(m_image);
    }

private:
    MonoBitmap m_image;
    int m_y = 0;
};

}  // namespace

Result<DecodedPrint> decode_escpos(std::span<const std::uint8_t> b, int paper_dots) {
    DecodedPrint out;
    Paper paper(paper_dots);
    bool centred = false;
    int qr_module = 3;
    std::string qr_data;
    bool qr_stored = false;

    std::size_t i = 0;
    auto fail = [&](const std::string& what) { return Error{"byte " + std::to_string(i), what}; };
    auto need = [&](std::size_t n) { return i + n <= b.size(); };

    while (i < b.size()) {
        if (out.cuts > 0) return fail("bytes after the cut");
        if (need(2) && b[i] == 0x1B && b[i + 1] == '@') {
            if (i == 0) out.initialised = true;
            centred = false;
            i += 2;
        } else if (need(3) && b[i] == 0x1B && b[i + 1] == 'a') {
            centred = b[i + 2] == 1 || b[i + 2] == '1';
            i += 3;
        } else if (need(3) && b[i] == 0x1B && b[i + 1] == 'd') {
            paper.feed(b[i + 2] * kLineDots);
            i += 3;
        } else if (need(8) && b[i] == 0x1D && b[i + 1] == 'v' && b[i + 2] == '0') {
            const int stride = b[i + 4] | (b[i + 5] << 8);
            const int rows = b[i + 6] | (b[i + 7] << 8);
            if (stride * 8 > paper_dots) return fail("raster wider than the paper");
            if (!need(8 + static_cast<std::size_t>(stride) * rows)) return fail("raster data cut short");
            MonoBitmap band(stride * 8, rows);
            for (int y = 0; y < rows; ++y) {
                for (int x = 0; x < stride * 8; ++x) {
                    const std::uint8_t byte = b[i + 8 + static_cast<std::size_t>(y) * stride + x / 8];
                    if (byte & (0x80 >> (x % 8))) band.set(x, y);
                }
            }
            paper.blit(band, centred ? (paper_dots - stride * 8) / 2 : 0);
            ++out.raster_bands;
            out.band_heights.push_back(rows);
            i += 8 + static_cast<std::size_t>(stride) * rows;
        } else if (need(7) && b[i] == 0x1D && b[i + 1] == '(' && b[i + 2] == 'k') {
            const std::size_t len = b[i + 3] | (b[i + 4] << 8);
            if (!need(5 + len) || len < 2 || b[i + 5] != 0x31) return fail("bad GS ( k");
            const std::uint8_t fn = b[i + 6];
            const auto* params = &b[i + 7];
            if (fn == 0x43) {
                qr_module = params[0];
            } else if (fn == 0x50) {
                qr_data.assign(reinterpret_cast<const char*>(params + 1), len - 3);
                qr_stored = true;
            } else if (fn == 0x51) {
                if (!qr_stored) return fail("QR print before store");
                auto qr = QrMatrix::encode(qr_data, 40);
                if (!qr) return fail("stored QR data does not encode: " + qr.error().message);
                const int side = qr->size() * qr_module;
                MonoBitmap symbol(side, side);
                for (int y = 0; y < side; ++y) {
                    for (int x = 0; x < side; ++x) {
                        if (qr->dark(x / qr_module, y / qr_module)) symbol.set(x, y);
                    }
                }
                paper.blit(symbol, centred ? (paper_dots - side) / 2 : 0);
                out.native_qr.push_back(qr_data);
            } else if (fn != 0x41 && fn != 0x45) {
                return fail("unknown GS ( k function");
            }
            i += 5 + len;
        } else if (need(3) && b[i] == 0x1D && b[i + 1] == 'V') {
            const std::uint8_t m = b[i + 2];
            const std::size_t len = (m == 65 || m == 66) ? 4 : 3;  // function B has a feed byte
            if (!need(len)) return fail("GS V cut short");
            ++out.cuts;
            i += len;
        } else {
            static constexpr char kHex[] = "0123456789ABCDEF";
            return fail(std::string("unexpected byte 0x") + kHex[b[i] >> 4] + kHex[b[i] & 0xF]);
        }
    }
    out.cut_is_last = out.cuts == 1;
    out.paper = paper.take();
    return out;
}

Status write_mono_png(const MonoBitmap& image, const std::string& path, int border) {
    const int w = image.width() + 2 * border;
    const int h = image.height() + 2 * border;
    std::vector<std::uint8_t> grey(static_cast<std::size_t>(w) * h, 255);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.get(x, y)) grey[static_cast<std::size_t>(y + border) * w + x + border] = 0;
        }
    }
    if (!stbi_write_png(path.c_str(), w, h, 1, grey.data(), w)) {
        return Error{path, "cannot write the PNG."};
    }
    return Ok{};
}

}  // namespace tramso::test
