#include "voice/pcm_level.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace tramso::voice {

PcmLevel measure_level(const Pcm& pcm) {
    PcmLevel level;
    level.seconds = pcm.seconds();
    if (pcm.empty() || pcm.sample_rate <= 0) return level;
    // -40 dBFS: quieter than any syllable espeak or a microphone makes, louder than room hiss.
    const double threshold = 32768.0 * std::pow(10.0, -40.0 / 20.0);
    const size_t window = std::max<size_t>(1, size_t(pcm.sample_rate) / 100);
    double total = 0;
    size_t voiced_windows = 0;
    for (size_t start = 0; start < pcm.samples.size(); start += window) {
        const size_t end = std::min(pcm.samples.size(), start + window);
        double sum = 0;
        for (size_t i = start; i < end; ++i) {
            const double s = pcm.samples[i];
            sum += s * s;
            level.peak = std::max(level.peak, std::abs(int(pcm.samples[i])));
        }
        total += sum;
        if (std::sqrt(sum / double(end - start)) > threshold) ++voiced_windows;
    }
    level.rms = std::sqrt(total / double(pcm.samples.size()));
    level.voiced_seconds = std::min(level.seconds, double(voiced_windows * window) / pcm.sample_rate);
    return level;
}

}  // namespace tramso::voice
