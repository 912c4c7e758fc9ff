// Checks for the files a lesson points at: pictures (PNG) and recorded voice (WAV), written
// relative to the content folder. Each returns the problem, or nothing when the file is usable.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "lessons/diagnostic.h"

namespace tramso {

// A path as written in a lesson: relative, '/'-separated, staying inside the content folder.
std::optional<Problem> check_asset_path(std::string_view written);

// The file, once every symlink in its path is followed, is still inside folder. A link out of
// the content folder (to /etc/passwd, another user's files) is refused, not read.
std::optional<Problem> check_inside_folder(const std::filesystem::path& folder, const std::filesystem::path& file);

// The file exists and decodes as a PNG picture.
std::optional<Problem> check_png_file(const std::filesystem::path& file);

// The file exists and decodes as a 16-bit PCM WAV with audible sound in it.
std::optional<Problem> check_wav_file(const std::filesystem::path& file);

}  // namespace tramso
