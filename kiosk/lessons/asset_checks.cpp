#include "lessons/asset_checks.h"

#include <stb_image.h>

#include "voice/wav_file.h"

#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

namespace tramso {

namespace {

// Lesson pictures are small; anything bigger is a mistake (a photo straight off a camera).
constexpr std::uintmax_t kMaxPngBytes = 8u * 1024 * 1024;
constexpr std::uintmax_t kMaxWavBytes = 64u * 1024 * 1024;

std::optional<Problem> check_regular_file(const std::filesystem::path& file, std::uintmax_t max) {
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (ec || !std::filesystem::exists(status)) {
        return Problem{"file " + file.string() + " does not exist",
                       "put the file there, or correct the path (it is relative to the content "
                       "folder)"};
    }
    if (!std::filesystem::is_regular_file(status)) {
        return Problem{file.string() + " is not a file", "point at a file, not a folder"};
    }
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) return Problem{"cannot read " + file.string(), "check the file's permissions"};
    if (size > max) {
        return Problem{file.string() + " is too big (" + std::to_string(size / 1024) + " KiB)",
                       "make it smaller than " + std::to_string(max / (1024 * 1024)) + " MiB"};
    }
    return std::nullopt;
}

std::optional<std::string> read_bytes(const std::filesystem::path& file, std::size_t limit) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes(limit, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(limit));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

}  // namespace

std::optional<Problem> check_asset_path(std::string_view written) {
    const std::string fix = "write a path inside the content folder, like images/phone.png";
    if (written.empty()) return Problem{"the path is empty", fix};
    if (written.front() == '/' || written.find(':') != std::string_view::npos) {
        return Problem{"\"" + std::string(written) + "\" is not a relative path", fix};
    }
    if (written.find('\\') != std::string_view::npos) {
        return Problem{"\"" + std::string(written) + "\" uses '\\'", "use '/' between folders"};
    }
    for (const auto& part : std::filesystem::path(written)) {
        if (part == "..") {
            return Problem{"\"" + std::string(written) + "\" leaves the content folder", fix};
        }
    }
    return std::nullopt;
}

std::optional<Problem> check_inside_folder(const std::filesystem::path& folder, const std::filesystem::path& file) {
    std::error_code ec;
    const auto real_folder = std::filesystem::weakly_canonical(folder, ec);
    if (ec) return Problem{"cannot resolve the content folder " + folder.string(), "check the folder"};
    const auto real_file = std::filesystem::weakly_canonical(file, ec);
    if (ec) return Problem{"cannot resolve " + file.string(), "check the file and the folders above it"};
    const auto inside = real_file.lexically_relative(real_folder);
    if (inside.empty() || *inside.begin() == "..") {
        return Problem{file.string() + " leads outside the content folder (to " + real_file.string() + ")",
                       "copy the file into the content folder instead of linking to it"};
    }
    return std::nullopt;
}

std::optional<Problem> check_png_file(const std::filesystem::path& file) {
    if (auto p = check_regular_file(file, kMaxPngBytes)) return p;
    const auto bytes = read_bytes(file, static_cast<std::size_t>(kMaxPngBytes));
    if (!bytes) return Problem{"cannot read " + file.string(), "check the file's permissions"};
    static constexpr std::string_view kSignature = "\x89PNG\r\n\x1a\n";
    if (bytes->compare(0, kSignature.size(), kSignature) != 0) {
        return Problem{file.string() + " is not a PNG picture",
                       "save the picture as PNG (other formats such as JPEG are not shown)"};
    }
    int w = 0, h = 0, channels = 0;
    stbi_uc* pixels = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes->data()),
                                            static_cast<int>(bytes->size()), &w, &h, &channels, 4);
    if (!pixels) {
        return Problem{file.string() + " is a damaged PNG (it cannot be decoded)", "export the picture again as PNG"};
    }
    stbi_image_free(pixels);
    return std::nullopt;
}

std::optional<Problem> check_wav_file(const std::filesystem::path& file) {
    if (auto p = check_regular_file(file, kMaxWavBytes)) return p;
    const auto head = read_bytes(file, 12);
    if (!head) return Problem{"cannot read " + file.string(), "check the file's permissions"};
    if (head->size() < 12 || head->compare(0, 4, "RIFF") != 0 || head->compare(8, 4, "WAVE") != 0) {
        return Problem{file.string() + " is not a WAV recording",
                       "save the recording as WAV (RIFF/WAVE), e.g. sox in.mp3 out.wav"};
    }
    // Decoded by the same reader the kiosk plays recordings with, so a file that passes here
    // plays there: 16-bit PCM, any rate, mono or stereo, with audio in it.
    auto wav = voice::read_wav_file(file.string());
    if (!wav) {
        std::string problem = wav.error().to_string(), fix = "save the recording as a 16-bit PCM WAV";
        // The reader's message ends with its own advice ("Re-export it as 16-bit PCM WAV, e.g.
        // sox …"): that is the fix.
        if (const auto at = problem.find(" Re-export"); at != std::string::npos) {
            fix = problem.substr(at + 1);
            problem.resize(at);
        }
        return Problem{problem, fix};
    }
    return std::nullopt;
}

}  // namespace tramso
