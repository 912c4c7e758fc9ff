// How the kiosk's synthetic voice sounds and where its data lives. Defaults suit the learners:
// slower than espeak's 175 words/min, because many of them are reading along word by word.
#pragma once

#include <string>

#include "core/lang.h"

namespace tramso::voice {

struct VoiceOptions {
    int rate_wpm = 140;           // espeak accepts 80–450; values outside are clamped
    int volume = 100;             // espeak's scale, 0–200 (100 = normal)
    std::string voice_vi = "vi";  // "vi" (Northern), "vi-VN-x-central", "vi-VN-x-south"
    std::string voice_en = "en";
    std::string variant;   // espeak voice variant, e.g. "f3" for a female voice; "" = none
    std::string data_dir;  // espeak-ng-data directory; "" = the installed default

    const std::string& voice_for(Lang lang) const { return lang == Lang::vi ? voice_vi : voice_en; }
};

}  // namespace tramso::voice
