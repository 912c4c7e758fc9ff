#include <doctest/doctest.h>

#include <cmath>

#include "voice/pcm_level.h"

using tramso::voice::measure_level;
using tramso::voice::Pcm;

TEST_CASE("the level measure tells speech-like sound from silence and hiss") {
    Pcm pcm;
    pcm.sample_rate = 10000;
    pcm.samples.assign(20000, 0);          // 2 s
    for (size_t i = 5000; i < 10000; ++i)  // 0.5 s of a loud tone in the middle
        pcm.samples[i] = std::int16_t(10000 * std::sin(double(i) * 0.3));
    for (size_t i = 10000; i < 20000; ++i) pcm.samples[i] = std::int16_t(i % 2 ? 40 : -40);  // hiss
    const auto level = measure_level(pcm);
    CHECK(level.seconds == doctest::Approx(2.0));
    CHECK(level.voiced_seconds == doctest::Approx(0.5).epsilon(0.03));
    CHECK(level.peak > 9900);
    CHECK(level.rms > 100);

    const auto silent = measure_level(Pcm{16000, std::vector<std::int16_t>(16000, 0)});
    CHECK(silent.seconds == doctest::Approx(1.0));
    CHECK(silent.voiced_seconds == 0);
    CHECK(silent.peak == 0);
    CHECK(measure_level(Pcm{}).seconds == 0);
}
