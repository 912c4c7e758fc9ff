#include "ui/narrator.h"

#include "voice/cached_synthesizer.h"
#include "voice/chime.h"
#include "voice/espeak_synthesizer.h"
#include "voice/voice_health.h"

namespace tramso::ui {
namespace {

voice::VoiceOptions voice_options(const Config::Voice& c) {
    voice::VoiceOptions o;
    o.rate_wpm = c.rate;
    o.volume = c.volume;
    return o;
}

}  // namespace

Narrator::Narrator(const Config& config, const SynthesizerFactory& make_synthesizer,
                   std::function<void(const std::string&)> warn)
    : m_config(config.voice), m_warn(std::move(warn)) {
    using Reason = voice::NarrationStatus::Reason;
    if (!m_config.enabled) {
        m_status.reason = Reason::disabled;
        return;
    }
    m_player = std::make_unique<AudioPlayer>();
    if (!m_player->available()) {
        // No point starting espeak (and holding its data) for a kiosk that cannot be heard.
        m_status.reason = Reason::no_audio_device;
        m_status.detail = m_player->problem();
        return;
    }

    std::unique_ptr<voice::Synthesizer> synth;
    if (make_synthesizer) {
        synth = make_synthesizer();
        m_status.health.vi = m_status.health.en = synth != nullptr;
        m_status.health.engine = synth ? synth->voice_id(Lang::vi) : "";
    } else {
        const voice::VoiceOptions options = voice_options(m_config);
        m_status.health = voice::check_voice(options);
        if (m_status.health.available()) {
            auto espeak = voice::EspeakSynthesizer::create(options);
            if (espeak) {
                voice::VoiceCacheOptions cache;
                cache.dir = m_config.cache_dir;
                auto cached = std::make_unique<voice::CachedSynthesizer>(std::move(espeak.value()), cache);
                if (const auto& e = cached->cache().disk_error())
                    m_warn("voice cache kept in memory only: " + e->to_string());
                m_cache = &cached->cache();
                synth = std::move(cached);
            } else {
                m_status.health.problems.push_back(espeak.error());
            }
        }
    }
    if (synth && m_status.health.available()) {
        m_status.reason = Reason::ok;
    } else {
        m_status.reason = Reason::no_speech_engine;
        m_status.detail = m_status.health.summary();
        synth.reset();
        m_cache = nullptr;
    }
    // Even without an engine the worker plays recorded prompts.
    m_worker = std::make_unique<voice::SpeechWorker>(std::move(synth));
}

Narrator::~Narrator() {
    // The worker goes first (it may be synthesising); the player closes the device after.
    m_worker.reset();
    m_player.reset();
    m_chime_player.reset();
}

std::optional<voice::VoiceCacheStats> Narrator::speech_cache() const {
    if (!m_cache) return std::nullopt;
    return m_cache->stats();
}

bool Narrator::can_speak(Lang lang) const { return m_status.ok() && can_play() && m_status.health.can_speak(lang); }

void Narrator::speak(const app::fx::Speak& s) {
    if (!m_worker || !can_play()) return;
    const bool recorded = !s.audio_file.empty();
    if (!recorded && !can_speak(s.lang)) return;
    m_player->stop();  // a new Listen replaces what was being read, at once
    const voice::SpeechId id = ++m_last_id;
    if (recorded)
        m_worker->request_recording(id, s.audio_file, s.text, s.lang);
    else
        m_worker->request(id, s.text, s.lang);
    m_waiting_for = id;
    m_speaking = true;
}

void Narrator::stop() {
    if (m_worker) m_worker->stop();
    if (m_player) m_player->stop();
    m_waiting_for = 0;
    m_speaking = false;
}

void Narrator::chime() {
    stop();
    if (m_player) {
        if (m_player->available()) m_player->play(voice::help_chime());
        return;
    }
    // Narration is off: the chime has a player of its own, opened only now, so that Listen
    // stays hidden as voice.enabled = false asks.
    if (!m_chime_player) m_chime_player = std::make_unique<AudioPlayer>();
    if (m_chime_player->available()) m_chime_player->play(voice::help_chime());
}

void Narrator::poll() {
    if (!m_worker) return;
    while (auto r = m_worker->poll()) {
        if (r->id != m_waiting_for) continue;  // a stopped or replaced request
        m_waiting_for = 0;
        if (r->recording_error)
            m_warn("recorded prompt not played, read by the voice instead: " + r->recording_error->to_string());
        if (!r->audio) {
            m_warn("could not read aloud: " + r->audio.error().to_string());
        } else if (!m_player->play(*r->audio)) {
            // The device went away (unplugged, opened by something else): hide Listen, say why.
            m_status.reason = voice::NarrationStatus::Reason::no_audio_device;
            m_status.detail = m_player->problem();
            m_warn(m_status.summary());
        }
    }
    m_speaking = m_waiting_for != 0 || m_player->playing();
}

void Narrator::follow(const app::State& state, const StringTable& strings) {
    const app::NarrationPlace place = app::narration_place(state);
    if (m_place_known && place == m_place) return;
    const bool arrived = m_place_known;  // the kiosk's first screen is not an arrival
    m_place = place;
    m_place_known = true;
    if (m_speaking) stop();
    if (!arrived || !m_config.auto_read || state.screen != app::Screen::Lesson || !state.lesson) return;
    speak(app::fx::Speak{app::lesson_step_speech(*state.lesson, state.lang, strings),
                         app::step_recording(state.lesson->current(), state.lang), state.lang});
}

}  // namespace tramso::ui
