// Reads QR codes back from a PNG with the real zbarimg, the closest stand-in for a phone camera.
#pragma once

#include <string>

namespace tramso::test {

struct ZbarResult {
    bool available = false;  // zbarimg is installed (apt-get install zbar-tools)
    int exit_code = -1;      // 0: found a symbol; 4: none
    std::string text;        // decoded payload(s), newline-separated, trailing newline removed
};

ZbarResult zbar_decode(const std::string& png_path);

inline constexpr const char* kZbarMissing =
    "zbarimg not found: scan check skipped. Install it with: apt-get install zbar-tools";

}  // namespace tramso::test
