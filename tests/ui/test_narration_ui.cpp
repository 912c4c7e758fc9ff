// Narration through the real UI: the Listen button, speech off the frame loop, stop
// on leaving, reading on arrival, and a kiosk without sound.
#include <doctest/doctest.h>

#include <chrono>
#include <mutex>
#include <optional>
#include <thread>

#include "ui/narrator.h"
#include "ui_test_support.h"
#include "voice/narration_status.h"
#include "voice/speech_text.h"
#include "voice/wav_file.h"
#include "voice_test_support.h"

using namespace tramso;
using namespace std::chrono_literals;
using tramso::ui::test::HeadlessKiosk;
using WallClock = std::chrono::steady_clock;

namespace {

// Remembers what it was asked to say; takes `delay` to say it, like a slow engine.
struct SpokenLog {
    std::mutex mutex;
    std::vector<std::string> texts;
    std::vector<std::string> all() {
        std::lock_guard lock(mutex);
        return texts;
    }
};

class LoggingSynthesizer final : public voice::Synthesizer {
public:
    LoggingSynthesizer(std::shared_ptr<SpokenLog> log, std::chrono::milliseconds delay)
        : m_log(std::move(log)), m_delay(delay) {}
    Result<voice::Pcm> synthesize(std::string_view text, Lang) override {
        {
            std::lock_guard lock(m_log->mutex);
            m_log->texts.emplace_back(text);
        }
        std::this_thread::sleep_for(m_delay);
        return voice::test::fake_audio(text);  // ~0.1–0.5 s of sound at 16 kHz
    }
    std::string voice_id(Lang) const override { return "logging fake"; }

private:
    std::shared_ptr<SpokenLog> m_log;
    std::chrono::milliseconds m_delay;
};

ui::AppOptions with_fake_voice(std::shared_ptr<SpokenLog> log, std::chrono::milliseconds delay) {
    ui::AppOptions o;
    o.make_synthesizer = [log, delay] { return std::make_unique<LoggingSynthesizer>(log, delay); };
    return o;
}

double ms_since(WallClock::time_point t) {
    return std::chrono::duration<double, std::milli>(WallClock::now() - t).count();
}

// Frames as the real loop draws them while something animates: one every 16 ms of wall time.
struct FramePace {
    int frames = 0;
    double slowest_ms = 0;
};
template <class Until>
FramePace draw_frames(HeadlessKiosk& k, double max_ms, Until until) {
    FramePace pace;
    const auto t0 = WallClock::now();
    while (ms_since(t0) < max_ms && !until()) {
        const auto f0 = WallClock::now();
        k.clock.advance(16);
        REQUIRE(k.app->frame().ok());
        const double took = ms_since(f0);
        pace.slowest_ms = std::max(pace.slowest_ms, took);
        ++pace.frames;
        if (took < 16) std::this_thread::sleep_for(std::chrono::microseconds(int((16 - took) * 1000)));
    }
    return pace;
}

}  // namespace

TEST_CASE("speech never blocks a frame: frames keep coming while a slow synthesiser works for 2 s") {
    auto log = std::make_shared<SpokenLog>();
    HeadlessKiosk k(with_fake_voice(log, 2000ms));
    REQUIRE(k.app->voice_status().ok());
    REQUIRE(k.run("tap \"Chạm để bắt đầu\"\nexpect \"Nghe\"\n"));

    const auto pressed = WallClock::now();
    REQUIRE(k.run("tap \"Nghe\"\nexpect \"Dừng\"\nexpect-not \"Nghe\"\n"));
    CHECK(ms_since(pressed) < 1000);  // the tap came back long before the 2 s synthesis
    CHECK(k.app->speaking());

    // While the fake sleeps, the kiosk draws at its normal pace and shows Stop throughout.
    bool stop_shown_throughout = true;
    const FramePace during = draw_frames(k, 1500, [&] {
        stop_shown_throughout = stop_shown_throughout && k.shows("Dừng");
        return false;
    });
    CHECK(stop_shown_throughout);
    CHECK(k.app->speaking());
    CHECK(during.frames >= 15);  // ≥ 10 frames a second even under the sanitizers
    // A frame that waited for the synthesiser would take ~2000 ms; ASan frames take tens of ms.
    CHECK(during.slowest_ms < 400);
    MESSAGE("frames during synthesis: " << during.frames << ", slowest " << during.slowest_ms << " ms");

    // The fake finishes, its sound plays on the dummy device, and Listen comes back by itself.
    const FramePace after = draw_frames(k, 6000, [&] { return !k.app->speaking(); });
    CHECK_FALSE(k.app->speaking());
    CHECK(after.slowest_ms < 400);
    REQUIRE(k.run("expect \"Nghe\"\nexpect-not \"Dừng\"\n"));
    const auto said = log->all();
    REQUIRE(said.size() == 1);
    CHECK(said[0] == "Xin chào chị! Chị muốn học gì hôm nay? Hãy chạm vào một ô bên dưới.");
}

