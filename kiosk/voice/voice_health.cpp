#include "voice/voice_health.h"

#include "voice/espeak_synthesizer.h"

namespace tramso::voice {

std::string VoiceHealth::summary() const {
    std::string s = "speech: vi ";
    s += vi ? "ok" : "unavailable";
    s += ", en ";
    s += en ? "ok" : "unavailable";
    if (!engine.empty()) s += " (" + engine + ", " + std::to_string(sample_rate) + " Hz)";
    for (const Error& e : problems) s += "; " + e.to_string();
    return s;
}

VoiceHealth check_voice(const VoiceOptions& options) {
    VoiceHealth health;
    auto synth = EspeakSynthesizer::create(options);
    if (!synth) {
        health.problems.push_back(synth.error());
        return health;
    }
    health.engine = "espeak-ng " + EspeakSynthesizer::engine_version();
    health.data_dir = synth.value()->data_dir();
    health.sample_rate = synth.value()->sample_rate();
    for (Lang lang : {Lang::vi, Lang::en}) {
        // "Chào" / "Hello": a real word, so a voice that loads but cannot speak is caught too.
        auto pcm = synth.value()->synthesize(lang == Lang::vi ? "Chào" : "Hello", lang);
        (lang == Lang::vi ? health.vi : health.en) = pcm.ok();
        if (!pcm) health.problems.push_back(pcm.error());
    }
    return health;
}

}  // namespace tramso::voice
