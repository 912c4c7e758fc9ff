#include "voice/espeak_synthesizer.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <mutex>

namespace tramso::voice {
namespace {

namespace fs = std::filesystem;

constexpr char kInstallHint[] = "Install it with: apt-get install espeak-ng-data";
constexpr std::array<const char*, 4> kDataFiles = {"phontab", "phonindex", "phondata", "intonations"};
constexpr int kMaxSeconds = 600;  // a runaway text must not eat the kiosk's memory

struct Collector {
    std::vector<std::int16_t> samples;
    std::size_t limit = 0;
    bool overflow = false;
};

// espeak-ng's state is process-global, so its guard and bookkeeping are too.
struct Engine {
    std::mutex mutex;
    bool started = false;
    std::string path_arg;  // what espeak was initialised with ("" = its default search)
    std::string data_dir;  // the espeak-ng-data directory that resolved to
    int sample_rate = 0;
    std::string voice;            // the espeak voice currently selected
    Collector* active = nullptr;  // where the callback appends; set only while synthesising
};

Engine& engine() {
    static Engine e;
    return e;
}

// The synth callback carries no context on its last (NULL) call, so the collector is found
// through the engine; it only ever runs inside espeak_ng_Synthesize, under the engine lock.
int collect(short* wav, int count, espeak_EVENT*) {
    Collector* c = engine().active;
    if (c == nullptr || wav == nullptr || count <= 0) return 0;
    if (c->samples.size() + static_cast<std::size_t>(count) > c->limit) {
        c->overflow = true;
        return 1;  // abort synthesis
    }
    c->samples.insert(c->samples.end(), wav, wav + count);
    return 0;
}

std::string status_message(espeak_ng_STATUS status) {
    std::array<char, 256> buf{};
    espeak_ng_GetStatusCodeMessage(status, buf.data(), buf.size());
    return buf.data();
}

bool is_dir(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p, ec);
}

// Mirrors espeak's own lookup (a folder holding espeak-ng-data, or that folder itself), but
// fails instead of silently falling back to the system data as espeak does.
Result<std::string> resolve_data_dir(const std::string& path_arg) {
    Engine& e = engine();
    if (!path_arg.empty()) {
        if (is_dir(fs::path(path_arg) / "espeak-ng-data")) return (fs::path(path_arg) / "espeak-ng-data").string();
        if (is_dir(path_arg)) return path_arg;
        return Error{path_arg, "the eSpeak NG data folder set for the voice does not exist. " +
                                   std::string(kInstallHint) + ", or fix the voice data_dir."};
    }
    espeak_ng_InitializePath(nullptr);
    const char* found = nullptr;
    espeak_Info(&found);
    std::string dir = found != nullptr ? found : "";
    // Asking for the default moved espeak's global data path; put back the one in use.
    if (e.started && !e.path_arg.empty()) espeak_ng_InitializePath(e.path_arg.c_str());
    if (dir.empty() || !is_dir(dir))
        return Error{dir.empty() ? "espeak-ng-data" : dir,
                     "the eSpeak NG data folder is missing. " + std::string(kInstallHint)};
    return dir;
}

Status check_data_files(const std::string& dir) {
    for (const char* name : kDataFiles) {
        std::error_code ec;
        if (!fs::is_regular_file(fs::path(dir) / name, ec))
            return Error{dir, "eSpeak NG data is incomplete: '" + std::string(name) + "' is missing. " + kInstallHint};
    }
    return Ok{};
}

Status start_engine(const std::string& path_arg, const std::string& dir) {
    Engine& e = engine();
    if (e.started && e.path_arg == path_arg) return Ok{};
    e.started = false;
    espeak_ng_InitializePath(path_arg.empty() ? nullptr : path_arg.c_str());
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS status = espeak_ng_Initialize(&context);
    espeak_ng_ClearErrorContext(&context);
    if (status != ENS_OK)
        return Error{dir, "eSpeak NG could not start: " + status_message(status) + ". " + kInstallHint +
                              " (reinstall if it is already installed)."};
    status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (status != ENS_OK) return Error{dir, "eSpeak NG could not start its output: " + status_message(status)};
    espeak_SetSynthCallback(&collect);
    e.started = true;
    e.path_arg = path_arg;
    e.data_dir = dir;
    e.sample_rate = espeak_ng_GetSampleRate();
    e.voice.clear();
    return Ok{};
}

std::string full_voice_name(const VoiceOptions& o, Lang lang) {
    const std::string& name = o.voice_for(lang);
    return o.variant.empty() ? name : name + "+" + o.variant;
}

// "vi-VN-x-south" → "vi": the dictionary a voice needs (vi_dict).
std::string dictionary_for(const std::string& voice) { return voice.substr(0, voice.find_first_of("-+")); }

const char* language_name(Lang lang) { return lang == Lang::vi ? "Vietnamese" : "English"; }

}  // namespace