TEST_CASE("leaving the screen stops speech: the old sentence never plays on the new screen") {
    auto log = std::make_shared<SpokenLog>();
    HeadlessKiosk k(with_fake_voice(log, 300ms));
    REQUIRE(
        k.run("tap \"Chạm để bắt đầu\"\ntap \"Nghe\"\nexpect \"Dừng\"\n"
              "tap \"Làm quen với điện thoại thông minh\"\nexpect \"Bước 1/11\"\n"));
    CHECK_FALSE(k.app->speaking());
    // Give the fake time to finish: its audio is thrown away, nothing starts playing.
    draw_frames(k, 600, [] { return false; });
    CHECK_FALSE(k.app->speaking());
    REQUIRE(k.run("expect \"Nghe\"\nexpect-not \"Dừng\"\n"));
}

TEST_CASE("Listen on a quiz reads the question and every answer") {
    auto log = std::make_shared<SpokenLog>();
    HeadlessKiosk k(with_fake_voice(log, 0ms));
    const Lesson* otp = nullptr;
    for (const Lesson& l : k.app->content().lessons)
        if (l.id == "mat-khau-otp") otp = &l;
    REQUIRE(otp);
    const std::string title = "\"" + otp->title.vi + "\"";
    REQUIRE(k.run("tap \"Chạm để bắt đầu\"\nscroll-to " + title + " \"Xuống\"\ntap " + title + "\n"));
    // Walk to the first quiz step of the lesson.
    size_t quiz = 0;
    while (otp->steps[quiz].kind != StepKind::quiz) ++quiz;
    for (size_t i = 0; i < quiz; ++i) {
        const Step& s = otp->steps[i];
        if (s.kind == StepKind::practice) REQUIRE(k.run("tap \"phone:" + s.target + "\"\n"));
        REQUIRE(k.run("tap \"Tiếp theo\"\n"));
    }
    REQUIRE(k.run("tap \"Nghe\"\n"));
    draw_frames(k, 3000, [&] { return !log->all().empty(); });
    const auto said = log->all();
    REQUIRE(said.size() == 1);
    const Step& q = otp->steps[quiz];
    // The synthesiser gets the text as voice::speech_text prepared it ("OTP" → "O T P", …).
    CHECK(said[0].find(voice::speech_text(q.spoken().vi, Lang::vi)) == 0);
    for (const Answer& a : q.answers) CHECK(said[0].find(voice::speech_text(a.text.vi, Lang::vi)) != std::string::npos);
}

TEST_CASE("with voice.auto_read each lesson step is read when it appears") {
    auto log = std::make_shared<SpokenLog>();
    HeadlessKiosk k(with_fake_voice(log, 0ms), [](Config& c) { c.voice.auto_read = true; });
    REQUIRE(k.run("tap \"Chạm để bắt đầu\"\n"));
    CHECK(log->all().empty());  // home is not a lesson step: nothing read unasked
    REQUIRE(k.run("tap \"Làm quen với điện thoại thông minh\"\n"));
    draw_frames(k, 3000, [&] { return log->all().size() >= 1; });
    REQUIRE(k.run("tap \"Tiếp theo\"\n"));
    draw_frames(k, 3000, [&] { return log->all().size() >= 2; });
    const auto said = log->all();
    REQUIRE(said.size() == 2);
    const Lesson& first = k.app->content().lessons.front();
    CHECK(said[0] == voice::speech_text(first.steps[0].spoken().vi, Lang::vi));
    CHECK(said[1] == voice::speech_text(first.steps[1].spoken().vi, Lang::vi));
}

