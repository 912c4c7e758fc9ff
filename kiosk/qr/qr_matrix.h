// QrMatrix: the modules of one QR code (error correction level M, byte mode), nothing else.
// Renderers add the 4-module quiet zone; the matrix itself is just size × size booleans.
// Encoding fails with a sentence content authors can act on when a URL would need a QR code
// denser than `max_version` (a printed slip must stay scannable by an old phone camera).
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"

namespace tramso {

// Version 10 is 57 × 57 modules: at ≥ 45 mm on paper a module is ≥ 0.7 mm.
inline constexpr int kQrDefaultMaxVersion = 10;
// Light border every reader needs, in modules, on each side.
inline constexpr int kQrQuietZone = 4;

// How many bytes fit a QR code of `version` (1–40) at error correction level M in byte mode.
// Returns 0 for a version out of range.
int qr_byte_capacity(int version);

class QrMatrix {
public:
    // Encodes `text` exactly (case sensitive). Errors: empty text, a NUL byte, or text that
    // needs a version above `max_version` ("URL is N characters; at most M fit …").
    static Result<QrMatrix> encode(std::string_view text, int max_version = kQrDefaultMaxVersion);

    int size() const { return m_size; }        // modules per side, without quiet zone
    int version() const { return m_version; }  // 1–40
    // Out-of-range coordinates are light, so renderers can walk the quiet zone freely.
    bool dark(int x, int y) const {
        if (x < 0 || y < 0 || x >= m_size || y >= m_size) return false;
        return m_dark[static_cast<std::size_t>(y) * m_size + x];
    }

private:
    QrMatrix(int size, int version, std::vector<bool> dark)
        : m_size(size), m_version(version), m_dark(std::move(dark)) {}

    int m_size = 0;
    int m_version = 0;
    std::vector<bool> m_dark;  // row-major, size × size
};

}  // namespace tramso
