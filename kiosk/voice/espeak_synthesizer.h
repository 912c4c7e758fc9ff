// EspeakSynthesizer: the kiosk's voice, eSpeak NG in synchronous retrieval mode (no audio
// device; samples come back through a callback and the UI plays them).
//
// espeak-ng keeps all its state in process globals and is not thread-safe. Every call into it
// goes through one process-wide lock, so a second instance (the `say` CLI, the staff health
// check) cannot corrupt the worker's; still, give each instance to one thread only. The engine
// is started once and never terminated: espeak_Terminate() deadlocks in synchronous mode in
// espeak-ng 1.51, and the data it holds lives as long as the kiosk anyway.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"
#include "voice/synthesizer.h"
#include "voice/voice_options.h"

namespace tramso::voice {

class EspeakSynthesizer final : public Synthesizer {
public:
    // Checks espeak-ng's data and starts the engine. A missing data directory or file is an
    // Error naming it and the Debian package to install (espeak-ng-data). A missing voice for
    // one language is reported by synthesize() / check_language(), so Vietnamese still speaks
    // when only English is broken.
    static Result<std::unique_ptr<EspeakSynthesizer>> create(const VoiceOptions& options);

    Result<Pcm> synthesize(std::string_view text, Lang lang) override;
    std::string voice_id(Lang lang) const override;

    // Loads the voice for `lang` without speaking: what staff mode and the Listen button ask.
    Status check_language(Lang lang);

    int sample_rate() const { return m_sample_rate; }
    const std::string& data_dir() const { return m_data_dir; }
    static std::string engine_version();  // "1.51"

private:
    EspeakSynthesizer(VoiceOptions options, std::string data_dir, int sample_rate);
    Status select_voice(Lang lang);

    VoiceOptions m_options;
    std::string m_data_dir;  // the espeak-ng-data directory in use
    int m_sample_rate = 0;
};

}  // namespace tramso::voice
