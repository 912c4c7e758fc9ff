// The picture cache on a software renderer drawing into memory (no window, no video driver).
#include <doctest/doctest.h>

#include <SDL.h>
#include <stb_image_write.h>

#include <string>
#include <vector>

#include "common/scratch_dir.h"
#include "ui/image_cache.h"

using tramso::ui::ImageCache;

namespace {

struct Canvas {
    SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(surface);
    ~Canvas() {
        SDL_DestroyRenderer(renderer);
        SDL_FreeSurface(surface);
    }
};

// A 100x100 opaque PNG: 40,000 bytes once decoded.
std::string write_picture(const tramso::test::ScratchDir& dir, int n) {
    std::vector<unsigned char> rgba(100 * 100 * 4, static_cast<unsigned char>(40 * n));
    const std::string path = (dir.path() / ("picture" + std::to_string(n) + ".png")).string();
    REQUIRE(stbi_write_png(path.c_str(), 100, 100, 4, rgba.data(), 100 * 4));
    return path;
}

constexpr std::size_t kPictureBytes = 100 * 100 * 4;

}  // namespace

TEST_CASE("pictures past the budget are let go between frames, those drawn longest ago first") {
    Canvas canvas;
    REQUIRE(canvas.renderer);
    tramso::test::ScratchDir dir;
    ImageCache cache(canvas.renderer, 2 * kPictureBytes);
    std::vector<std::string> paths;
    for (int i = 0; i < 4; ++i) paths.push_back(write_picture(dir, i));

    for (const std::string& p : paths) {
        CHECK(cache.get(p).texture != nullptr);
        cache.end_frame();
        CHECK(cache.stats().bytes <= 2 * kPictureBytes);
    }
    CHECK(cache.stats().pictures == 2);

    // Picture 2 drawn again, then a new one: 3 (drawn longest ago) goes, 2 stays.
    cache.get(paths[2]);
    cache.end_frame();
    cache.get(paths[0]);
    cache.end_frame();
    CHECK(cache.stats().pictures == 2);
    CHECK(cache.stats().bytes == 2 * kPictureBytes);
}

TEST_CASE("a frame that draws more than the budget keeps every picture it drew") {
    Canvas canvas;
    REQUIRE(canvas.renderer);
    tramso::test::ScratchDir dir;
    ImageCache cache(canvas.renderer, kPictureBytes / 2);
    const std::string a = write_picture(dir, 1), b = write_picture(dir, 2);
    const SDL_Texture* first = cache.get(a).texture;
    cache.get(b);
    cache.end_frame();
    CHECK(cache.stats().pictures == 2);
    // The next frame draws only `b`: `a` goes, and a later frame loads it again.
    CHECK(cache.get(a).texture == first);
    cache.get(b);
    cache.end_frame();
    cache.get(b);
    cache.end_frame();
    CHECK(cache.stats().pictures == 1);
    CHECK(cache.get(a).texture != nullptr);
}

TEST_CASE("a picture that does not load is remembered as missing and costs no budget") {
    Canvas canvas;
    tramso::test::ScratchDir dir;
    ImageCache cache(canvas.renderer, kPictureBytes);
    const std::string missing = (dir.path() / "none.png").string();
    CHECK(cache.get(missing).texture == nullptr);
    cache.end_frame();
    CHECK(cache.stats().pictures == 1);
    CHECK(cache.stats().bytes == 0);
}
