// A 1-bit image in the layout thermal printers take: rows of bytes, most significant bit is
// the leftmost dot, 1 = black. The slip is composed into one and sent as-is with GS v 0.
#pragma once

#include <cstdint>
#include <vector>

namespace tramso {

class MonoBitmap {
public:
    MonoBitmap() = default;
    MonoBitmap(int width, int height) { reset(width, height); }

    void reset(int width, int height);
    // Adds white rows at the bottom (the slip grows as it is composed).
    void grow_to(int height);

    int width() const { return m_width; }
    int height() const { return m_height; }
    int bytes_per_row() const { return (m_width + 7) / 8; }
    const std::vector<std::uint8_t>& bytes() const { return m_bytes; }
    const std::uint8_t* row(int y) const { return m_bytes.data() + static_cast<std::size_t>(y) * bytes_per_row(); }

    // Out-of-range reads are white and writes are dropped: text and QR code clip at the edges.
    bool get(int x, int y) const;
    void set(int x, int y, bool black = true);
    void fill_rect(int x, int y, int w, int h, bool black = true);

private:
    int m_width = 0;
    int m_height = 0;
    std::vector<std::uint8_t> m_bytes;
};

}  // namespace tramso