TEST_CASE("an audio driver that is not there hides Listen, and the status says why") {
    const char* before = std::getenv("SDL_AUDIODRIVER");
    const std::string saved = before ? before : "";
    ::setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    {
        HeadlessKiosk k;
        const voice::NarrationStatus& st = k.app->voice_status();
        CHECK(st.reason == voice::NarrationStatus::Reason::no_audio_device);
        CHECK(std::string(st.string_key()) == "voice.status.no_audio_device");
        CHECK(st.summary().find("no-such-driver") != std::string::npos);
        // The kiosk still works: home, a lesson, no Listen anywhere.
        REQUIRE(
            k.run("tap \"Chạm để bắt đầu\"\nexpect \"Xin chào chị!\"\nexpect-not \"Nghe\"\n"
                  "tap \"Làm quen với điện thoại thông minh\"\nexpect \"Bước 1/11\"\nexpect-not \"Nghe\"\n"
                  "tap \"Tiếp theo\"\nexpect \"Bước 2/11\"\n"));
    }
    if (before)
        ::setenv("SDL_AUDIODRIVER", saved.c_str(), 1);
    else
        ::unsetenv("SDL_AUDIODRIVER");
}

TEST_CASE("voice.enabled = false hides Listen and reports narration as turned off") {
    HeadlessKiosk k(ui::AppOptions{}, [](Config& c) { c.voice.enabled = false; });
    CHECK(k.app->voice_status().reason == voice::NarrationStatus::Reason::disabled);
    REQUIRE(k.run("tap \"Chạm để bắt đầu\"\nexpect-not \"Nghe\"\n"));
}

TEST_CASE("the real voice: Listen on home speaks through espeak-ng and comes back to Listen") {
    HeadlessKiosk k;
    INFO(k.app->voice_status().summary());
    REQUIRE(k.app->voice_status().ok());
    REQUIRE(k.run("tap \"Chạm để bắt đầu\"\ntap \"Nghe\"\nexpect \"Dừng\"\n"));
    // ~5 s of speech at 140 words/min, played in real time by the dummy device.
    draw_frames(k, 15000, [&] { return !k.app->speaking(); });
    CHECK_FALSE(k.app->speaking());
    REQUIRE(k.run("expect \"Nghe\"\n"));
}

TEST_CASE("a recorded voice wins over the synthesiser; a recording that went missing is read instead") {
    ::setenv("SDL_AUDIODRIVER", "dummy", 0);
    tramso::test::ScratchDir dir;
    voice::Pcm recording = voice::test::fake_audio("a human voice");
    const std::string wav = dir.file("buoc-1.wav");
    REQUIRE(voice::write_wav(wav, recording).ok());

    auto log = std::make_shared<SpokenLog>();
    Config config;
    config.voice.cache_dir = "";
    // One narrator at a time: SDL's dummy driver, like a single sound card, has one output.
    std::optional<ui::Narrator> narrator_slot;
    narrator_slot.emplace(
        config, [log] { return std::make_unique<LoggingSynthesizer>(log, 0ms); }, [](const std::string&) {});
    ui::Narrator& narrator = *narrator_slot;
    REQUIRE(narrator.status().ok());
    auto play_out = [&] {
        const auto t0 = WallClock::now();
        do {
            narrator.poll();
            std::this_thread::sleep_for(5ms);
        } while (narrator.speaking() && ms_since(t0) < 5000);
    };

    narrator.speak(app::fx::Speak{"Chạm vào Zalo.", wav, Lang::vi});
    CHECK(narrator.speaking());
    play_out();
    CHECK_FALSE(narrator.speaking());
    CHECK(narrator.player()->first_audio_counter() > 0);  // the recording reached the device
    CHECK(log->all().empty());                            // and the synthesiser was never asked
    narrator_slot.reset();

    std::vector<std::string> warnings;
    ui::Narrator fallback(
        config, [log] { return std::make_unique<LoggingSynthesizer>(log, 0ms); },
        [&](const std::string& w) { warnings.push_back(w); });
    fallback.speak(app::fx::Speak{"Chạm vào Zalo.", dir.file("deleted.wav"), Lang::vi});
    const auto t0 = WallClock::now();
    while (fallback.speaking() && ms_since(t0) < 5000) {
        fallback.poll();
        std::this_thread::sleep_for(5ms);
    }
    REQUIRE(log->all().size() == 1);
    CHECK(log->all()[0] == "Chạm vào Zalo.");
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("deleted.wav") != std::string::npos);
}
