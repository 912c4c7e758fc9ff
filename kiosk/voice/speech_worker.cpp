#include "voice/speech_worker.h"

#include "voice/wav_file.h"

namespace tramso::voice {

SpeechWorker::SpeechWorker(std::unique_ptr<Synthesizer> synthesizer)
    : m_synth(std::move(synthesizer)), m_thread([this] { run(); }) {}

SpeechWorker::~SpeechWorker() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_pending.reset();
    }
    m_work_changed.notify_all();
    m_thread.join();
}

void SpeechWorker::submit(Job job) {
    {
        std::lock_guard lock(m_mutex);
        job.generation = ++m_generation;
        m_pending = std::move(job);
        m_results.clear();  // an untaken result of an older request must not play now
    }
    m_work_changed.notify_one();
}

void SpeechWorker::request(SpeechId id, std::string text, Lang lang, SpeechKind kind) {
    submit(Job{id, 0, std::move(text), lang, kind, {}});
}

void SpeechWorker::request_file(SpeechId id, std::string wav_path) {
    submit(Job{id, 0, {}, Lang::vi, SpeechKind::Sentence, std::move(wav_path)});
}

void SpeechWorker::request_recording(SpeechId id, std::string wav_path, std::string fallback_text, Lang lang) {
    submit(Job{id, 0, std::move(fallback_text), lang, SpeechKind::Sentence, std::move(wav_path)});
}

void SpeechWorker::stop() {
    std::lock_guard lock(m_mutex);
    ++m_generation;
    m_pending.reset();
    m_results.clear();
}

std::optional<SpeechResult> SpeechWorker::poll() {
    std::lock_guard lock(m_mutex);
    if (m_results.empty()) return std::nullopt;
    SpeechResult r = std::move(m_results.front());
    m_results.pop_front();
    return r;
}

std::optional<SpeechResult> SpeechWorker::wait(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    if (!m_results_changed.wait_for(lock, timeout, [this] { return !m_results.empty(); })) return std::nullopt;
    SpeechResult r = std::move(m_results.front());
    m_results.pop_front();
    return r;
}

bool SpeechWorker::busy() const {
    std::lock_guard lock(m_mutex);
    return m_pending.has_value() || m_working;
}

void SpeechWorker::run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_work_changed.wait(lock, [this] { return m_stopping || m_pending.has_value(); });
        if (m_stopping) return;
        Job job = std::move(*m_pending);
        m_pending.reset();
        m_working = true;
        lock.unlock();
        SpeechResult result = process(job);
        lock.lock();
        m_working = false;
        if (job.generation == m_generation) {
            m_results.push_back(std::move(result));
            m_results_changed.notify_all();
        }
    }
}

Result<Pcm> SpeechWorker::synthesize(const Job& job) {
    if (!m_synth)
        return Error{"voice",
                     "speech is not available on this kiosk (see the voice status in "
                     "staff mode)."};
    const std::string said = speech_text(job.text, job.lang, job.kind);
    if (said.empty()) return Error{"voice", "there is nothing to read aloud in this text."};
    return m_synth->synthesize(said, job.lang);
}

SpeechResult SpeechWorker::process(const Job& job) {
    SpeechResult result{job.id, Error{}, false, std::nullopt};
    if (job.wav_path.empty()) {
        result.audio = synthesize(job);
        return result;
    }
    auto recorded = load_wav(job.wav_path);
    if (recorded) {
        result.audio = std::move(recorded);
        result.from_recording = true;
        return result;
    }
    if (job.text.empty()) {  // request_file: the recording is all there is
        result.audio = std::move(recorded);
        return result;
    }
    result.recording_error = recorded.error();
    result.audio = synthesize(job);
    return result;
}

}  // namespace tramso::voice
