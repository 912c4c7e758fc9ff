#include "voice/voice_cache.h"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "voice/wav_file.h"

namespace tramso::voice {
namespace {

namespace fs = std::filesystem;

// Bump when the cache layout or the meaning of a key changes: old files then simply miss.
constexpr char kKeyVersion[] = "tramso-voice-cache 1";

std::uint64_t fnv1a64(std::string_view s) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    return h;
}

std::string hex16(std::uint64_t v) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) s[static_cast<std::size_t>(i)] = kDigits[v & 0xF];
    return s;
}

}  // namespace

VoiceCache::VoiceCache(VoiceCacheOptions options) : m_options(std::move(options)) {
    if (m_options.dir.empty()) return;
    std::error_code ec;
    fs::create_directories(m_options.dir, ec);
    if (ec || !fs::is_directory(m_options.dir, ec)) {
        m_disk_error = Error{m_options.dir, "the voice cache folder cannot be created (" + ec.message() +
                                                "); speech works but is not kept across restarts."};
        m_options.dir.clear();
        return;
    }
    m_disk_bytes = trim_disk();
}

std::string VoiceCache::make_key(std::string_view text, Lang lang, std::string_view voice_id) {
    std::string key = kKeyVersion;
    key += '\n';
    key += lang_code(lang);
    key += '\n';
    key += voice_id;
    key += '\n';
    key += text;
    return key;
}

std::string VoiceCache::file_for(const std::string& key) const {
    if (m_options.dir.empty()) return {};
    return (fs::path(m_options.dir) / (hex16(fnv1a64(key)) + ".wav")).string();
}

std::optional<Pcm> VoiceCache::find(const std::string& key) {
    std::lock_guard lock(m_mutex);
    if (auto it = m_index.find(key); it != m_index.end()) {
        m_lru.splice(m_lru.begin(), m_lru, it->second);
        ++m_stats.memory_hits;
        return it->second->pcm;
    }
    const std::string path = file_for(key);
    std::error_code ec;
    if (!path.empty() && fs::exists(path, ec)) {
        auto wav = read_wav_file(path);
        if (wav && wav->cache_key == key) {
            // Touch it: trim_disk() removes the least recently *used* files first.
            fs::last_write_time(path, fs::file_time_type::clock::now(), ec);
            ++m_stats.disk_hits;
            Pcm pcm = wav->pcm;
            remember(key, std::move(wav.value().pcm));
            return pcm;
        }
        // Damaged, or another text with the same hash: drop it; the caller synthesises anew.
        fs::remove(path, ec);
    }
    ++m_stats.misses;
    return std::nullopt;
}

Status VoiceCache::store(const std::string& key, const Pcm& pcm) {
    {
        std::lock_guard lock(m_mutex);
        remember(key, pcm);
    }
    const std::string path = file_for(key);
    if (path.empty()) return Ok{};
    Status written = write_wav_file(path, pcm, key);
    if (!written) return written;
    // A kiosk that runs for months without a restart trims as it goes, not only at start.
    std::error_code ec;
    const std::uint64_t size = std::filesystem::file_size(path, ec);
    std::lock_guard lock(m_mutex);
    m_disk_bytes += ec ? pcm.bytes() : size;
    if (m_disk_bytes > m_options.disk_bytes) m_disk_bytes = trim_disk();
    return written;
}

void VoiceCache::remember(const std::string& key, Pcm pcm) {
    if (pcm.bytes() > m_options.memory_bytes) return;  // would evict everything else
    if (auto it = m_index.find(key); it != m_index.end()) {
        m_bytes -= it->second->pcm.bytes();
        m_lru.erase(it->second);
        m_index.erase(it);
    }
    m_bytes += pcm.bytes();
    m_lru.push_front(Entry{key, std::move(pcm)});
    m_index[key] = m_lru.begin();
    while (m_bytes > m_options.memory_bytes && !m_lru.empty()) {
        m_bytes -= m_lru.back().pcm.bytes();
        m_index.erase(m_lru.back().key);
        m_lru.pop_back();
    }
}

VoiceCacheStats VoiceCache::stats() const {
    std::lock_guard lock(m_mutex);
    VoiceCacheStats s = m_stats;
    s.memory_bytes = m_bytes;
    s.memory_entries = m_lru.size();
    s.disk_bytes = m_disk_bytes;
    return s;
}

// Removes leftovers of interrupted writes, then the least recently used files until the
// folder is back under 90 % of its budget (so it is not trimmed again on every start).
std::uint64_t VoiceCache::trim_disk() {
    struct File {
        fs::path path;
        std::uint64_t size;
        fs::file_time_type time;
    };
    std::vector<File> files;
    std::uint64_t total = 0;
    std::error_code ec;
    for (fs::directory_iterator it(m_options.dir, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        std::error_code fe;
        if (!it->is_regular_file(fe)) continue;
        if (p.filename().string().find(".wav.tmp") != std::string::npos) {
            fs::remove(p, fe);
            continue;
        }
        if (p.extension() != ".wav") continue;
        const auto size = it->file_size(fe);
        const auto time = it->last_write_time(fe);
        if (fe) continue;
        files.push_back({p, size, time});
        total += size;
    }
    if (total <= m_options.disk_bytes) return total;
    std::sort(files.begin(), files.end(), [](const File& a, const File& b) { return a.time < b.time; });
    const std::uint64_t target = m_options.disk_bytes / 10 * 9;
    for (const File& f : files) {
        if (total <= target) break;
        std::error_code fe;
        if (fs::remove(f.path, fe)) total -= f.size;
    }
    return total;
}

}  // namespace tramso::voice
