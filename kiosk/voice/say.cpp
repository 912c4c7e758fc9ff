#include "voice/say.h"

#include "voice/espeak_synthesizer.h"
#include "voice/wav_file.h"

namespace tramso::voice {

Status say_to_wav(std::string_view text, Lang lang, const std::string& path, const VoiceOptions& options,
                  SpeechKind kind) {
    const std::string said = speech_text(text, lang, kind);
    if (said.empty()) return Error{"", "there is nothing to read aloud in this text."};
    auto synth = EspeakSynthesizer::create(options);
    if (!synth) return synth.error();
    auto pcm = synth.value()->synthesize(said, lang);
    if (!pcm) return pcm.error();
    return write_wav(path, pcm.value());
}

}  // namespace tramso::voice
