#include <doctest/doctest.h>

#include <fstream>

#include "voice/wav_file.h"
#include "voice_test_support.h"

using namespace tramso;
using namespace tramso::voice;

namespace {

using Bytes = std::vector<std::uint8_t>;

void put16(Bytes& b, unsigned v) {
    b.push_back(v & 0xFF);
    b.push_back((v >> 8) & 0xFF);
}
void put32(Bytes& b, unsigned v) {
    put16(b, v & 0xFFFF);
    put16(b, v >> 16);
}
void tag(Bytes& b, const char* t) { b.insert(b.end(), t, t + 4); }

// A WAV as other tools write it: any channel count and bit depth, an optional extra chunk.
Bytes make_wav(unsigned channels, unsigned rate, unsigned bits, const std::vector<int>& samples,
               bool list_chunk = false, unsigned format = 1) {
    Bytes body;
    tag(body, "WAVE");
    tag(body, "fmt ");
    put32(body, 16);
    put16(body, format);
    put16(body, channels);
    put32(body, rate);
    put32(body, rate * channels * bits / 8);
    put16(body, channels * bits / 8);
    put16(body, bits);
    if (list_chunk) {  // odd length: exercises the pad byte
        tag(body, "LIST");
        put32(body, 5);
        body.insert(body.end(), {'I', 'N', 'F', 'O', 'x', 0});
    }
    tag(body, "data");
    put32(body, static_cast<unsigned>(samples.size() * bits / 8));
    for (int s : samples) {
        if (bits == 16)
            put16(body, static_cast<unsigned>(s) & 0xFFFF);
        else
            for (unsigned i = 0; i < bits / 8; ++i) body.push_back((s >> (8 * i)) & 0xFF);
    }
    Bytes out;
    tag(out, "RIFF");
    put32(out, static_cast<unsigned>(body.size()));
    out.insert(out.end(), body.begin(), body.end());
    return out;
}

void write_bytes(const std::string& path, const Bytes& b) {
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(b.data()), static_cast<std::streamsize>(b.size()));
}

}  // namespace

TEST_CASE("a written WAV reads back with the same samples and sample rate") {
    tramso::test::ScratchDir dir;
    Pcm pcm;
    pcm.sample_rate = 44100;
    for (int i = -300; i < 300; ++i) pcm.samples.push_back(static_cast<std::int16_t>(i * 109));
    pcm.samples.push_back(32767);
    pcm.samples.push_back(-32768);

    REQUIRE(write_wav(dir.file("round.wav"), pcm).ok());
    auto back = load_wav(dir.file("round.wav"));
    REQUIRE(back.ok());
    CHECK(back->sample_rate == 44100);
    CHECK(back->samples == pcm.samples);
    // Only the final file is left behind, no temporary.
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("a stereo recording is mixed to mono and keeps its sample rate") {
    tramso::test::ScratchDir dir;
    write_bytes(dir.file("stereo.wav"), make_wav(2, 48000, 16, {1000, 3000, -2000, -4000, 7, 8}, true));
    auto pcm = load_wav(dir.file("stereo.wav"));
    REQUIRE(pcm.ok());
    CHECK(pcm->sample_rate == 48000);
    CHECK(pcm->samples == std::vector<std::int16_t>{2000, -3000, 7});
}

TEST_CASE("a WAVE_FORMAT_EXTENSIBLE 16-bit file from an editor is accepted") {
    Bytes b = make_wav(1, 22050, 16, {1, 2, 3});
    // Rewrite as extensible: a 40-byte fmt chunk whose sub-format GUID starts with 1 (PCM).
    Bytes ext;
    tag(ext, "WAVE");
    tag(ext, "fmt ");
    put32(ext, 40);
    put16(ext, 0xFFFE);
    put16(ext, 1);
    put32(ext, 22050);
    put32(ext, 44100);
    put16(ext, 2);
    put16(ext, 16);
    put16(ext, 22);
    put16(ext, 16);
    put32(ext, 4);
    put16(ext, 1);
    for (int i = 0; i < 14; ++i) ext.push_back(0);
    ext.insert(ext.end(), b.begin() + 36, b.end());  // the data chunk
    Bytes file;
    tag(file, "RIFF");
    put32(file, static_cast<unsigned>(ext.size()));
    file.insert(file.end(), ext.begin(), ext.end());

    auto info = parse_wav(file, "ext.wav");
    REQUIRE(info.ok());
    CHECK(info->pcm.samples == std::vector<std::int16_t>{1, 2, 3});
}

TEST_CASE("damaged, short and unsupported WAV files are errors naming the file") {
    tramso::test::ScratchDir dir;
    const std::string path = dir.file("bad.wav");

    SUBCASE("too short") { write_bytes(path, {'R', 'I', 'F', 'F', 0, 0}); }
    SUBCASE("not a WAV at all") { write_bytes(path, Bytes(100, 'x')); }
    SUBCASE("audio data cut off") {
        Bytes b = make_wav(1, 22050, 16, std::vector<int>(1000, 5));
        b.resize(b.size() - 500);
        write_bytes(path, b);
    }
    SUBCASE("24-bit") { write_bytes(path, make_wav(1, 48000, 24, {1, 2, 3})); }
    SUBCASE("compressed") { write_bytes(path, make_wav(1, 8000, 16, {1, 2}, false, 2)); }
    SUBCASE("no audio") { write_bytes(path, make_wav(1, 8000, 16, {})); }
    SUBCASE("missing file") {}

    auto pcm = load_wav(path);
    REQUIRE_FALSE(pcm.ok());
    CHECK(pcm.error().where == path);
    CHECK_FALSE(pcm.error().message.empty());
}

TEST_CASE("the WAV error says what is wrong and how to fix it") {
    auto deep = parse_wav(make_wav(2, 48000, 24, {1, 2}), "prompt.wav");
    REQUIRE_FALSE(deep.ok());
    CHECK(deep.error().message.find("24-bit") != std::string::npos);
    CHECK(deep.error().message.find("16-bit") != std::string::npos);

    Bytes cut = make_wav(1, 22050, 16, std::vector<int>(100, 5));
    cut.resize(cut.size() - 10);
    auto truncated = parse_wav(cut, "cut.wav");
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().message.find("truncated") != std::string::npos);
}

TEST_CASE("writing a WAV into a missing folder fails and says where") {
    Pcm pcm;
    pcm.sample_rate = 22050;
    pcm.samples = {1, 2, 3};
    auto st = write_wav("/nonexistent-tramso-dir/out.wav", pcm);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().where == "/nonexistent-tramso-dir/out.wav");
}
