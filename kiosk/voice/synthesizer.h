// Synthesizer: text in, mono PCM out. One small interface so the speech worker, the cache and
// the tests do not care whether the audio comes from espeak-ng, a cache or a fake that sleeps.
// An implementation need not be thread-safe: the speech worker calls it from its own thread only.
#pragma once

#include <string>
#include <string_view>

#include "core/lang.h"
#include "core/result.h"
#include "voice/pcm.h"

namespace tramso::voice {

class Synthesizer {
public:
    virtual ~Synthesizer() = default;

    // `text` is what to say, already prepared by speech_text(); UTF-8.
    virtual Result<Pcm> synthesize(std::string_view text, Lang lang) = 0;

    // Everything besides the text and language that changes the audio (engine and version,
    // voice, rate, volume). The cache keys on it, so changing the rate never replays old audio.
    virtual std::string voice_id(Lang lang) const = 0;
};

}  // namespace tramso::voice
