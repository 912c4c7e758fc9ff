#include "voice/chime.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tramso::voice {
namespace {

constexpr int kRate = 22'050;
constexpr double kPeak = 0.25 * 32767;  // soft: well under the speech level
constexpr double kNoteSeconds = 0.55;
constexpr double kAttackSeconds = 0.01;  // a short rise, else the first sample clicks

// One bell-like note at `start`: a sine with a quieter octave above, rising for the attack,
// then decaying exponentially to silence by the note's end.
void add_note(std::vector<double>& out, double start_s, double hz) {
    const std::size_t first = std::size_t(start_s * kRate);
    const std::size_t n = std::size_t(kNoteSeconds * kRate);
    for (std::size_t i = 0; i < n && first + i < out.size(); ++i) {
        const double t = double(i) / kRate;
        const double rise = std::min(1.0, t / kAttackSeconds);
        const double fade = std::exp(-5.0 * t / kNoteSeconds) * (1.0 - t / kNoteSeconds);
        const double wave = std::sin(2 * std::numbers::pi * hz * t) + 0.3 * std::sin(4 * std::numbers::pi * hz * t);
        out[first + i] += rise * fade * wave / 1.3;
    }
}

}  // namespace

Pcm help_chime() {
    const double gap_s = 0.35;  // the second note starts while the first fades
    std::vector<double> mix(std::size_t((gap_s + kNoteSeconds) * kRate), 0.0);
    add_note(mix, 0.0, 659.25);    // E5
    add_note(mix, gap_s, 523.25);  // C5
    Pcm pcm;
    pcm.sample_rate = kRate;
    pcm.samples.reserve(mix.size());
    for (double v : mix) pcm.samples.push_back(std::int16_t(std::lround(std::clamp(v, -1.0, 1.0) * kPeak)));
    return pcm;
}

}  // namespace tramso::voice
