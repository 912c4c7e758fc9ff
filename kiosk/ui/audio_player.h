// AudioPlayer: plays one block of speech at a time through SDL audio.
//
// The device is opened on the first play, not at start, so a kiosk that never speaks never
// holds the sound card. SDL's audio thread pulls the samples: it converts them to the device's
// rate and channels with an SDL_AudioStream a small slice at a time, so neither a 22 050 Hz
// espeak sentence nor a 44 100 Hz recording costs the frame loop anything, and stop() silences
// the speaker within one device buffer (~20 ms).
#pragma once

#include <SDL.h>

#include <atomic>
#include <mutex>
#include <string>

#include "voice/pcm.h"

namespace tramso::ui {

class AudioPlayer {
public:
    // Starts SDL's audio subsystem and looks for an output device; no device (or
    // SDL_AUDIODRIVER naming a driver that is not there) leaves the player unavailable, with
    // problem() saying why. SDL's "dummy" driver counts as a device: tests hear nothing but
    // exercise the whole path.
    AudioPlayer();
    ~AudioPlayer();
    AudioPlayer(const AudioPlayer&) = delete;
    AudioPlayer& operator=(const AudioPlayer&) = delete;

    bool available() const { return m_problem.empty(); }
    // Why it is unavailable ("" when available), for the staff screen and the log.
    const std::string& problem() const { return m_problem; }

    // Replaces whatever is playing. Opens the device if needed; false (and problem() set) if
    // it cannot, after which the player stays unavailable.
    bool play(const voice::Pcm& pcm);
    // Silences the speaker now and forgets the rest of the sound.
    void stop();
    // True from play() until the last sample has left for the device.
    bool playing() const;
    // SDL_GetPerformanceCounter() when the device first took samples of the current sound; 0
    // until then (and after stop()). The benchmark's "time to first audio".
    Uint64 first_audio_counter() const { return m_first_audio.load(); }
    // The device's format, once opened (0 before).
    int device_rate() const { return m_spec.freq; }
    int device_channels() const { return m_spec.channels; }

private:
    bool open_device();
    static void fill_callback(void* self, Uint8* out, int len);
    void fill(Uint8* out, int len);

    std::string m_problem;
    bool m_subsystem = false;
    SDL_AudioDeviceID m_device = 0;
    SDL_AudioSpec m_spec{};

    // Shared with SDL's audio thread.
    mutable std::mutex m_mutex;
    SDL_AudioStream* m_stream = nullptr;  // converts the current sound to the device format
    voice::Pcm m_sound;                   // the sound being played
    size_t m_fed = 0;                     // samples of m_sound handed to m_stream so far
    bool m_active = false;                // samples remain in m_sound or m_stream
    std::atomic<Uint64> m_first_audio{0};
};

}  // namespace tramso::ui
