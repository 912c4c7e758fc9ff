#include "voice/cached_synthesizer.h"

namespace tramso::voice {

CachedSynthesizer::CachedSynthesizer(std::unique_ptr<Synthesizer> inner, VoiceCacheOptions options)
    : m_inner(std::move(inner)), m_cache(std::move(options)) {}

Result<Pcm> CachedSynthesizer::synthesize(std::string_view text, Lang lang) {
    const std::string key = VoiceCache::make_key(text, lang, m_inner->voice_id(lang));
    if (auto hit = m_cache.find(key)) return std::move(*hit);
    auto pcm = m_inner->synthesize(text, lang);
    if (!pcm) return pcm;  // errors are not cached: installing the voice fixes them at once
    if (auto stored = m_cache.store(key, pcm.value()); !stored) m_write_error = stored.error();
    return pcm;
}

}  // namespace tramso::voice
