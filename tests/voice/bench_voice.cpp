// bench_voice: time from a Listen press (request) to audio ready (poll/wait returns PCM) for a
// typical lesson step sentence — cold (empty cache: espeak synthesises), cached in memory, and
// cached on disk after a restart. Median of 5 runs each. Not a test: prints numbers only.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "voice/cached_synthesizer.h"
#include "voice/espeak_synthesizer.h"
#include "voice/speech_worker.h"
#include "voice_test_support.h"

using namespace tramso;
using namespace tramso::voice;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kRuns = 5;
constexpr char kSentence[] = "Chị đã mua rau ở hàng cô Hoa. Chị hãy chạm nút “Quét mã QR”.";

double ms(Clock::time_point since) { return std::chrono::duration<double, std::milli>(Clock::now() - since).count(); }

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

std::unique_ptr<Synthesizer> cached_espeak(const std::string& dir) {
    auto espeak = EspeakSynthesizer::create({});
    if (!espeak) {
        std::fprintf(stderr, "bench_voice: %s\n", espeak.error().to_string().c_str());
        std::exit(1);
    }
    VoiceCacheOptions o;
    o.dir = dir;
    return std::make_unique<CachedSynthesizer>(std::move(espeak.value()), o);
}

// Request → audio in hand, through the worker as the UI uses it.
double time_to_audio(SpeechWorker& worker, SpeechId id, double* seconds = nullptr) {
    const auto t0 = Clock::now();
    worker.request(id, kSentence, Lang::vi);
    auto r = worker.wait(std::chrono::seconds(10));
    const double elapsed = ms(t0);
    if (!r || !r->audio) {
        std::fprintf(stderr, "bench_voice: no audio\n");
        std::exit(1);
    }
    if (seconds) *seconds = r->audio->seconds();
    return elapsed;
}

}  // namespace

int main() {
    auto t0 = Clock::now();
    auto first = EspeakSynthesizer::create({});
    const double start_ms = ms(t0);
    if (!first) {
        std::fprintf(stderr, "bench_voice: %s\n", first.error().to_string().c_str());
        return 1;
    }
    t0 = Clock::now();
    (void)first.value()->synthesize("Chào", Lang::vi);
    const double first_voice_ms = ms(t0);

    std::vector<double> raw, cold, memory, disk;
    for (int i = 0; i < kRuns; ++i) {
        t0 = Clock::now();
        (void)first.value()->synthesize(kSentence, Lang::vi);
        raw.push_back(ms(t0));
    }

    double audio_seconds = 0;
    tramso::test::ScratchDir scratch;
    for (int i = 0; i < kRuns; ++i) {
        const std::string dir = scratch.file("cold" + std::to_string(i));
        SpeechWorker worker(cached_espeak(dir));
        cold.push_back(time_to_audio(worker, 1, &audio_seconds));
        if (i == 0)
            for (int j = 0; j < kRuns; ++j) memory.push_back(time_to_audio(worker, 2 + j));
    }
    for (int i = 0; i < kRuns; ++i) {
        SpeechWorker worker(cached_espeak(scratch.file("cold0")));  // a restart: memory empty
        disk.push_back(time_to_audio(worker, 1));
    }

    std::printf("bench_voice: \"%s\" (%.2f s of audio)\n", kSentence, audio_seconds);
    std::printf("  engine start (once per process)  %8.2f ms\n", start_ms);
    std::printf("  first Vietnamese word (voice)    %8.2f ms\n", first_voice_ms);
    std::printf("  espeak alone, median of %d       %8.2f ms\n", kRuns, median(raw));
    std::printf("  time to audio, cold (no cache)   %8.2f ms\n", median(cold));
    std::printf("  time to audio, memory cache      %8.2f ms\n", median(memory));
    std::printf("  time to audio, disk cache        %8.2f ms\n", median(disk));
    return 0;
}
