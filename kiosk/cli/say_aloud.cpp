// `tramso say "text"` without --out: the kiosk's own speech path (text rules, espeak-ng, the
// SDL audio output) on the speakers, for staff checking the sound after installation.
#include <SDL.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "cli/commands.h"
#include "ui/audio_player.h"
#include "voice/espeak_synthesizer.h"
#include "voice/speech_text.h"

namespace tramso::cli {

int say_aloud(const std::string& text, Lang lang, const voice::VoiceOptions& options) {
    const std::string said = voice::speech_text(text, lang);
    if (said.empty()) return std::fprintf(stderr, "tramso: there is nothing to read aloud in this text.\n"), 2;
    auto synth = voice::EspeakSynthesizer::create(options);
    if (!synth) return std::fprintf(stderr, "tramso: %s\n", synth.error().to_string().c_str()), 2;
    auto pcm = synth.value()->synthesize(said, lang);
    if (!pcm) return std::fprintf(stderr, "tramso: %s\n", pcm.error().to_string().c_str()), 2;
    int rc = 0;
    {
        ui::AudioPlayer player;
        if (!player.play(*pcm)) {
            std::fprintf(stderr, "tramso: %s (write a file instead with --out FILE.wav)\n", player.problem().c_str());
            rc = 2;
        }
        while (player.playing()) std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (rc == 0) std::printf("said %.1f s of speech\n", pcm->seconds());
    }
    SDL_Quit();
    return rc;
}

}  // namespace tramso::cli
