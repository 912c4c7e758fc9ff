#include "voice/wav_file.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>

namespace tramso::voice {
namespace {

constexpr std::uint16_t kFormatPcm = 1;
constexpr std::uint16_t kFormatExtensible = 0xFFFE;
constexpr std::size_t kMaxFileBytes = 64u << 20;  // a spoken prompt is well under a megabyte
constexpr int kMaxSampleRate = 384000;
constexpr char kConvertHint[] =
    "Re-export it as 16-bit PCM WAV, e.g. `sox input.wav -b 16 -e signed-integer output.wav`.";

std::uint16_t u16_at(const std::vector<std::uint8_t>& b, std::size_t at) {
    return static_cast<std::uint16_t>(b[at] | (b[at + 1] << 8));
}
std::uint32_t u32_at(const std::vector<std::uint8_t>& b, std::size_t at) {
    return static_cast<std::uint32_t>(b[at]) | (static_cast<std::uint32_t>(b[at + 1]) << 8) |
           (static_cast<std::uint32_t>(b[at + 2]) << 16) | (static_cast<std::uint32_t>(b[at + 3]) << 24);
}
bool tag_is(const std::vector<std::uint8_t>& b, std::size_t at, const char* tag) {
    return std::memcmp(b.data() + at, tag, 4) == 0;
}
std::string tag_text(const std::vector<std::uint8_t>& b, std::size_t at) {
    std::string s;
    for (std::size_t i = 0; i < 4; ++i) {
        char c = static_cast<char>(b[at + i]);
        s += (c >= 0x20 && c < 0x7F) ? c : '?';
    }
    return s;
}

void put_u16(std::vector<std::uint8_t>& out, std::uint16_t v) {
    out.push_back(static_cast<std::uint8_t>(v & 0xFF));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
}
void put_u32(std::vector<std::uint8_t>& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>((v >> (8 * i)) & 0xFF));
}
void put_tag(std::vector<std::uint8_t>& out, const char* tag) {
    // Byte by byte: GCC 12 at -O3 reports a bogus overflow for a 4-byte range insert.
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(tag[i]));
}

struct Format {
    std::uint16_t tag = 0;
    std::uint16_t channels = 0;
    std::uint32_t sample_rate = 0;
    std::uint16_t bits = 0;
};

Result<Format> read_format(const std::vector<std::uint8_t>& b, std::size_t at, std::uint32_t size,
                           std::string_view where) {
    if (size < 16) return Error{std::string(where), "the WAV 'fmt ' chunk is too short."};
    Format f;
    f.tag = u16_at(b, at);
    f.channels = u16_at(b, at + 2);
    f.sample_rate = u32_at(b, at + 4);
    f.bits = u16_at(b, at + 14);
    // WAVE_FORMAT_EXTENSIBLE keeps the real format in the first two bytes of its sub-format GUID.
    if (f.tag == kFormatExtensible && size >= 40) f.tag = u16_at(b, at + 24);
    return f;
}

}  // namespace

Result<WavInfo> parse_wav(const std::vector<std::uint8_t>& b, std::string_view where) {
    const std::string w(where);
    if (b.size() < 12) return Error{w, "is too short to be a WAV file (" + std::to_string(b.size()) + " bytes)."};
    if (!tag_is(b, 0, "RIFF") || !tag_is(b, 8, "WAVE"))
        return Error{w, "is not a WAV file (no RIFF/WAVE header). " + std::string(kConvertHint)};

    std::optional<Format> format;
    std::optional<std::pair<std::size_t, std::size_t>> data;  // offset, length
    WavInfo info;
    std::size_t at = 12;
    // The RIFF size field is often wrong in files from phones and editors; walk the real bytes.
    while (at + 8 <= b.size()) {
        const std::uint32_t size = u32_at(b, at + 4);
        const std::size_t body = at + 8;
        const std::size_t left = b.size() - body;
        if (size > left) {
            if (tag_is(b, at, "data"))
                return Error{w, "is truncated: the audio data stops after " + std::to_string(left) + " of " +
                                    std::to_string(size) + " bytes."};
            return Error{w, "is damaged: chunk '" + tag_text(b, at) + "' runs past the end."};
        }
        if (tag_is(b, at, "fmt ")) {
            auto f = read_format(b, body, size, where);
            if (!f) return f.error();
            format = f.value();
        } else if (tag_is(b, at, "data")) {
            data = {body, size};
        } else if (tag_is(b, at, "tsky")) {
            info.cache_key.assign(reinterpret_cast<const char*>(b.data() + body), size);
        }
        at = body + size + (size & 1u);  // chunks are padded to even length
    }

    if (!format) return Error{w, "is damaged: it has no 'fmt ' chunk."};
    if (!data) return Error{w, "is damaged: it has no 'data' chunk."};
    if (format->tag != kFormatPcm)
        return Error{w, "is not plain PCM (format " + std::to_string(format->tag) + "). " + kConvertHint};
    if (format->bits != 16)
        return Error{w, "is " + std::to_string(format->bits) + "-bit; only 16-bit is supported. " + kConvertHint};
    if (format->channels == 0) return Error{w, "is damaged: it says it has 0 channels."};
    if (format->sample_rate == 0 || format->sample_rate > kMaxSampleRate)
        return Error{w, "is damaged: sample rate " + std::to_string(format->sample_rate) + " Hz."};

    const std::size_t channels = format->channels;
    const std::size_t frames = data->second / (2 * channels);  // a partial last frame is dropped
    if (frames == 0) return Error{w, "contains no audio."};

    info.channels = format->channels;
    info.pcm.sample_rate = static_cast<int>(format->sample_rate);
    info.pcm.samples.resize(frames);
    const std::size_t base = data->first;
    for (std::size_t f = 0; f < frames; ++f) {
        std::int32_t sum = 0;
        for (std::size_t c = 0; c < channels; ++c)
            sum += static_cast<std::int16_t>(u16_at(b, base + 2 * (f * channels + c)));
        info.pcm.samples[f] = static_cast<std::int16_t>(sum / static_cast<std::int32_t>(channels));
    }
    return info;
}

