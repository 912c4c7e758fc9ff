#include "ui/audio_player.h"

#include <algorithm>
#include <cstring>

namespace tramso::ui {
namespace {

// Source samples converted per refill: small, so one callback never does a sentence's worth of
// resampling, big enough that the stream is rarely refilled twice in one callback.
constexpr size_t kSliceSamples = 2048;

}  // namespace

AudioPlayer::AudioPlayer() {
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        m_problem = std::string("no audio output: ") + SDL_GetError();
        return;
    }
    m_subsystem = true;
    // -1 means the driver cannot list devices but may still have a default one: try it on play.
    if (SDL_GetNumAudioDevices(0) == 0)
        m_problem = std::string("no audio output device found (SDL audio driver \"") + SDL_GetCurrentAudioDriver() +
                    "\"); check that the speakers are plugged in and the sound card is detected (aplay -l)";
}

AudioPlayer::~AudioPlayer() {
    if (m_device) SDL_CloseAudioDevice(m_device);  // joins SDL's audio thread: no callback after this
    if (m_stream) SDL_FreeAudioStream(m_stream);
    if (m_subsystem) SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

bool AudioPlayer::open_device() {
    if (m_device) return true;
    SDL_AudioSpec want{};
    want.freq = 48000;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 1024;  // ~21 ms at 48 kHz: how long stop() may take to be heard
    want.callback = &AudioPlayer::fill_callback;
    want.userdata = this;
    // Take the device's own rate and channels: the stream converts, SDL need not add a second pass.
    m_device = SDL_OpenAudioDevice(nullptr, 0, &want, &m_spec,
                                   SDL_AUDIO_ALLOW_FREQUENCY_CHANGE | SDL_AUDIO_ALLOW_CHANNELS_CHANGE);
    if (!m_device) {
        m_problem = std::string("cannot open the audio output: ") + SDL_GetError();
        return false;
    }
    SDL_PauseAudioDevice(m_device, 0);
    return true;
}

bool AudioPlayer::play(const voice::Pcm& pcm) {
    if (!available() || !open_device()) return false;
    if (pcm.empty() || pcm.sample_rate <= 0) {
        stop();
        return true;
    }
    SDL_AudioStream* stream =
        SDL_NewAudioStream(AUDIO_S16SYS, 1, pcm.sample_rate, m_spec.format, m_spec.channels, m_spec.freq);
    if (!stream) {
        m_problem = std::string("cannot convert speech for the audio output: ") + SDL_GetError();
        return false;
    }
    SDL_AudioStream* old = nullptr;
    {
        std::lock_guard lock(m_mutex);
        old = m_stream;
        m_stream = stream;
        m_sound = pcm;
        m_fed = 0;
        m_active = true;
        m_first_audio = 0;
    }
    if (old) SDL_FreeAudioStream(old);
    return true;
}

void AudioPlayer::stop() {
    SDL_AudioStream* old = nullptr;
    {
        std::lock_guard lock(m_mutex);
        old = m_stream;
        m_stream = nullptr;
        m_sound = {};
        m_fed = 0;
        m_active = false;
        m_first_audio = 0;
    }
    if (old) SDL_FreeAudioStream(old);
}

bool AudioPlayer::playing() const {
    std::lock_guard lock(m_mutex);
    return m_active;
}

void AudioPlayer::fill_callback(void* self, Uint8* out, int len) { static_cast<AudioPlayer*>(self)->fill(out, len); }

// On SDL's audio thread.
void AudioPlayer::fill(Uint8* out, int len) {
    std::memset(out, m_spec.silence, size_t(len));
    std::lock_guard lock(m_mutex);
    if (!m_active || !m_stream) return;
    int written = 0;
    while (written < len) {
        if (SDL_AudioStreamAvailable(m_stream) == 0) {
            if (m_fed == m_sound.samples.size()) break;
            const size_t n = std::min(kSliceSamples, m_sound.samples.size() - m_fed);
            SDL_AudioStreamPut(m_stream, m_sound.samples.data() + m_fed, int(n * sizeof(std::int16_t)));
            m_fed += n;
            // The resampler holds back a few samples for its filter; the end of the sound lets them out.
            if (m_fed == m_sound.samples.size()) SDL_AudioStreamFlush(m_stream);
            continue;
        }
        const int got = SDL_AudioStreamGet(m_stream, out + written, len - written);
        if (got <= 0) break;
        written += got;
    }
    if (written > 0 && m_first_audio == 0) m_first_audio = SDL_GetPerformanceCounter();
    if (written < len && m_fed == m_sound.samples.size() && SDL_AudioStreamAvailable(m_stream) == 0) m_active = false;
}

}  // namespace tramso::ui
