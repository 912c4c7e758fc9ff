// Rules every piece of lesson text follows: length limits (so it fits the kiosk screen at the
// large type size the learners need) and Unicode NFC (so "Việt" typed with separate accent
// marks matches, sorts and renders like "Việt" typed with precomposed letters).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tramso {

// Maximum length in characters (Unicode code points), as listed in content/README.md.
namespace text_limit {
inline constexpr int title = 60;
inline constexpr int summary = 160;
inline constexpr int step_text = 280;
inline constexpr int hint = 160;
inline constexpr int success = 160;
inline constexpr int question = 160;
inline constexpr int answer = 80;
inline constexpr int feedback = 200;
inline constexpr int learned = 100;
inline constexpr int scene = 80;
inline constexpr int none = 0;  // narration: read aloud, never laid out
}  // namespace text_limit

// Counts code points in valid UTF-8 (toml++ has already rejected invalid UTF-8).
std::size_t count_code_points(std::string_view utf8);

// Empty if `utf8` is in NFC; otherwise the first word that is not.
std::optional<std::string> first_non_nfc_word(std::string_view utf8);

}  // namespace tramso
