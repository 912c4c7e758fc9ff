#include "ui/image_cache.h"

#include <SDL.h>
#include <stb_image.h>

namespace tramso::ui {

ImageCache::~ImageCache() {
    for (auto& [path, p] : m_pictures)
        if (p.texture) SDL_DestroyTexture(p.texture);
}

const Picture& ImageCache::get(const std::string& path) {
    if (auto it = m_pictures.find(path); it != m_pictures.end()) return it->second;
    Picture p;
    int w = 0, h = 0, channels = 0;
    if (unsigned char* rgba = stbi_load(path.c_str(), &w, &h, &channels, 4)) {
        p.texture = SDL_CreateTexture(m_renderer, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, w, h);
        if (p.texture) {
            SDL_UpdateTexture(p.texture, nullptr, rgba, w * 4);
            SDL_SetTextureBlendMode(p.texture, SDL_BLENDMODE_BLEND);
            p.width = w, p.height = h;
        }
        stbi_image_free(rgba);
    }
    return m_pictures.emplace(path, p).first->second;
}

}  // namespace tramso::ui
