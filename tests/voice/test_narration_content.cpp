// Everything a learner can hear: every bundled lesson step, in every state its
// Listen text can take, and every UI string, synthesised by espeak-ng as the kiosk does it,
// written to a WAV, read back with our own reader and measured: not empty, not silent, and about
// as long as the words in it (a few seconds for a short sentence).
#include <doctest/doctest.h>

#include <regex>
#include <sstream>

#include "app/lesson_run.h"
#include "app/narration.h"
#include "common/source_dir.h"
#include "core/string_table.h"
#include "lessons/content.h"
#include "voice/espeak_synthesizer.h"
#include "voice/pcm_level.h"
#include "voice/speech_text.h"
#include "voice/wav_file.h"
#include "voice_test_support.h"

using namespace tramso;
using namespace tramso::voice;

namespace {

size_t word_count(const std::string& s) {
    std::istringstream in(s);
    size_t n = 0;
    for (std::string w; in >> w;) ++n;
    return n;
}

// Speaks `text` like the kiosk, through a WAV file, and checks what comes back.
struct Listener {
    std::unique_ptr<EspeakSynthesizer> synth;
    tramso::test::ScratchDir dir;
    int checked = 0;
    double longest = 0;

    Listener() {
        auto s = EspeakSynthesizer::create({});  // the config defaults: 140 words/min
        REQUIRE_MESSAGE(s.ok(), s.error().to_string());
        synth = std::move(s.value());
    }

    void check(const std::string& what, const std::string& text, Lang lang) {
        CAPTURE(what);
        CAPTURE(text);
        const std::string said = speech_text(text, lang);
        REQUIRE_FALSE(said.empty());
        auto pcm = synth->synthesize(said, lang);
        REQUIRE_MESSAGE(pcm.ok(), pcm.error().to_string());
        const std::string path = dir.file("heard.wav");
        REQUIRE(write_wav(path, *pcm).ok());
        auto back = load_wav(path);
        REQUIRE_MESSAGE(back.ok(), back.error().to_string());
        REQUIRE(back->samples == pcm->samples);

        const PcmLevel level = measure_level(*back);
        const double words = double(word_count(said));
        CAPTURE(level.seconds);
        CAPTURE(level.voiced_seconds);
        // At 140 words a minute a Vietnamese syllable takes ~0.43 s; espeak runs a little
        // faster on short words and pauses at commas. Far outside this is a broken voice, a
        // sentence cut off, or text read as its symbols' names.
        CHECK(level.seconds >= 0.15 * words);
        CHECK(level.seconds <= 1.0 + 1.0 * words);
        CHECK(level.voiced_seconds >= 0.3 * level.seconds);  // speech, not silence
        CHECK(level.peak > 3000);
        ++checked;
        longest = std::max(longest, level.seconds);
    }
};

StringTable strings() {
    auto s = StringTable::load(std::string(TRAMSO_SOURCE_DIR) + "/assets/strings");
    REQUIRE_MESSAGE(s.ok(), s.error().to_string());
    return std::move(*s);
}

// "{n}" → "3": strings with placeholders are heard with a sample value filled in.
std::string fill_placeholders(const std::string& s) { return std::regex_replace(s, std::regex("\\{[a-z_]+\\}"), "3"); }

}  // namespace

TEST_CASE("every bundled lesson step, as the Listen button reads it, is heard as speech of plausible length") {
    const Content content = load_content(std::string(TRAMSO_SOURCE_DIR) + "/content");
    REQUIRE(content.lessons.size() >= 10);
    const StringTable table = strings();
    Listener listener;
    int steps = 0;
    for (const Lesson& lesson : content.lessons) {
        app::LessonRun run(std::make_shared<const Lesson>(lesson), 0);
        for (run.step = 0; run.step < lesson.steps.size(); ++run.step) {
            const Step& step = run.current();
            const std::string where = lesson.id + " step " + std::to_string(run.step + 1);
            ++steps;
            for (Lang lang : {Lang::vi, Lang::en})
                listener.check(where + " " + std::string(lang_code(lang)), app::lesson_step_speech(run, lang, table),
                               lang);
            // The states the screen (and so the Listen text) goes through.
            app::StepProgress& p = run.here();
            if (step.kind == StepKind::practice) {
                p.wrong_taps = app::kWrongTapsBeforeHighlight;
                listener.check(where + " hint", app::lesson_step_speech(run, Lang::vi, table), Lang::vi);
                p.done = true;
                listener.check(where + " done", app::lesson_step_speech(run, Lang::vi, table), Lang::vi);
            }
            if (step.kind == StepKind::quiz)
                for (size_t a = 0; a < step.answers.size(); ++a) {
                    p.chosen = int(a);
                    listener.check(where + " answer " + std::to_string(a + 1),
                                   app::lesson_step_speech(run, Lang::vi, table), Lang::vi);
                }
        }
    }
    MESSAGE(steps << " steps, " << listener.checked << " texts heard, longest " << listener.longest << " s");
    CHECK(steps >= 80);
}

TEST_CASE("every UI string (vi.toml and vi/*.toml, and the English ones) is heard as speech of plausible length") {
    const StringTable table = strings();
    Listener listener;
    const auto keys = table.keys(Lang::vi);
    REQUIRE(keys.size() >= 30);
    for (const std::string& key : keys) {
        for (Lang lang : {Lang::vi, Lang::en}) {
            // The language switch names the other language in that language ("Tiếng Việt" on the
            // English screen): it is heard in that language's voice, as a speaker of it would say it.
            // Staff mode's language buttons name each language in itself the same way.
            // The follow-up site's link to the other language works the same way.
            Lang voice = key == "common.switch_language" || key == "site.other_language" ? other_lang(lang) : lang;
            if (key == "staff.maintenance.vi") voice = Lang::vi;
            if (key == "staff.maintenance.en") voice = Lang::en;
            listener.check(key + " " + std::string(lang_code(lang)), fill_placeholders(table.get(lang, key)), voice);
        }
    }
    MESSAGE(keys.size() << " keys heard in both languages, longest " << listener.longest << " s");
}

TEST_CASE("a resume code is spelled one character at a time, and takes that long to say") {
    Listener listener;
    const std::string code = spell_code("HXKTRM", Lang::vi);
    CHECK(code == "H, X, K, T, R, M");
    // Passing through speech_text again (the Listen text is prepared on the worker) keeps it spelled.
    CHECK(speech_text("Mã của chị là " + code + ".", Lang::vi) == "Mã của chị là " + code + ".");
    listener.check("resume code", "Mã của chị là " + code + ".", Lang::vi);
    CHECK(listener.longest >= 6 * 0.3);  // six letters with pauses, not one mumbled word
}
