// `tramso say "text" --out FILE.wav`: the whole speech path (text rules, espeak) into a file,
// for checking how a lesson sentence sounds without the kiosk screen.
#pragma once

#include <string>
#include <string_view>

#include "core/lang.h"
#include "core/result.h"
#include "voice/speech_text.h"
#include "voice/voice_options.h"

namespace tramso::voice {

Status say_to_wav(std::string_view text, Lang lang, const std::string& path, const VoiceOptions& options,
                  SpeechKind kind = SpeechKind::Sentence);

}  // namespace tramso::voice
