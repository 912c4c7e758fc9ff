#include "zbar_decode.h"

#include <stdio.h>
#include <sys/wait.h>

#include <cstdlib>

namespace tramso::test {

namespace {

bool zbar_available() { return std::system("command -v zbarimg >/dev/null 2>&1") == 0; }

}  // namespace

ZbarResult zbar_decode(const std::string& png_path) {
    ZbarResult result;
    if (!zbar_available()) return result;
    result.available = true;
    // Scratch paths come from mkdtemp, so single quotes are enough.
    const std::string cmd = "zbarimg -q --raw '" + png_path + "' 2>/dev/null";
    FILE* pipe = ::popen(cmd.c_str(), "r");
    if (!pipe) return result;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) result.text.append(buf, n);
    const int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    while (!result.text.empty() && (result.text.back() == '\n' || result.text.back() == '\r')) {
        result.text.pop_back();
    }
    return result;
}

}  // namespace tramso::test
