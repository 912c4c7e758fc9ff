#include "print/mono_bitmap.h"

#include <algorithm>

namespace tramso {

void MonoBitmap::reset(int width, int height) {
    m_width = std::max(width, 0);
    m_height = std::max(height, 0);
    m_bytes.assign(static_cast<std::size_t>(bytes_per_row()) * m_height, 0);
}

void MonoBitmap::grow_to(int height) {
    if (height <= m_height) return;
    m_height = height;
    m_bytes.resize(static_cast<std::size_t>(bytes_per_row()) * m_height, 0);
}

bool MonoBitmap::get(int x, int y) const {
    if (x < 0 || y < 0 || x >= m_width || y >= m_height) return false;
    return (row(y)[x / 8] & (0x80 >> (x % 8))) != 0;
}

void MonoBitmap::set(int x, int y, bool black) {
    if (x < 0 || y < 0 || x >= m_width || y >= m_height) return;
    std::uint8_t& byte = m_bytes[static_cast<std::size_t>(y) * bytes_per_row() + x / 8];
    const auto bit = static_cast<std::uint8_t>(0x80 >> (x % 8));
    byte = black ? (byte | bit) : (byte & ~bit);
}

void MonoBitmap::fill_rect(int x, int y, int w, int h, bool black) {
    for (int yy = std::max(y, 0); yy < std::min(y + h, m_height); ++yy) {
        for (int xx = std::max(x, 0); xx < std::min(x + w, m_width); ++xx) set(xx, yy, black);
    }
}

}  // namespace tramso
