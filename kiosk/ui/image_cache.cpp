#include "ui/image_cache.h"

#include <SDL.h>
#include <stb_image.h>

#include <algorithm>
#include <vector>

namespace tramso::ui {
namespace {

std::size_t pixel_bytes(const Picture& p) { return std::size_t(p.width) * std::size_t(p.height) * 4; }

}  // namespace

ImageCache::~ImageCache() {
    for (auto& [path, held] : m_pictures) release(held);
    if (m_generated.texture) SDL_DestroyTexture(m_generated.texture);
}

void ImageCache::release(Held& held) {
    if (held.picture.texture) SDL_DestroyTexture(held.picture.texture);
    m_bytes -= pixel_bytes(held.picture);
    held.picture = Picture{};
}

const Picture& ImageCache::generated(const std::string& key, const std::function<Pixels()>& make) {
    if (key == m_generated_key) return m_generated;
    if (m_generated.texture) SDL_DestroyTexture(m_generated.texture);
    m_generated = Picture{};
    m_generated_key = key;
    const Pixels px = make();
    if (px.width <= 0 || px.height <= 0 || px.argb.size() != size_t(px.width) * px.height) return m_generated;
    SDL_Texture* t =
        SDL_CreateTexture(m_renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, px.width, px.height);
    if (!t) return m_generated;
    SDL_UpdateTexture(t, nullptr, px.argb.data(), px.width * 4);
    SDL_SetTextureScaleMode(t, SDL_ScaleModeNearest);
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_NONE);  // opaque: the quiet zone is real white
    m_generated = Picture{t, px.width, px.height};
    return m_generated;
}

const Picture& ImageCache::get(const std::string& path) {
    if (auto it = m_pictures.find(path); it != m_pictures.end()) {
        it->second.last_frame = m_frame;
        return it->second.picture;
    }
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
    m_bytes += pixel_bytes(p);
    return m_pictures.emplace(path, Held{p, m_frame}).first->second.picture;
}

void ImageCache::end_frame() {
    const std::uint64_t ended = m_frame++;
    if (m_bytes <= m_budget) return;
    std::vector<std::map<std::string, Held>::iterator> oldest;
    for (auto it = m_pictures.begin(); it != m_pictures.end(); ++it)
        if (it->second.last_frame != ended) oldest.push_back(it);
    std::sort(oldest.begin(), oldest.end(), [](auto a, auto b) { return a->second.last_frame < b->second.last_frame; });
    for (auto it : oldest) {
        if (m_bytes <= m_budget) break;
        release(it->second);
        m_pictures.erase(it);  // a missing picture is forgotten too: it is tried again if shown again
    }
}

ImageCacheStats ImageCache::stats() const {
    return {m_pictures.size() + (m_generated.texture ? 1 : 0), m_bytes + pixel_bytes(m_generated)};
}

}  // namespace tramso::ui
