// How much of a block of audio is sound and how loud it is: the tests' and check-content's
// measure of whether speech or a recording is plausible (not silent, not a click, not cut off).
#pragma once

#include "voice/pcm.h"

namespace tramso::voice {

struct PcmLevel {
    double seconds = 0;         // the whole block
    double voiced_seconds = 0;  // 10 ms windows louder than -40 dBFS (speech, not pauses or hiss)
    int peak = 0;               // largest absolute sample, 0–32768
    double rms = 0;             // over the whole block, 0–32768
};

PcmLevel measure_level(const Pcm& pcm);

}  // namespace tramso::voice
