// QR code → pixels: an 8-bit grey or RGBA buffer for the UI to upload as a texture, or a PNG
// file for `tramso qr --out FILE.png URL`. Both include the 4-module quiet zone and scale by
// an integer (nearest neighbour), so module edges stay sharp for phone cameras.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "qr/qr_matrix.h"

namespace tramso {

enum class PixelFormat { grey8, rgba8 };

struct QrImage {
    int width = 0;  // pixels; equal to height
    int height = 0;
    PixelFormat format = PixelFormat::rgba8;
    std::vector<std::uint8_t> pixels;  // row-major, no padding; dark 0, light 255, alpha 255

    int channels() const { return format == PixelFormat::rgba8 ? 4 : 1; }
};

inline constexpr int kQrMaxScale = 64;

// Pixels per side = (size + 2 × quiet zone) × scale. `scale` is clamped to 1–kQrMaxScale.
QrImage render_qr_image(const QrMatrix& qr, int scale, PixelFormat format = PixelFormat::rgba8);

// PNG bytes of an image (stb_image_write).
Result<std::vector<std::uint8_t>> encode_png(const QrImage& image);

// Encodes `url`, renders it at `scale` pixels per module and writes a PNG to `path`.
// Errors: URL unusable (see QrMatrix::encode), scale outside 1–64, file not writable.
Status write_qr_png(std::string_view url, const std::string& path, int scale, int max_version = kQrDefaultMaxVersion);

}  // namespace tramso
