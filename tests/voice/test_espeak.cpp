#include <doctest/doctest.h>
#include <algorithm>

#include <algorithm>

#include "voice/espeak_synthesizer.h"
#include "voice/say.h"
#include "voice/speech_text.h"
#include "voice/voice_health.h"
#include "voice/wav_file.h"
#include "voice_test_support.h"

using namespace tramso;
using namespace tramso::voice;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<EspeakSynthesizer> espeak(VoiceOptions options = {}) {
    auto s = EspeakSynthesizer::create(options);
    REQUIRE_MESSAGE(s.ok(), s.error().to_string());
    return std::move(s.value());
}

// Synthesises, writes the WAV and measures it with our own reader, as the kiosk would replay it.
double spoken_seconds(EspeakSynthesizer& synth, std::string_view text, Lang lang, const tramso::test::ScratchDir& dir) {
    auto pcm = synth.synthesize(speech_text(text, lang), lang);
    REQUIRE_MESSAGE(pcm.ok(), pcm.error().to_string());
    const std::string path = dir.file("spoken.wav");
    REQUIRE(write_wav(path, pcm.value()).ok());
    auto back = load_wav(path);
    REQUIRE(back.ok());
    CHECK(back->sample_rate == synth.sample_rate());
    CHECK(back->samples.size() == pcm->samples.size());
    return back->seconds();
}

// A copy of espeak's data folder (by symlinks) without the files named in `leave_out`.
void copy_data_without(const std::string& from, const fs::path& to, std::initializer_list<std::string_view> leave_out) {
    fs::create_directories(to);
    for (const auto& e : fs::directory_iterator(from)) {
        const std::string name = e.path().filename().string();
        if (std::find(leave_out.begin(), leave_out.end(), name) == leave_out.end())
            fs::create_symlink(e.path(), to / name);
    }
}

const char kViTwentyWords[] = "Chị hãy chạm vào ứng dụng Ngân hàng để mở, sau đó nhập mật khẩu của mình và chờ chút.";
const char kEnTwentyWords[] =
    "Please tap the Bank app to open it, then type your password and wait for a moment before "
    "you continue.";

}  // namespace

TEST_CASE("a short greeting is spoken in Vietnamese and English at espeak's sample rate") {
    auto synth = espeak();
    tramso::test::ScratchDir dir;
    CHECK(synth->sample_rate() == 22050);  // what espeak-ng reports for its voices

    const double vi = spoken_seconds(*synth, "Xin chào chị", Lang::vi, dir);
    CHECK(vi > 0.5);
    CHECK(vi < 4.0);
    const double en = spoken_seconds(*synth, "Hello, welcome", Lang::en, dir);
    CHECK(en > 0.5);
    CHECK(en < 4.0);
}

TEST_CASE("a twenty-word lesson sentence lasts a plausible time") {
    auto synth = espeak();
    tramso::test::ScratchDir dir;
    const double vi = spoken_seconds(*synth, kViTwentyWords, Lang::vi, dir);
    CHECK(vi > 3.0);
    CHECK(vi < 15.0);
    const double en = spoken_seconds(*synth, kEnTwentyWords, Lang::en, dir);
    CHECK(en > 3.0);
    CHECK(en < 15.0);
}

TEST_CASE("a slower rate gives longer speech, and each instance keeps its own settings") {
    VoiceOptions slow_opts, fast_opts;
    slow_opts.rate_wpm = 100;
    fast_opts.rate_wpm = 250;
    auto slow = espeak(slow_opts);
    auto fast = espeak(fast_opts);
    // Interleaved: the engine is shared, so settings must be applied on every call.
    auto a = slow->synthesize(kViTwentyWords, Lang::vi);
    auto b = fast->synthesize(kViTwentyWords, Lang::vi);
    auto c = slow->synthesize(kViTwentyWords, Lang::vi);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(a->seconds() > b->seconds() * 1.6);
    // espeak varies by a few samples from run to run; same settings, same length within 1 %.
    CHECK(c->seconds() == doctest::Approx(a->seconds()).epsilon(0.01));
    CHECK(slow->voice_id(Lang::vi) != fast->voice_id(Lang::vi));
    CHECK(slow->voice_id(Lang::vi) != slow->voice_id(Lang::en));
}

