// Pictures for the follow-up site: an RGBA frame squeezed into an indexed PNG of a few dozen
// colours. Phone scenes are flat areas, text and a little anti-aliasing, so a small palette
// keeps them sharp at a fraction of a true-colour PNG's bytes (a lesson page with all its
// pictures must stay small enough for a slow phone connection).
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"

namespace tramso::site {

struct RgbaImage {
    int width = 0, height = 0;
    std::vector<std::uint8_t> pixels;  // width * height * 4, row after row, alpha ignored
};

// The most used colours (at most `max_colours`, 2–256) with every pixel mapped to its nearest.
// The same image always gives the same bytes: no time or software name is written.
Result<std::vector<std::uint8_t>> encode_palette_png(const RgbaImage& image, int max_colours);

}  // namespace tramso::site
