#include <doctest/doctest.h>

#include <fstream>

#include "voice/cached_synthesizer.h"
#include "voice/espeak_synthesizer.h"
#include "voice/wav_file.h"
#include "voice_test_support.h"

using namespace tramso;
using namespace tramso::voice;

namespace {

struct Counted {
    std::shared_ptr<std::atomic<int>> calls = std::make_shared<std::atomic<int>>(0);
    std::unique_ptr<Synthesizer> fake() {
        return std::make_unique<voice::test::FakeSynthesizer>(std::chrono::milliseconds(0), calls);
    }
};

VoiceCacheOptions on_disk(const tramso::test::ScratchDir& dir) {
    VoiceCacheOptions o;
    o.dir = (dir.path() / "voice-cache").string();
    return o;
}

std::size_t wav_files(const std::string& dir) {
    std::size_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".wav") ++n;
    return n;
}

}  // namespace

TEST_CASE("listening twice to the same espeak sentence synthesises it once, even after a restart") {
    auto espeak = EspeakSynthesizer::create({});
    REQUIRE_MESSAGE(espeak.ok(), espeak.error().to_string());
    tramso::test::ScratchDir dir;
    Counted counted;
    const std::string sentence = "Chị hãy chạm vào ứng dụng Ngân hàng để mở.";

    Pcm first;
    {
        CachedSynthesizer synth(
            std::make_unique<voice::test::CountingSynthesizer>(std::move(espeak.value()), counted.calls), on_disk(dir));
        auto a = synth.synthesize(sentence, Lang::vi);
        auto b = synth.synthesize(sentence, Lang::vi);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(counted.calls->load() == 1);
        CHECK(synth.cache().stats().memory_hits == 1);
        CHECK(b->samples == a->samples);
        first = a.value();
    }
    // A new cache over the same folder, as after a restart: served from disk, no synthesis.
    auto espeak2 = EspeakSynthesizer::create({});
    REQUIRE(espeak2.ok());
    CachedSynthesizer restarted(
        std::make_unique<voice::test::CountingSynthesizer>(std::move(espeak2.value()), counted.calls), on_disk(dir));
    auto c = restarted.synthesize(sentence, Lang::vi);
    REQUIRE(c.ok());
    CHECK(counted.calls->load() == 1);
    CHECK(restarted.cache().stats().disk_hits == 1);
    CHECK(c->sample_rate == first.sample_rate);
    CHECK(c->samples == first.samples);
}

TEST_CASE("the cache keys on text, language and voice settings") {
    tramso::test::ScratchDir dir;
    Counted counted;
    CachedSynthesizer synth(counted.fake(), on_disk(dir));
    REQUIRE(synth.synthesize("Nghe", Lang::vi).ok());
    REQUIRE(synth.synthesize("Nghe", Lang::en).ok());
    REQUIRE(synth.synthesize("Dừng", Lang::vi).ok());
    REQUIRE(synth.synthesize("Nghe", Lang::vi).ok());
    CHECK(counted.calls->load() == 3);
    CHECK(wav_files(on_disk(dir).dir) == 3);

    // A different rate gives a different voice_id, hence a different file name.
    const auto k1 = VoiceCache::make_key("Nghe", Lang::vi, "espeak-ng 1.51; voice vi; rate 140");
    const auto k2 = VoiceCache::make_key("Nghe", Lang::vi, "espeak-ng 1.51; voice vi; rate 175");
    VoiceCache cache(on_disk(dir));
    CHECK(cache.file_for(k1) != cache.file_for(k2));
    CHECK(cache.file_for(k1).ends_with(".wav"));
}

TEST_CASE("a damaged cache file is synthesised again and rewritten") {
    tramso::test::ScratchDir dir;
    Counted counted;
    std::string file;
    {
        CachedSynthesizer synth(counted.fake(), on_disk(dir));
        REQUIRE(synth.synthesize("Tiếp theo", Lang::vi).ok());
        file = VoiceCache(on_disk(dir)).file_for(VoiceCache::make_key("Tiếp theo", Lang::vi, synth.voice_id(Lang::vi)));
    }
    REQUIRE(std::filesystem::exists(file));
    std::filesystem::resize_file(file, std::filesystem::file_size(file) / 2);

    CachedSynthesizer synth(counted.fake(), on_disk(dir));
    auto pcm = synth.synthesize("Tiếp theo", Lang::vi);
    REQUIRE(pcm.ok());
    CHECK(pcm->samples == voice::test::fake_audio("Tiếp theo").samples);
    CHECK(counted.calls->load() == 2);
    CHECK(load_wav(file).ok());  // rewritten whole
}

