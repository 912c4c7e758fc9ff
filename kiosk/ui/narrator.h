// Narrator: carries out the flow's speech effects. Text goes to the SpeechWorker
// (synthesis on its thread, through the memory + disk cache), finished audio to the
// AudioPlayer; the frame loop only polls, so it never waits on speech. It also stops speech
// when the learner leaves the screen or step, and reads each lesson step on arrival when
// voice.auto_read is set.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/flow.h"
#include "app/narration.h"
#include "app/runtime.h"
#include "core/config.h"
#include "core/string_table.h"
#include "ui/audio_player.h"
#include "voice/narration_status.h"
#include "voice/speech_worker.h"
#include "voice/synthesizer.h"
#include "voice/voice_cache.h"

namespace tramso::ui {

// Makes the speech engine; tests pass one that returns a slow fake. Null: espeak-ng as configured.
using SynthesizerFactory = std::function<std::unique_ptr<voice::Synthesizer>()>;

class Narrator final : public app::SpeechOutput {
public:
    // Never fails: without a device or an engine the kiosk runs silent and status() says why.
    // `warn` receives problems worth a log line (a recording that would not play, …).
    Narrator(const Config& config, const SynthesizerFactory& make_synthesizer,
             std::function<void(const std::string&)> warn);
    ~Narrator();

    // Text in `lang` can be read aloud here (the Listen button shows).
    bool can_speak(Lang lang) const;
    // Recorded prompts can be played (a device exists), even if the speech engine is missing.
    bool can_play() const { return m_player && m_player->available(); }
    // From a Listen press until the last sample is played (synthesising counts).
    bool speaking() const { return m_speaking; }
    const voice::NarrationStatus& status() const { return m_status; }

    void speak(const app::fx::Speak& s) override;
    void stop() override;
    // [help] chime: plays even with voice.enabled off, whenever there is a speaker.
    void chime() override;
    // Once per loop iteration and frame: hands finished audio to the player, notices the end.
    void poll();
    // True when speaking() changed since the last frame drew it (the Listen/Stop button).
    bool redraw_due() const { return m_speaking != m_speaking_drawn; }
    void drawn() { m_speaking_drawn = m_speaking; }
    // After the flow handled a frame's events: stops speech on a new screen or step and, with
    // voice.auto_read, reads the new lesson step.
    void follow(const app::State& state, const StringTable& strings);

    const AudioPlayer* player() const { return m_player.get(); }
    // The synthesised speech kept in memory; none without the speech engine and its cache.
    std::optional<voice::VoiceCacheStats> speech_cache() const;

private:
    const Config::Voice m_config;
    std::function<void(const std::string&)> m_warn;
    voice::NarrationStatus m_status;
    std::unique_ptr<AudioPlayer> m_player;
    std::unique_ptr<AudioPlayer> m_chime_player;  // only when narration is off
    std::unique_ptr<voice::SpeechWorker> m_worker;
    const voice::VoiceCache* m_cache = nullptr;  // inside the worker's synthesizer, thread-safe
    voice::SpeechId m_last_id = 0;
    voice::SpeechId m_waiting_for = 0;  // the request whose audio has not come back yet
    bool m_speaking = false;
    bool m_speaking_drawn = false;
    app::NarrationPlace m_place;
    bool m_place_known = false;
};

}  // namespace tramso::ui
