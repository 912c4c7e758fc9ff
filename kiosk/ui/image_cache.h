// Lesson pictures (PNG under content/) as renderer textures, loaded once with stb_image on
// first use and kept for the life of the window. A picture that fails to load is remembered
// as missing, so a bad file costs one attempt, not one per frame.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

struct SDL_Renderer;
struct SDL_Texture;

namespace tramso::ui {

struct Picture {
    SDL_Texture* texture = nullptr;  // null: could not be loaded
    int width = 0, height = 0;
};

class ImageCache {
public:
    explicit ImageCache(SDL_Renderer* renderer) : m_renderer(renderer) {}
    ~ImageCache();
    ImageCache(const ImageCache&) = delete;
    ImageCache& operator=(const ImageCache&) = delete;

    const Picture& get(const std::string& path);

    // Pixels made by the kiosk itself (the finish screen's QR code), as 0xAARRGGBB words.
    struct Pixels {
        int width = 0, height = 0;
        std::vector<std::uint32_t> argb;
    };
    // Uploaded once per `key` as an ARGB8888 texture (the renderer's own format: no conversion
    // per draw) sampled nearest-neighbour, so scaled-up QR modules keep hard edges. One slot:
    // a new key replaces the old texture, so a kiosk showing a fresh code per visit holds one.
    const Picture& generated(const std::string& key, const std::function<Pixels()>& make);

private:
    SDL_Renderer* m_renderer;
    std::map<std::string, Picture> m_pictures;
    std::string m_generated_key;
    Picture m_generated;
};

}  // namespace tramso::ui
