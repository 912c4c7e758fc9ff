// The WAV reader on arbitrary bytes (a recorded prompt or a cache file staff copied in). What it
// accepts is sane (a positive sample rate, at least one channel) and survives a round trip:
// encoding the PCM and its cache key and reading that back gives the same samples and key.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "fuzz_check.h"
#include "voice/wav_file.h"

using namespace tramso::voice;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::vector<std::uint8_t> bytes(data, data + size);
    auto wav = parse_wav(bytes, "fuzz.wav");
    if (!wav) {
        FUZZ_CHECK(!wav.error().message.empty());
        return 0;
    }
    FUZZ_CHECK(wav->pcm.sample_rate > 0);
    FUZZ_CHECK(wav->channels >= 1);
    // A mono 16-bit file cannot hold more samples than it has bytes for.
    FUZZ_CHECK(wav->pcm.bytes() <= size);

    const std::vector<std::uint8_t> encoded = encode_wav(wav->pcm, wav->cache_key);
    auto again = parse_wav(encoded, "again.wav");
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->channels == 1);
    FUZZ_CHECK(again->pcm.sample_rate == wav->pcm.sample_rate);
    FUZZ_CHECK(again->pcm.samples == wav->pcm.samples);
    FUZZ_CHECK(again->cache_key == wav->cache_key);
    return 0;
}
