// Test tool: measures the QR code in a screenshot of the finish screen.
//   qr_shot_check SHOT.png DIAGONAL_INCHES MIN_MM
// The code is the only pure black (#000000) on the kiosk's screens (text is near-black brown),
// and its finder patterns reach the symbol's top, left, right and bottom edges, so the box
// around pure black pixels is the symbol. Inside it every pixel must be pure black or pure
// white (nearest-neighbour scaling, no blur), and every run of one colour a whole number of
// modules of one size. Prints the size in pixels and millimetres on the panel; exits 1 when
// the code is blurred, uneven or smaller than MIN_MM.
#include <stb_image.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: qr_shot_check SHOT.png DIAGONAL_INCHES MIN_MM\n");
        return 2;
    }
    int w = 0, h = 0, n = 0;
    unsigned char* px = stbi_load(argv[1], &w, &h, &n, 3);
    if (!px) return std::fprintf(stderr, "%s: cannot read the PNG\n", argv[1]), 2;
    auto at = [&](int x, int y) { return px + (static_cast<size_t>(y) * w + x) * 3; };
    auto black = [&](int x, int y) {
        const unsigned char* p = at(x, y);
        return p[0] == 0 && p[1] == 0 && p[2] == 0;
    };
    auto white = [&](int x, int y) {
        const unsigned char* p = at(x, y);
        return p[0] == 255 && p[1] == 255 && p[2] == 255;
    };

    int x0 = w, y0 = h, x1 = -1, y1 = -1;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if (black(x, y)) x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
    if (x1 < 0) return std::fprintf(stderr, "%s: no QR code (no pure black pixel)\n", argv[1]), 1;
    const int side_w = x1 - x0 + 1, side_h = y1 - y0 + 1;

    int grey = 0, module = 0;
    for (int y = y0; y <= y1; ++y) {
        int run = 1;
        for (int x = x0; x <= x1; ++x) {
            if (!black(x, y) && !white(x, y)) ++grey;
            if (x < x1 && black(x, y) == black(x + 1, y)) {
                ++run;
            } else {
                module = std::gcd(module, run);
                run = 1;
            }
        }
    }
    const double px_per_mm = std::sqrt(double(w) * w + double(h) * h) / (std::atof(argv[2]) * 25.4);
    const double mm = side_w / px_per_mm;
    std::printf(
        "QR symbol %dx%d px at (%d,%d), %d px per module (%d modules), %.1f mm on a %s\" %dx%d panel; "
        "%d pixels neither black nor white\n",
        side_w, side_h, x0, y0, module, module ? side_w / module : 0, mm, argv[2], w, h, grey);
    stbi_image_free(px);
    if (side_w != side_h) return std::fprintf(stderr, "FAIL: the code is not square\n"), 1;
    if (grey > 0) return std::fprintf(stderr, "FAIL: the code is blurred (grey pixels)\n"), 1;
    if (module < 2 || side_w % module != 0) return std::fprintf(stderr, "FAIL: modules of uneven size\n"), 1;
    if (mm < std::atof(argv[3])) return std::fprintf(stderr, "FAIL: smaller than %s mm\n", argv[3]), 1;
    return 0;
}
