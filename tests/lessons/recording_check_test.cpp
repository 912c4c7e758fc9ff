// A lesson's recorded voice is checked with the reader the kiosk plays it with:
// what check-content accepts, the kiosk can play.
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "common/scratch_dir.h"
#include "lessons/asset_checks.h"

namespace {

using Bytes = std::vector<std::uint8_t>;

void put(Bytes& b, std::uint32_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) b.push_back(std::uint8_t(v >> (8 * i)));
}
void tag(Bytes& b, const char* t) { b.insert(b.end(), t, t + 4); }

// A WAV as a sound editor writes it: `frames` frames of a loud square wave.
Bytes wav(unsigned channels, unsigned rate, unsigned bits, unsigned frames) {
    Bytes data;
    for (unsigned f = 0; f < frames; ++f)
        for (unsigned c = 0; c < channels; ++c) put(data, (f / 20) % 2 ? 0x3000u << (bits - 16) : 0, int(bits / 8));
    Bytes b;
    tag(b, "RIFF");
    put(b, 36 + std::uint32_t(data.size()), 4);
    tag(b, "WAVE");
    tag(b, "fmt ");
    put(b, 16, 4);
    put(b, 1, 2);
    put(b, channels, 2);
    put(b, rate, 4);
    put(b, rate * channels * bits / 8, 4);
    put(b, channels * bits / 8, 2);
    put(b, bits, 2);
    tag(b, "data");
    put(b, std::uint32_t(data.size()), 4);
    b.insert(b.end(), data.begin(), data.end());
    return b;
}

std::string write(const tramso::test::ScratchDir& dir, const std::string& name, const Bytes& b) {
    const std::string path = dir.file(name);
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(b.data()), std::streamsize(b.size()));
    return path;
}

}  // namespace

TEST_CASE("a 16-bit recording at any rate, mono or stereo, passes the content check") {
    tramso::test::ScratchDir dir;
    CHECK_FALSE(tramso::check_wav_file(write(dir, "mono.wav", wav(1, 22050, 16, 22050))));
    CHECK_FALSE(tramso::check_wav_file(write(dir, "stereo.wav", wav(2, 44100, 16, 44100))));
}

TEST_CASE("a recording the kiosk could not play is a content error that says how to convert it") {
    tramso::test::ScratchDir dir;
    const auto deep = tramso::check_wav_file(write(dir, "deep.wav", wav(1, 48000, 24, 4800)));
    REQUIRE(deep);
    CHECK(deep->problem.find("deep.wav") != std::string::npos);
    CHECK(deep->problem.find("24-bit") != std::string::npos);
    CHECK(deep->fix.find("sox") != std::string::npos);

    Bytes cut = wav(1, 16000, 16, 16000);
    cut.resize(cut.size() / 2);  // a copy that stopped half way
    const auto truncated = tramso::check_wav_file(write(dir, "cut.wav", cut));
    REQUIRE(truncated);
    CHECK(truncated->problem.find("truncated") != std::string::npos);

    const auto empty = tramso::check_wav_file(write(dir, "empty.wav", wav(1, 16000, 16, 0)));
    REQUIRE(empty);
    CHECK(empty->problem.find("no audio") != std::string::npos);
}