std::vector<std::uint8_t> encode_wav(const Pcm& pcm, std::string_view cache_key) {
    const std::uint32_t data_bytes = static_cast<std::uint32_t>(pcm.bytes());
    const std::uint32_t key_bytes = static_cast<std::uint32_t>(cache_key.size());
    const std::uint32_t key_chunk = key_bytes == 0 ? 0 : 8 + key_bytes + (key_bytes & 1u);
    std::vector<std::uint8_t> out;
    out.reserve(44 + key_chunk + data_bytes);
    put_tag(out, "RIFF");
    put_u32(out, 4 + (8 + 16) + key_chunk + (8 + data_bytes));
    put_tag(out, "WAVE");
    put_tag(out, "fmt ");
    put_u32(out, 16);
    put_u16(out, kFormatPcm);
    put_u16(out, 1);
    put_u32(out, static_cast<std::uint32_t>(pcm.sample_rate));
    put_u32(out, static_cast<std::uint32_t>(pcm.sample_rate) * 2);
    put_u16(out, 2);
    put_u16(out, 16);
    if (key_bytes != 0) {
        put_tag(out, "tsky");
        put_u32(out, key_bytes);
        out.insert(out.end(), cache_key.begin(), cache_key.end());
        if (key_bytes & 1u) out.push_back(0);
    }
    put_tag(out, "data");
    put_u32(out, data_bytes);
    for (std::int16_t s : pcm.samples) put_u16(out, static_cast<std::uint16_t>(s));
    return out;
}

Result<WavInfo> read_wav_file(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return Error{path, "cannot be read: " + ec.message() + "."};
    if (size > kMaxFileBytes)
        return Error{path, "is too large for a spoken prompt (" + std::to_string(size >> 20) +
                               " MiB); keep recordings under a minute."};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{path, "cannot be opened: " + std::string(std::strerror(errno)) + "."};
    std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) return Error{path, "could not be read completely."};
    return parse_wav(bytes, path);
}

Result<Pcm> load_wav(const std::string& path) {
    auto info = read_wav_file(path);
    if (!info) return info.error();
    return std::move(info.value().pcm);
}

Status write_wav_file(const std::string& path, const Pcm& pcm, std::string_view cache_key) {
    if (pcm.sample_rate <= 0) return Error{path, "cannot write audio without a sample rate."};
    // A unique temporary name: two writers of the same cache entry must not share one.
    static std::atomic<unsigned> counter{0};
    const std::string tmp = path + ".tmp" + std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1));
    const auto bytes = encode_wav(pcm, cache_key);
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            return Error{path, "cannot be written: " + std::string(std::strerror(errno)) +
                                   ". Check that the folder exists and is writable."};
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(tmp, ignored);
            return Error{path, "could not be written completely (is the disk full?)."};
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(tmp, ignored);
        return Error{path, "cannot be replaced: " + ec.message() + "."};
    }
    return Ok{};
}

Status write_wav(const std::string& path, const Pcm& pcm) { return write_wav_file(path, pcm, {}); }

}  // namespace tramso::voice
