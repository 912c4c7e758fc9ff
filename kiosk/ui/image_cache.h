// Lesson pictures (PNG under content/) as renderer textures, loaded with stb_image on first
// use. A picture that fails to load is remembered as missing, so a bad file costs one attempt,
// not one per frame. The decoded pixels are bounded: past the budget, pictures no frame drew
// recently are let go between frames (a kiosk running for months over changing lessons
// must not keep every picture it ever showed).
#pragma once

#include <cstddef>
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

// What the cache holds, for the soak's day lines.
struct ImageCacheStats {
    std::size_t pictures = 0;
    std::size_t bytes = 0;  // decoded pixels held in textures, the generated one included
};

class ImageCache {
public:
    // A lesson's pictures are a few MB; 48 MB holds many lessons' worth at full-HD sizes.
    static constexpr std::size_t kDefaultBudgetBytes = 48u << 20;

    explicit ImageCache(SDL_Renderer* renderer, std::size_t budget_bytes = kDefaultBudgetBytes)
        : m_renderer(renderer), m_budget(budget_bytes) {}
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

    // Between frames (no Picture reference is held then): lets go of the pictures drawn
    // longest ago until the cache is within its budget. Those drawn in the frame that just
    // ended are kept even over budget, so a screen never loses a picture it shows.
    void end_frame();
    ImageCacheStats stats() const;

private:
    struct Held {
        Picture picture;
        std::uint64_t last_frame = 0;
    };
    void release(Held& held);

    SDL_Renderer* m_renderer;
    std::size_t m_budget;
    std::uint64_t m_frame = 0;
    std::size_t m_bytes = 0;  // of m_pictures
    std::map<std::string, Held> m_pictures;
    std::string m_generated_key;
    Picture m_generated;
};

}  // namespace tramso::ui
