// Whether the kiosk can speak, and if not, why: shown in staff mode, and the UI hides the
// Listen button for a language that cannot be spoken instead of offering a silent button.
#pragma once

#include <string>
#include <vector>

#include "core/lang.h"
#include "core/result.h"
#include "voice/voice_options.h"

namespace tramso::voice {

struct VoiceHealth {
    bool vi = false;  // Vietnamese speech works (loaded the voice and made audio)
    bool en = false;
    std::string engine;           // "espeak-ng 1.51"
    std::string data_dir;         // the espeak-ng-data folder in use
    int sample_rate = 0;          // of synthesised speech, Hz
    std::vector<Error> problems;  // each names what is missing and how to fix it

    bool can_speak(Lang lang) const { return lang == Lang::vi ? vi : en; }
    bool available() const { return vi || en; }
    // One line for staff mode and the log: "speech: vi ok, en ok (espeak-ng 1.51, 22050 Hz)".
    std::string summary() const;
};

// Starts espeak-ng (or finds it started) and speaks a word in each language, off screen.
// Takes a few milliseconds; call it at startup before the speech worker exists, or from
// the thread that owns the worker's synthesizer.
VoiceHealth check_voice(const VoiceOptions& options);

}  // namespace tramso::voice