EspeakSynthesizer::EspeakSynthesizer(VoiceOptions options, std::string data_dir, int sample_rate)
    : m_options(std::move(options)), m_data_dir(std::move(data_dir)), m_sample_rate(sample_rate) {
    m_options.rate_wpm = std::clamp(m_options.rate_wpm, espeakRATE_MINIMUM, espeakRATE_MAXIMUM);
    m_options.volume = std::clamp(m_options.volume, 0, 200);
}

Result<std::unique_ptr<EspeakSynthesizer>> EspeakSynthesizer::create(const VoiceOptions& options) {
    std::lock_guard lock(engine().mutex);
    auto dir = resolve_data_dir(options.data_dir);
    if (!dir) return dir.error();
    if (auto ok = check_data_files(dir.value()); !ok) return ok.error();
    if (auto ok = start_engine(options.data_dir, dir.value()); !ok) return ok.error();
    return std::unique_ptr<EspeakSynthesizer>(new EspeakSynthesizer(options, dir.value(), engine().sample_rate));
}

std::string EspeakSynthesizer::engine_version() {
    const char* v = espeak_Info(nullptr);
    return v != nullptr ? v : "unknown";
}

std::string EspeakSynthesizer::voice_id(Lang lang) const {
    return "espeak-ng " + engine_version() + "; voice " + full_voice_name(m_options, lang) + "; rate " +
           std::to_string(m_options.rate_wpm) + "; volume " + std::to_string(m_options.volume);
}

// Call with the engine lock held.
Status EspeakSynthesizer::select_voice(Lang lang) {
    if (auto ok = start_engine(m_options.data_dir, m_data_dir); !ok) return ok.error();
    Engine& e = engine();
    const std::string name = full_voice_name(m_options, lang);
    if (e.voice == name) return Ok{};
    const std::string dict = dictionary_for(m_options.voice_for(lang)) + "_dict";
    std::error_code ec;
    if (!fs::is_regular_file(fs::path(m_data_dir) / dict, ec))
        return Error{m_data_dir, std::string("the ") + language_name(lang) + " dictionary '" + dict + "' is missing. " +
                                     kInstallHint};
    const espeak_ng_STATUS status = espeak_ng_SetVoiceByName(name.c_str());
    if (status != ENS_OK) {
        e.voice.clear();
        return Error{m_data_dir, std::string("the ") + language_name(lang) + " voice '" + name +
                                     "' is not installed. " + kInstallHint + ", or change the voice setting."};
    }
    e.voice = name;
    return Ok{};
}

Status EspeakSynthesizer::check_language(Lang lang) {
    std::lock_guard lock(engine().mutex);
    return select_voice(lang);
}

Result<Pcm> EspeakSynthesizer::synthesize(std::string_view text, Lang lang) {
    Engine& e = engine();
    std::lock_guard lock(e.mutex);
    if (auto ok = select_voice(lang); !ok) return ok.error();
    // Set on every call: another instance may share the engine with different settings.
    espeak_ng_SetParameter(espeakRATE, m_options.rate_wpm, 0);
    espeak_ng_SetParameter(espeakVOLUME, m_options.volume, 0);

    Collector collector;
    collector.limit = static_cast<std::size_t>(e.sample_rate) * kMaxSeconds;
    const std::string z(text);  // espeak wants a NUL-terminated string
    e.active = &collector;
    const espeak_ng_STATUS status =
        espeak_ng_Synthesize(z.c_str(), z.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    e.active = nullptr;

    if (collector.overflow)
        return Error{"espeak-ng", "the text is too long to read aloud at once (over " +
                                      std::to_string(kMaxSeconds / 60) + " minutes)."};
    if (status != ENS_OK) return Error{"espeak-ng", "speech synthesis failed: " + status_message(status) + "."};
    if (collector.samples.empty()) return Error{"espeak-ng", "there was nothing to read aloud in this text."};
    Pcm pcm;
    pcm.sample_rate = e.sample_rate;
    pcm.samples = std::move(collector.samples);
    return pcm;
}

}  // namespace tramso::voice
