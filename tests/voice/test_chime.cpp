// The help chime: short, soft, and free of clicks at its ends.
#include <doctest/doctest.h>

#include <cstdlib>

#include "voice/chime.h"
#include "voice/pcm_level.h"

using namespace tramso::voice;

TEST_CASE("the help chime is about a second of soft sound that starts and ends at silence") {
    const Pcm chime = help_chime();
    const PcmLevel level = measure_level(chime);
    CHECK(level.seconds > 0.5);
    CHECK(level.seconds < 1.5);
    CHECK(level.voiced_seconds > 0.4);
    CHECK(level.peak > 3000);   // audible
    CHECK(level.peak < 10000);  // about a quarter of full scale or less
    REQUIRE(chime.samples.size() > 10);
    CHECK(std::abs(chime.samples.front()) < 100);
    CHECK(std::abs(chime.samples.back()) < 100);
}
