// Vietnamese text into a MonoBitmap. Receipt printers' code pages have no Vietnamese, so the
// slip carries its text as pixels, drawn here with FreeType from a Noto Sans file.
// Text is UTF-8, best in NFC (precomposed "ệ", which render_slip ensures); a stray combining
// mark still lands roughly over the previous letter because Noto gives it zero advance.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "print/mono_bitmap.h"

namespace tramso {

class SlipFont {
public:
    // Errors name the path and the Debian package that provides it (fonts-noto-core).
    static Result<SlipFont> open(const std::string& path);

    SlipFont(SlipFont&&) noexcept;
    SlipFont& operator=(SlipFont&&) noexcept;
    ~SlipFont();

    // All sizes are in pixels (printer dots) per em.
    int ascent(int px) const;
    int line_height(int px) const;
    int measure(std::string_view utf8, int px) const;
    // Draws with the pen starting at x on `baseline`; pixels outside the bitmap are dropped.
    void draw(MonoBitmap& target, int x, int baseline, std::string_view utf8, int px) const;

private:
    struct Impl;
    explicit SlipFont(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Greedy word wrap to `max_width` pixels: breaks at spaces and '\n', splits a word only when
// it alone is too wide. Beyond `max_lines`, the last line ends in "…".
std::vector<std::string> wrap_text(const SlipFont& font, int px, std::string_view text, int max_width, int max_lines);

}  // namespace tramso
