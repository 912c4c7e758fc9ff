// Pcm: a block of mono 16-bit audio and its sample rate, the one audio type the voice module
// hands out. The UI layer converts it to the device format (SDL_AudioStream) when it plays it,
// so espeak output (22 050 Hz) and recorded prompts (often 44 100 or 48 000 Hz) need no
// resampling here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tramso::voice {

struct Pcm {
    int sample_rate = 0;                // Hz
    std::vector<std::int16_t> samples;  // mono

    double seconds() const { return sample_rate > 0 ? static_cast<double>(samples.size()) / sample_rate : 0.0; }
    std::size_t bytes() const { return samples.size() * sizeof(std::int16_t); }
    bool empty() const { return samples.empty(); }
};

}  // namespace tramso::voice