// Every UI string (vi.toml, vi/*.toml and English) is heard in test_narration_content.cpp.

TEST_CASE("missing espeak data is an error naming the folder and the package to install") {
    tramso::test::ScratchDir dir;
    VoiceOptions o;

    SUBCASE("empty data folder") {
        fs::create_directories(dir.path() / "espeak-ng-data");
        o.data_dir = dir.path().string();
        auto s = EspeakSynthesizer::create(o);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().where == (dir.path() / "espeak-ng-data").string());
        CHECK(s.error().message.find("phontab") != std::string::npos);
        CHECK(s.error().message.find("apt-get install espeak-ng-data") != std::string::npos);
    }
    SUBCASE("data folder does not exist") {
        o.data_dir = dir.file("nowhere");
        auto s = EspeakSynthesizer::create(o);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().where == o.data_dir);
        CHECK(s.error().message.find("espeak-ng-data") != std::string::npos);
    }
    // The default engine still works afterwards (the failed checks left espeak's path alone).
    auto synth = espeak();
    CHECK(synth->synthesize("Xin chào", Lang::vi).ok());
}

TEST_CASE("a missing Vietnamese voice is reported, and English still speaks") {
    const std::string real = espeak()->data_dir();
    tramso::test::ScratchDir dir;
    copy_data_without(real, dir.path() / "espeak-ng-data", {"vi_dict"});
    VoiceOptions o;
    o.data_dir = dir.path().string();
    auto synth = espeak(o);

    auto vi = synth->synthesize("Xin chào", Lang::vi);
    REQUIRE_FALSE(vi.ok());
    CHECK(vi.error().message.find("vi_dict") != std::string::npos);
    CHECK(vi.error().message.find("espeak-ng-data") != std::string::npos);
    CHECK_FALSE(synth->check_language(Lang::vi).ok());
    CHECK(synth->check_language(Lang::en).ok());
    CHECK(synth->synthesize("Hello", Lang::en).ok());

    const VoiceHealth health = check_voice(o);
    CHECK_FALSE(health.vi);
    CHECK(health.en);
    CHECK(health.available());
    REQUIRE(health.problems.size() == 1);
    CHECK(health.summary().find("vi unavailable") != std::string::npos);
}

TEST_CASE("an unknown voice name is reported with the name") {
    VoiceOptions o;
    o.voice_vi = "vi-no-such-voice";
    auto synth = espeak(o);
    auto pcm = synth->synthesize("Xin chào", Lang::vi);
    REQUIRE_FALSE(pcm.ok());
    CHECK(pcm.error().message.find("vi-no-such-voice") != std::string::npos);
}

TEST_CASE("the voice health check says speech works in both languages") {
    const VoiceHealth health = check_voice({});
    CHECK(health.vi);
    CHECK(health.en);
    CHECK(health.problems.empty());
    CHECK(health.sample_rate == 22050);
    CHECK(health.engine.starts_with("espeak-ng "));
    CHECK(health.summary().find("vi ok, en ok") != std::string::npos);
}

TEST_CASE("say_to_wav writes a WAV of the prepared sentence") {
    tramso::test::ScratchDir dir;
    const std::string out = dir.file("say.wav");
    REQUIRE(say_to_wav("Bước 3/8: chạm vào nút Tiếp theo →", Lang::vi, out, {}).ok());
    auto pcm = load_wav(out);
    REQUIRE(pcm.ok());
    CHECK(pcm->sample_rate == 22050);
    CHECK(pcm->seconds() > 1.0);

    auto bad = say_to_wav("Xin chào", Lang::vi, dir.file("no/such/dir/x.wav"), {});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().where == dir.file("no/such/dir/x.wav"));
    CHECK_FALSE(say_to_wav("🎉", Lang::vi, out, {}).ok());
}
