#include "ui/image_cache.h"

#include <SDL.h>
#include <stb_image.h>

namespace tramso::ui {

ImageCache::~ImageCache() {
    for (auto& [path, p] : m_pictures)
        if (p.texture) SDL_DestroyTexture(p.texture);
    if (m_generated.texture) SDL_DestroyTexture(m_generated.texture);
}

const Picture& ImageCache::generated(const std::string& key, const std::function<Pixels()>& make) {
    if (key == m_generated_key) return m_generated;
    if (m_generated.texture) SDL_DestroyTexture(m_generated.texture);
    m_generated = Picture{};
    m_generated_key = key;
    const Pixels px = make();
    if (px.width <= 0 || px.height <= 0 || px.argb.size() != size_t(px.width) * px.height) return m_generated;
    SDL_Texture* t = SDL_CreateTexture(m_renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, px.width, px.height);
    if (!t) return m_generated;
    SDL_UpdateTexture(t, nullptr, px.argb.data(), px.width * 4);
    SDL_SetTextureScaleMode(t, SDL_ScaleModeNearest);
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_NONE);  // opaque: the quiet zone is real white
    m_generated = Picture{t, px.width, px.height};
    return m_generated;
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
