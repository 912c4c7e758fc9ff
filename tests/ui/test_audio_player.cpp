// The SDL audio output on SDL's dummy driver, which consumes samples in real time.
#include <doctest/doctest.h>
#include <stdlib.h>

#include <chrono>
#include <cmath>
#include <string>
#include <thread>

#include "ui/audio_player.h"

using namespace std::chrono_literals;
using tramso::ui::AudioPlayer;
using tramso::voice::Pcm;

namespace {

Pcm tone(int rate, double seconds) {
    Pcm pcm;
    pcm.sample_rate = rate;
    pcm.samples.resize(size_t(rate * seconds));
    for (size_t i = 0; i < pcm.samples.size(); ++i)
        pcm.samples[i] = std::int16_t(8000 * std::sin(2 * 3.14159265 * 440 * double(i) / rate));
    return pcm;
}

// Until the player is done or `limit` passes; the wall time it took.
double wait_until_done(const AudioPlayer& p, std::chrono::milliseconds limit) {
    const auto t0 = std::chrono::steady_clock::now();
    while (p.playing() && std::chrono::steady_clock::now() - t0 < limit) std::this_thread::sleep_for(5ms);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

struct AudioDriver {
    explicit AudioDriver(const char* name) {
        const char* before = std::getenv("SDL_AUDIODRIVER");
        had = before != nullptr;
        if (had) saved = before;
        ::setenv("SDL_AUDIODRIVER", name, 1);
    }
    ~AudioDriver() {
        if (had)
            ::setenv("SDL_AUDIODRIVER", saved.c_str(), 1);
        else
            ::unsetenv("SDL_AUDIODRIVER");
    }
    bool had = false;
    std::string saved;
};

}  // namespace

TEST_CASE("the dummy driver counts as a device; speech at 22 050 Hz plays for its own length") {
    AudioDriver driver("dummy");
    AudioPlayer player;
    REQUIRE_MESSAGE(player.available(), player.problem());
    CHECK(player.device_rate() == 0);  // opened lazily, on the first play
    REQUIRE(player.play(tone(22050, 0.5)));
    CHECK(player.device_rate() > 0);
    CHECK(player.playing());
    const double took = wait_until_done(player, 3000ms);
    CHECK_FALSE(player.playing());
    CHECK(player.first_audio_counter() > 0);
    // Resampled to the device rate, half a second of sound lasts about half a second.
    CHECK(took > 0.3);
    CHECK(took < 1.5);
}

TEST_CASE("a recording at 44 100 Hz plays too, and stop() silences it at once") {
    AudioDriver driver("dummy");
    AudioPlayer player;
    REQUIRE(player.available());
    REQUIRE(player.play(tone(44100, 5.0)));
    std::this_thread::sleep_for(100ms);
    CHECK(player.playing());
    CHECK(player.first_audio_counter() > 0);
    player.stop();
    CHECK_FALSE(player.playing());
    CHECK(player.first_audio_counter() == 0);  // the next sound's first audio is its own
    // Playing again after a stop works, and replacing a sound does not wait for the old one.
    REQUIRE(player.play(tone(44100, 5.0)));
    REQUIRE(player.play(tone(16000, 0.2)));
    CHECK(wait_until_done(player, 3000ms) < 1.5);
}

TEST_CASE("an audio driver that does not exist leaves the player unavailable, saying why") {
    AudioDriver driver("no-such-driver");
    AudioPlayer player;
    CHECK_FALSE(player.available());
    CHECK(player.problem().find("no-such-driver") != std::string::npos);
    CHECK_FALSE(player.play(tone(22050, 0.2)));
    CHECK_FALSE(player.playing());
}
