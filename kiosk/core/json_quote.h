// Quotes text as a JSON string, for the small JSON payloads the kiosk stores and logs without a
// JSON library. UTF-8 passes through; quotes, backslashes and control characters are escaped,
// so no text (a lesson's, a learner's, SQLite's) can break the payload's format.
#pragma once

#include <string>
#include <string_view>

namespace tramso {

// "say \"hi\"" for say "hi", quotes included.
std::string json_quote(std::string_view text);

}  // namespace tramso