TEST_CASE("a cache file holding another text under the same name is not played") {
    tramso::test::ScratchDir dir;
    const auto opts = on_disk(dir);
    VoiceCache cache(opts);
    const auto key = VoiceCache::make_key("Quay lại", Lang::vi, "fake");
    // Simulate a hash collision: the right file name, someone else's key inside.
    REQUIRE(write_wav_file(cache.file_for(key), voice::test::fake_audio("Khác"), "some other key").ok());
    CHECK_FALSE(cache.find(key).has_value());
    CHECK(cache.stats().misses == 1);
}

TEST_CASE("the memory cache stays under its byte budget, dropping the least recently used") {
    VoiceCacheOptions o;  // memory only
    const std::size_t one = voice::test::fake_audio("câu số 1").bytes();
    o.memory_bytes = one * 2 + one / 2;  // room for two sentences
    VoiceCache cache(o);
    CHECK(cache.store("a", voice::test::fake_audio("câu số 1")).ok());
    CHECK(cache.store("b", voice::test::fake_audio("câu số 2")).ok());
    CHECK(cache.find("a").has_value());  // "a" is now the most recent
    CHECK(cache.store("c", voice::test::fake_audio("câu số 3")).ok());
    CHECK(cache.find("a").has_value());
    CHECK_FALSE(cache.find("b").has_value());
    CHECK(cache.find("c").has_value());
    CHECK(cache.stats().memory_bytes <= o.memory_bytes);
    CHECK(cache.stats().memory_entries == 2);
}

TEST_CASE("an oversized disk cache is trimmed, oldest files first, when the kiosk starts") {
    tramso::test::ScratchDir dir;
    auto opts = on_disk(dir);
    std::vector<std::string> files;
    {
        VoiceCache cache(opts);
        for (int i = 0; i < 6; ++i) {
            const std::string key = "key " + std::to_string(i);
            REQUIRE(cache.store(key, voice::test::fake_audio("câu dài dài dài")).ok());
            files.push_back(cache.file_for(key));
            // Distinct ages without sleeping.
            std::filesystem::last_write_time(
                files.back(), std::filesystem::file_time_type::clock::now() - std::chrono::hours(10 - i));
        }
    }
    const auto each = std::filesystem::file_size(files[0]);
    opts.disk_bytes = each * 4;
    VoiceCache trimmed(opts);
    CHECK_FALSE(std::filesystem::exists(files[0]));
    CHECK_FALSE(std::filesystem::exists(files[1]));
    CHECK_FALSE(std::filesystem::exists(files[2]));
    CHECK(std::filesystem::exists(files[5]));
    CHECK(wav_files(opts.dir) == 3);
}

TEST_CASE("a kiosk that never restarts keeps its disk cache within budget as it speaks") {
    tramso::test::ScratchDir dir;
    auto opts = on_disk(dir);
    std::uintmax_t each = 0;
    {
        VoiceCache probe(opts);
        REQUIRE(probe.store("probe", voice::test::fake_audio("câu dài dài dài")).ok());
        each = std::filesystem::file_size(probe.file_for("probe"));
        std::filesystem::remove(probe.file_for("probe"));
    }
    opts.disk_bytes = each * 5;
    VoiceCache cache(opts);
    std::string newest;
    for (int i = 0; i < 40; ++i) {
        newest = "key " + std::to_string(i);
        REQUIRE(cache.store(newest, voice::test::fake_audio("câu dài dài dài")).ok());
        CHECK(cache.stats().disk_bytes <= opts.disk_bytes);
    }
    CHECK(wav_files(opts.dir) <= 5);
    CHECK(wav_files(opts.dir) >= 4);
    CHECK(std::filesystem::exists(cache.file_for(newest)));
}

TEST_CASE("a cache folder that cannot be created leaves speech working from memory") {
    VoiceCacheOptions o;
    o.dir = "/proc/tramso-cannot-exist/voice-cache";
    Counted counted;
    CachedSynthesizer synth(counted.fake(), o);
    REQUIRE(synth.cache().disk_error().has_value());
    CHECK(synth.cache().disk_error()->where == o.dir);
    REQUIRE(synth.synthesize("Nghe", Lang::vi).ok());
    REQUIRE(synth.synthesize("Nghe", Lang::vi).ok());
    CHECK(counted.calls->load() == 1);
}
