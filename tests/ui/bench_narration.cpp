// bench_narration: time to first audio — from a Listen press (fx::Speak) to the first samples
// taken by the audio device — for a typical lesson step, through the kiosk's own Narrator
// (speech worker, cache, SDL_AudioStream, SDL audio). "Typical" is the bundled step whose
// spoken text has the median length. Cold: empty cache, espeak synthesises. Memory: the same
// Listen pressed again. Disk: the kiosk restarted, cache on disk only. Run from the repository
// root with SDL_AUDIODRIVER=dummy (or a real device). Prints medians of RUNS runs (default 5).
#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "app/lesson_run.h"
#include "app/narration.h"
#include "common/scratch_dir.h"
#include "core/config.h"
#include "core/string_table.h"
#include "lessons/content.h"
#include "ui/narrator.h"

using namespace tramso;
using Wall = std::chrono::steady_clock;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Presses Listen and polls as the frame loop would (every millisecond here) until the device
// has taken the first samples.
double time_to_first_audio(ui::Narrator& n, const std::string& text) {
    const Uint64 t0 = SDL_GetPerformanceCounter();
    const auto w0 = Wall::now();
    n.speak(app::fx::Speak{text, "", Lang::vi});
    while (Wall::now() - w0 < std::chrono::seconds(20)) {
        n.poll();
        if (Uint64 first = n.player()->first_audio_counter(); first != 0) {
            const double ms = 1000.0 * double(first - t0) / double(SDL_GetPerformanceFrequency());
            n.stop();
            return ms;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    std::fprintf(stderr, "bench_narration: no audio reached the device (%s)\n", n.status().summary().c_str());
    std::exit(1);
}

}  // namespace

int main() {
    const int runs = std::getenv("RUNS") ? std::max(1, std::atoi(std::getenv("RUNS"))) : 5;
    auto loaded = load_config("config/kiosk.toml");
    auto strings = StringTable::load("assets/strings");
    if (!loaded || !strings) {
        std::fprintf(stderr, "bench_narration: run me from the repository root\n");
        return 1;
    }
    Config config = *loaded;
    const Content content = load_content(config.paths.content_dir);

    std::vector<std::string> texts;
    for (const Lesson& l : content.lessons) {
        app::LessonRun run(std::make_shared<const Lesson>(l), 0);
        for (run.step = 0; run.step < l.steps.size(); ++run.step)
            texts.push_back(app::lesson_step_speech(run, Lang::vi, *strings));
    }
    if (texts.empty()) return std::fprintf(stderr, "bench_narration: no lessons\n"), 1;
    std::sort(texts.begin(), texts.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
    const std::string typical = texts[texts.size() / 2];

    if (SDL_Init(0) != 0) return std::fprintf(stderr, "bench_narration: %s\n", SDL_GetError()), 1;
    tramso::test::ScratchDir scratch;
    auto warn = [](const std::string& m) { std::fprintf(stderr, "bench_narration: %s\n", m.c_str()); };
    std::vector<double> cold, memory, disk;
    for (int i = 0; i < runs; ++i) {
        config.voice.cache_dir = scratch.file("cache" + std::to_string(i));
        ui::Narrator n(config, {}, warn);
        if (!n.status().ok()) return std::fprintf(stderr, "bench_narration: %s\n", n.status().summary().c_str()), 1;
        cold.push_back(time_to_first_audio(n, typical));
        memory.push_back(time_to_first_audio(n, typical));
    }
    for (int i = 0; i < runs; ++i) {
        config.voice.cache_dir = scratch.file("cache" + std::to_string(i));
        ui::Narrator n(config, {}, warn);  // a restart: the memory cache is empty
        disk.push_back(time_to_first_audio(n, typical));
    }
    std::printf("typical_step_chars=%zu\n", typical.size());
    std::printf("first_audio_cold_ms=%.1f\n", median(cold));
    std::printf("first_audio_memory_ms=%.1f\n", median(memory));
    std::printf("first_audio_disk_ms=%.1f\n", median(disk));
    SDL_Quit();
    return 0;
}
