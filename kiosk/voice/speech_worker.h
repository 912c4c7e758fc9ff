// SpeechWorker: speech off the frame loop. The UI asks for a sentence (or a recorded prompt)
// and carries on drawing; one worker thread prepares the text, synthesises it (or loads the
// WAV) and posts the audio, which the UI polls once per frame and hands to SDL audio.
//
// Only the newest request matters: a learner who taps Listen on the next screen, or leaves the
// screen, must not hear the old sentence. So a request replaces any request still waiting, the
// result of one already being synthesised is thrown away, and stop() drops everything.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/lang.h"
#include "core/result.h"
#include "voice/pcm.h"
#include "voice/speech_text.h"
#include "voice/synthesizer.h"

namespace tramso::voice {

using SpeechId = std::uint64_t;  // chosen by the caller, e.g. one per Listen button press

struct SpeechResult {
    SpeechId id = 0;
    Result<Pcm> audio = Error{};
    bool from_recording = false;
    // A recording was asked for but could not be played; `audio` is the synthesised fallback.
    std::optional<Error> recording_error;
};

class SpeechWorker {
public:
    // `synthesizer` is used only on the worker thread. Null means no speech engine (espeak-ng
    // missing): text requests then fail with an Error, recorded prompts still play.
    explicit SpeechWorker(std::unique_ptr<Synthesizer> synthesizer);
    // Waits for the synthesis in progress (espeak takes milliseconds), drops the rest.
    ~SpeechWorker();
    SpeechWorker(const SpeechWorker&) = delete;
    SpeechWorker& operator=(const SpeechWorker&) = delete;

    // All return at once. `text` is screen text; speech_text() prepares it on the worker.
    void request(SpeechId id, std::string text, Lang lang, SpeechKind kind = SpeechKind::Sentence);
    void request_file(SpeechId id, std::string wav_path);
    // The recorded prompt if it loads, otherwise `fallback_text` synthesised ("recorded wins").
    void request_recording(SpeechId id, std::string wav_path, std::string fallback_text, Lang lang);

    // Stop speaking: drops the waiting request, the one in progress and any untaken result.
    void stop();

    // Non-blocking; call once per frame. Only the newest request's result ever comes out.
    std::optional<SpeechResult> poll();
    // Blocks up to `timeout` (CLI and tests only, never the frame loop).
    std::optional<SpeechResult> wait(std::chrono::milliseconds timeout);
    // True while a request is waiting or being worked on.
    bool busy() const;

private:
    struct Job {
        SpeechId id = 0;
        std::uint64_t generation = 0;
        std::string text;
        Lang lang = Lang::vi;
        SpeechKind kind = SpeechKind::Sentence;
        std::string wav_path;
    };

    void submit(Job job);
    void run();
    SpeechResult process(const Job& job);
    Result<Pcm> synthesize(const Job& job);

    std::unique_ptr<Synthesizer> m_synth;

    mutable std::mutex m_mutex;
    std::condition_variable m_work_changed;
    std::condition_variable m_results_changed;
    std::optional<Job> m_pending;
    std::deque<SpeechResult> m_results;
    std::uint64_t m_generation = 0;  // bumped by every request and stop(); older work is stale
    bool m_working = false;
    bool m_stopping = false;
    std::thread m_thread;  // last: starts after everything it reads is constructed
};

}  // namespace tramso::voice
