// The one check for an https:// address the kiosk prints or shows as a QR code: lesson links,
// followup.base_url. A learner's phone opens it, so https only, a real site name, and nothing
// a URL must escape. Said so that staff can fix it: what is wrong, and what to do.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tramso {

// What is wrong, and what to do about it (lessons place it in a file as a Diagnostic).
struct Problem {
    std::string problem;
    std::string fix;
};

// Empty when `url` is an absolute https:// URL with a valid site name (letters, digits, '-',
// inner dots), an optional numeric port, and only the characters RFC 3986 allows.
std::optional<Problem> check_https_url(std::string_view url);

// The site name of an https:// address ("hoctapso.vn" for "https://hoctapso.vn/bai/"), empty
// when it is not one; what a learner is told the code opens.
std::string https_site_name(std::string_view url);

// "a space", "a control character", "'{'": how a problem message names a character.
std::string describe_char(char c);
bool starts_with_ci(std::string_view s, std::string_view prefix);

}  // namespace tramso
