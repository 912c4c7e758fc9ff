#include <doctest/doctest.h>

#include "voice/speech_worker.h"
#include "voice/wav_file.h"
#include "voice_test_support.h"

using namespace tramso;
using namespace tramso::voice;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

struct SlowWorker {
    std::shared_ptr<std::atomic<int>> calls = std::make_shared<std::atomic<int>>(0);
    SpeechWorker worker;
    explicit SlowWorker(std::chrono::milliseconds delay)
        : worker(std::make_unique<voice::test::FakeSynthesizer>(delay, calls)) {}
};

// Until the worker has started synthesising (the fake counts a call before it sleeps).
void wait_until_started(const std::atomic<int>& calls, int n) {
    const auto t0 = Clock::now();
    while (calls.load() < n && Clock::now() - t0 < 2s) std::this_thread::sleep_for(1ms);
    REQUIRE(calls.load() == n);
}

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

}  // namespace

TEST_CASE("asking for speech never blocks the frame loop, even when synthesis is slow") {
    SlowWorker slow(500ms);
    const auto t0 = Clock::now();
    slow.worker.request(1, "Xin chào chị", Lang::vi);
    const auto first_poll = slow.worker.poll();
    CHECK(ms_since(t0) < 50.0);
    CHECK_FALSE(first_poll.has_value());
    CHECK(slow.worker.busy());

    // A 60 fps frame loop: every poll returns at once; the audio turns up after ~500 ms.
    double slowest_poll = 0;
    std::optional<SpeechResult> got;
    while (!got && ms_since(t0) < 3000) {
        const auto p0 = Clock::now();
        got = slow.worker.poll();
        slowest_poll = std::max(slowest_poll, ms_since(p0));
        if (!got) std::this_thread::sleep_for(16ms);
    }
    REQUIRE(got.has_value());
    CHECK(ms_since(t0) >= 450.0);
    CHECK(slowest_poll < 20.0);
    CHECK(got->id == 1);
    REQUIRE(got->audio.ok());
    CHECK(got->audio->samples == voice::test::fake_audio("Xin chào chị").samples);
    CHECK_FALSE(slow.worker.busy());
}

TEST_CASE("a newer request supersedes older ones: only the newest is spoken") {
    SlowWorker slow(300ms);
    slow.worker.request(1, "Bước một", Lang::vi);
    wait_until_started(*slow.calls, 1);            // 1 is now being synthesised
    slow.worker.request(2, "Bước hai", Lang::vi);  // waits…
    slow.worker.request(3, "Bước ba", Lang::vi);   // …and is replaced before it starts

    auto r = slow.worker.wait(3s);
    REQUIRE(r.has_value());
    CHECK(r->id == 3);
    REQUIRE(r->audio.ok());
    CHECK(r->audio->samples == voice::test::fake_audio("Bước ba").samples);
    CHECK(slow.calls->load() == 2);  // 1 (already started, result dropped) and 3; never 2
    CHECK_FALSE(slow.worker.wait(100ms).has_value());
}

TEST_CASE("leaving a screen stops speech: nothing from before stop() comes out") {
    SlowWorker slow(200ms);
    slow.worker.request(1, "Câu đang đọc", Lang::vi);
    wait_until_started(*slow.calls, 1);
    slow.worker.request(2, "Câu đang chờ", Lang::vi);
    slow.worker.stop();
    CHECK_FALSE(slow.worker.wait(400ms).has_value());
    CHECK_FALSE(slow.worker.busy());
    CHECK(slow.calls->load() == 1);

    // The worker keeps serving after a stop.
    slow.worker.request(3, "Câu mới", Lang::vi);
    auto r = slow.worker.wait(2s);
    REQUIRE(r.has_value());
    CHECK(r->id == 3);
}

TEST_CASE("a result not yet taken is dropped when a new request arrives") {
    SlowWorker fast(0ms);
    fast.worker.request(1, "Một", Lang::vi);
    while (fast.worker.busy()) std::this_thread::sleep_for(1ms);
    fast.worker.request(2, "Hai", Lang::vi);
    auto r = fast.worker.wait(2s);
    REQUIRE(r.has_value());
    CHECK(r->id == 2);
    CHECK_FALSE(fast.worker.poll().has_value());
}

TEST_CASE("a recorded prompt wins over synthesis, which stands in when the recording is broken") {
    tramso::test::ScratchDir dir;
    Pcm recorded;
    recorded.sample_rate = 44100;
    recorded.samples.assign(4410, 1234);
    REQUIRE(write_wav(dir.file("prompt.wav"), recorded).ok());
    SlowWorker w(0ms);

    w.worker.request_recording(1, dir.file("prompt.wav"), "Chạm để bắt đầu", Lang::vi);
    auto r1 = w.worker.wait(2s);
    REQUIRE(r1.has_value());
    REQUIRE(r1->audio.ok());
    CHECK(r1->from_recording);
    CHECK(r1->audio->sample_rate == 44100);
    CHECK(w.calls->load() == 0);

    w.worker.request_recording(2, dir.file("missing.wav"), "Chạm để bắt đầu", Lang::vi);
    auto r2 = w.worker.wait(2s);
    REQUIRE(r2.has_value());
    REQUIRE(r2->audio.ok());
    CHECK_FALSE(r2->from_recording);
    REQUIRE(r2->recording_error.has_value());
    CHECK(r2->recording_error->where == dir.file("missing.wav"));

    w.worker.request_file(3, dir.file("missing.wav"));
    auto r3 = w.worker.wait(2s);
    REQUIRE(r3.has_value());
    CHECK_FALSE(r3->audio.ok());
}

TEST_CASE("without a speech engine text requests fail clearly and recordings still play") {
    tramso::test::ScratchDir dir;
    Pcm recorded;
    recorded.sample_rate = 16000;
    recorded.samples.assign(160, 7);
    REQUIRE(write_wav(dir.file("p.wav"), recorded).ok());
    SpeechWorker worker(nullptr);

    worker.request(1, "Xin chào", Lang::vi);
    auto r1 = worker.wait(2s);
    REQUIRE(r1.has_value());
    REQUIRE_FALSE(r1->audio.ok());
    CHECK(r1->audio.error().message.find("not available") != std::string::npos);

    worker.request_file(2, dir.file("p.wav"));
    auto r2 = worker.wait(2s);
    REQUIRE(r2.has_value());
    CHECK(r2->audio.ok());
}

TEST_CASE("the worker reads the prepared text, not the raw screen text") {
    SlowWorker w(0ms);
    w.worker.request(1, "→ • 🎉", Lang::vi);
    auto r = w.worker.wait(2s);
    REQUIRE(r.has_value());
    CHECK_FALSE(r->audio.ok());
    CHECK(w.calls->load() == 0);

    w.worker.request(2, "K7Q2XM", Lang::vi, SpeechKind::Code);
    auto code = w.worker.wait(2s);
    REQUIRE(code.has_value());
    REQUIRE(code->audio.ok());
    CHECK(code->audio->samples == voice::test::fake_audio("K, 7, Q, 2, X, M").samples);
}
