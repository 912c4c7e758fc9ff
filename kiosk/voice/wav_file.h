// WAV files: reading recorded prompts (they win over synthesised speech) and writing speech
// for the cache and `tramso say`. Only uncompressed 16-bit PCM is accepted; anything else is
// an Error that says how to convert the file, because a prompt that silently fails to play is
// worse than a clear message at content check time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "voice/pcm.h"

namespace tramso::voice {

struct WavInfo {
    Pcm pcm;                // mixed down to mono
    int channels = 0;       // as stored in the file
    std::string cache_key;  // the "tsky" chunk written by the voice cache; empty if none
};

// Reads a 16-bit PCM WAV of any sample rate; stereo (or more channels) is averaged to mono.
// Errors name the path and what is wrong (not a WAV, 24-bit, truncated, …).
Result<Pcm> load_wav(const std::string& path);

// Writes a mono 16-bit WAV. The file is written beside `path` and renamed into place, so a
// crash or a full disk never leaves a half-written file under the final name.
Status write_wav(const std::string& path, const Pcm& pcm);

// The same, on bytes in memory. `where` names the source in errors. `cache_key`, if not
// empty, is stored in a private chunk that other players ignore.
Result<WavInfo> parse_wav(const std::vector<std::uint8_t>& bytes, std::string_view where);
std::vector<std::uint8_t> encode_wav(const Pcm& pcm, std::string_view cache_key = {});
Result<WavInfo> read_wav_file(const std::string& path);
Status write_wav_file(const std::string& path, const Pcm& pcm, std::string_view cache_key);

}  // namespace tramso::voice
