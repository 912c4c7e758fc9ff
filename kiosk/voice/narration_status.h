// Whether the kiosk reads screens aloud, and if not, why. The UI hides the Listen
// button when it cannot work; this says why, for the staff dashboard and the log.
#pragma once

#include <string>

#include "core/lang.h"
#include "voice/voice_health.h"

namespace tramso::voice {

struct NarrationStatus {
    enum class Reason {
        ok,
        disabled,          // voice.enabled = false in the config
        no_audio_device,   // SDL found no output (or SDL_AUDIODRIVER names one that is not there)
        no_speech_engine,  // espeak-ng or its data is missing; recorded prompts still play
    };
    Reason reason = Reason::disabled;
    std::string detail;  // what failed and how to fix it (for staff; English like every Error)
    VoiceHealth health;  // per-language speech check, when the engine was tried

    bool ok() const { return reason == Reason::ok; }
    // The string-table key of a one-line headline for staff ("voice.status.no_audio_device").
    const char* string_key() const {
        switch (reason) {
            case Reason::ok:
                return "voice.status.ok";
            case Reason::disabled:
                return "voice.status.disabled";
            case Reason::no_audio_device:
                return "voice.status.no_audio_device";
            case Reason::no_speech_engine:
                return "voice.status.no_speech_engine";
        }
        return "voice.status.disabled";
    }
    // One line for the log and staff details: "no audio device: …" / "speech: vi ok, en ok (…)".
    std::string summary() const {
        switch (reason) {
            case Reason::ok:
                return health.summary();
            case Reason::disabled:
                return "narration off (voice.enabled = false in the config)";
            case Reason::no_audio_device:
                return "narration off, no audio device: " + detail;
            case Reason::no_speech_engine:
                return "narration off, no speech engine: " + detail;
        }
        return detail;
    }
};

}  // namespace tramso::voice
