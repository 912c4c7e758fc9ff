#include "site/palette_png.h"

#include <png.h>

#include <algorithm>
#include <array>
#include <map>

namespace tramso::site {

namespace {

using Rgb = std::array<std::uint8_t, 3>;

// Colours are counted at 5 bits a channel: anti-aliased text has hundreds of near-identical
// shades, and merging them first lets the palette keep the distinct colours of small things
// (a red badge, a green call button) instead of many greys.
std::uint32_t bucket(const std::uint8_t* p) { return std::uint32_t(p[0] >> 3) << 10 | (p[1] >> 3) << 5 | (p[2] >> 3); }

std::vector<Rgb> choose_palette(const RgbaImage& image, int max_colours) {
    struct Sum {
        std::uint64_t n = 0, r = 0, g = 0, b = 0;
    };
    std::map<std::uint32_t, Sum> buckets;
    for (std::size_t i = 0; i < image.pixels.size(); i += 4) {
        const std::uint8_t* p = &image.pixels[i];
        Sum& s = buckets[bucket(p)];
        ++s.n, s.r += p[0], s.g += p[1], s.b += p[2];
    }
    std::vector<std::pair<std::uint32_t, Sum>> ranked(buckets.begin(), buckets.end());
    // Ties broken by the bucket's key, so the palette never depends on anything but the pixels.
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.second.n != b.second.n ? a.second.n > b.second.n : a.first < b.first;
    });
    std::vector<Rgb> palette;
    for (const auto& [key, s] : ranked) {
        if (int(palette.size()) == max_colours) break;
        palette.push_back(Rgb{std::uint8_t(s.r / s.n), std::uint8_t(s.g / s.n), std::uint8_t(s.b / s.n)});
    }
    return palette;
}

int nearest(const std::vector<Rgb>& palette, const std::uint8_t* p) {
    int best = 0, best_d = 1 << 30;
    for (std::size_t i = 0; i < palette.size(); ++i) {
        const int dr = palette[i][0] - p[0], dg = palette[i][1] - p[1], db = palette[i][2] - p[2];
        // Green counts most to the eye, blue least: text edges keep their weight.
        const int d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
        if (d < best_d) best = int(i), best_d = d;
    }
    return best;
}

void append_bytes(png_structp png, png_bytep data, png_size_t length) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(png_get_io_ptr(png));
    out->insert(out->end(), data, data + length);
}

}  // namespace

Result<std::vector<std::uint8_t>> encode_palette_png(const RgbaImage& image, int max_colours) {
    if (image.width <= 0 || image.height <= 0 || image.pixels.size() != std::size_t(image.width) * image.height * 4)
        return Error{"picture", "empty or inconsistent image"};
    max_colours = std::clamp(max_colours, 2, 256);
    const std::vector<Rgb> palette = choose_palette(image, max_colours);

    std::vector<std::uint8_t> indices(std::size_t(image.width) * image.height);
    std::map<std::uint32_t, int> seen;  // exact colour → index: most pixels repeat a few colours
    for (std::size_t i = 0; i < indices.size(); ++i) {
        const std::uint8_t* p = &image.pixels[i * 4];
        const std::uint32_t key = std::uint32_t(p[0]) << 16 | p[1] << 8 | p[2];
        auto [it, fresh] = seen.try_emplace(key, 0);
        if (fresh) it->second = nearest(palette, p);
        indices[i] = std::uint8_t(it->second);
    }
    // Worked out after setjmp, from the palette, so no local can be clobbered by libpng's longjmp.
    auto bit_depth = [&palette] {
        return palette.size() <= 2 ? 1 : palette.size() <= 4 ? 2 : palette.size() <= 16 ? 4 : 8;
    };

    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return Error{"libpng", "out of memory"};
    }
    std::vector<std::uint8_t> out;
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return Error{"libpng", "cannot encode the picture"};
    }
    png_set_write_fn(png, &out, append_bytes, nullptr);
    png_set_compression_level(png, 9);
    png_set_IHDR(png, info, png_uint_32(image.width), png_uint_32(image.height), bit_depth(), PNG_COLOR_TYPE_PALETTE,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    std::vector<png_color> colours;
    for (const Rgb& c : palette) colours.push_back(png_color{c[0], c[1], c[2]});
    png_set_PLTE(png, info, colours.data(), int(colours.size()));
    png_write_info(png, info);
    png_set_packing(png);  // one index per byte in, packed to bit_depth in the file
    for (int y = 0; y < image.height; ++y) png_write_row(png, &indices[std::size_t(y) * image.width]);
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}

}  // namespace tramso::site
