// Shared by the voice tests and bench: a scratch folder, and fake synthesizers that count
// calls or take their time, so the cache and the worker are tested without espeak's speed.
#pragma once

#include <stdlib.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "common/scratch_dir.h"
#include "voice/synthesizer.h"

namespace tramso::voice::test {

// One temp-directory helper for all test modules (tests/common).
using tramso::test::ScratchDir;

// Audio that depends on the text, so a cache returning the wrong entry is noticed.
inline Pcm fake_audio(std::string_view text) {
    Pcm pcm;
    pcm.sample_rate = 16000;
    pcm.samples.resize(800 + text.size() * 40);
    for (std::size_t i = 0; i < pcm.samples.size(); ++i)
        pcm.samples[i] = static_cast<std::int16_t>((i * 31 + text.size() * 977) % 20000) - 10000;
    return pcm;
}

// Returns fake_audio(), optionally after a delay, and counts the calls that reach it.
class FakeSynthesizer final : public Synthesizer {
public:
    explicit FakeSynthesizer(std::chrono::milliseconds delay = {}, std::shared_ptr<std::atomic<int>> calls = nullptr)
        : m_delay(delay), m_calls(calls ? std::move(calls) : std::make_shared<std::atomic<int>>()) {}

    Result<Pcm> synthesize(std::string_view text, Lang) override {
        ++*m_calls;
        if (m_delay.count() > 0) std::this_thread::sleep_for(m_delay);
        if (text.empty()) return Error{"fake", "empty text"};
        return fake_audio(text);
    }
    std::string voice_id(Lang lang) const override { return "fake voice " + std::string(lang_code(lang)); }
    const std::shared_ptr<std::atomic<int>>& calls() const { return m_calls; }

private:
    std::chrono::milliseconds m_delay;
    std::shared_ptr<std::atomic<int>> m_calls;
};

// Counts calls to any synthesizer it wraps (the real espeak one in the cache tests).
class CountingSynthesizer final : public Synthesizer {
public:
    CountingSynthesizer(std::unique_ptr<Synthesizer> inner, std::shared_ptr<std::atomic<int>> calls)
        : m_inner(std::move(inner)), m_calls(std::move(calls)) {}
    Result<Pcm> synthesize(std::string_view text, Lang lang) override {
        ++*m_calls;
        return m_inner->synthesize(text, lang);
    }
    std::string voice_id(Lang lang) const override { return m_inner->voice_id(lang); }

private:
    std::unique_ptr<Synthesizer> m_inner;
    std::shared_ptr<std::atomic<int>> m_calls;
};

}  // namespace tramso::voice::test
