// VoiceCache: synthesised speech kept in memory (least recently used first out, bounded by
// bytes) and on disk, so pressing Listen again is instant, even after the kiosk restarts.
//
// A disk entry is <dir>/<16 hex digits>.wav; the hash covers the text, the language and the
// synthesizer's voice_id() (engine version, voice, rate, volume), and the full key is stored
// inside the file too, so a hash collision or a stale file is a miss, never the wrong sentence.
// A damaged file is also a miss: the speech is synthesised again and the file rewritten.
// Thread-safe, though the speech worker is its only user.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/lang.h"
#include "core/result.h"
#include "voice/pcm.h"

namespace tramso::voice {

struct VoiceCacheOptions {
    // ~3 minutes of 22 kHz speech: a lesson or two. The disk tier answers in ~1.4 ms, so more
    // memory buys nothing audible, and the soak showed this tier is what an idle kiosk's RSS
    // creeps by as visitors press Listen on new steps (32 MB before: most of the PSS budget).
    std::size_t memory_bytes = 8u << 20;
    std::string dir;                          // "" = memory only; e.g. "var/voice-cache"
    std::uint64_t disk_bytes = 256ull << 20;  // oldest files are removed above this
};

struct VoiceCacheStats {
    std::size_t memory_hits = 0;
    std::size_t disk_hits = 0;
    std::size_t misses = 0;
    std::size_t memory_bytes = 0;  // currently held
    std::size_t memory_entries = 0;
    std::uint64_t disk_bytes = 0;  // the folder's WAV files, as counted at start and since
};

class VoiceCache {
public:
    // Creates `dir` if needed and trims it to `disk_bytes`. A directory that cannot be created
    // leaves the cache memory-only; disk_error() says why (for the staff health screen).
    explicit VoiceCache(VoiceCacheOptions options);

    static std::string make_key(std::string_view text, Lang lang, std::string_view voice_id);

    std::optional<Pcm> find(const std::string& key);
    // Keeps `pcm` in memory and writes it to disk; a failed disk write is returned but the
    // memory copy is kept, so speech still works on a read-only or full disk.
    Status store(const std::string& key, const Pcm& pcm);

    // Where `key` lives on disk ("" for a memory-only cache).
    std::string file_for(const std::string& key) const;
    VoiceCacheStats stats() const;
    const std::optional<Error>& disk_error() const { return m_disk_error; }

private:
    struct Entry {
        std::string key;
        Pcm pcm;
    };
    void remember(const std::string& key, Pcm pcm);  // m_mutex held
    // Returns the folder's bytes afterwards.
    std::uint64_t trim_disk();

    VoiceCacheOptions m_options;
    std::optional<Error> m_disk_error;

    mutable std::mutex m_mutex;
    std::list<Entry> m_lru;  // front = most recently used
    std::unordered_map<std::string, std::list<Entry>::iterator> m_index;
    std::size_t m_bytes = 0;
    std::uint64_t m_disk_bytes = 0;  // kept under m_options.disk_bytes while the kiosk runs
    VoiceCacheStats m_stats;
};

}  // namespace tramso::voice
