// CachedSynthesizer: a Synthesizer that asks its VoiceCache first and only then the real
// engine, storing what the engine made. It wraps any Synthesizer, so tests count the calls
// that reach a fake behind it.
#pragma once

#include <memory>
#include <optional>

#include "voice/synthesizer.h"
#include "voice/voice_cache.h"

namespace tramso::voice {

class CachedSynthesizer final : public Synthesizer {
public:
    CachedSynthesizer(std::unique_ptr<Synthesizer> inner, VoiceCacheOptions options);

    Result<Pcm> synthesize(std::string_view text, Lang lang) override;
    std::string voice_id(Lang lang) const override { return m_inner->voice_id(lang); }

    const VoiceCache& cache() const { return m_cache; }
    // The last failed cache write (disk full, read-only), kept for the staff health screen.
    const std::optional<Error>& last_write_error() const { return m_write_error; }

private:
    std::unique_ptr<Synthesizer> m_inner;
    VoiceCache m_cache;
    std::optional<Error> m_write_error;
};

}  // namespace tramso::voice
