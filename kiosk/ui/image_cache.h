// Lesson pictures (PNG under content/) as renderer textures, loaded once with stb_image on
// first use and kept for the life of the window. A picture that fails to load is remembered
// as missing, so a bad file costs one attempt, not one per frame.
#pragma once

#include <map>
#include <string>

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

private:
    SDL_Renderer* m_renderer;
    std::map<std::string, Picture> m_pictures;
};

}  // namespace tramso::ui
