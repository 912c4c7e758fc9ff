// One problem found in a lesson file, said so that staff can fix it without a programmer:
// "content/lessons/otp.toml:12:8: unknown key `titel` — did you mean `title`?"
#pragma once

#include <string>

#include "core/https_url.h"
#include "core/result.h"

namespace tramso {

struct Diagnostic {
    std::string file;  // as given to the loader
    int line = 0;      // 1-based; 0 when the problem is the whole file or folder
    int column = 0;
    std::string problem;  // what is wrong
    std::string fix;      // what to do about it

    std::string where() const {
        if (line <= 0) return file;
        return file + ":" + std::to_string(line) + ":" + std::to_string(column);
    }
    std::string to_string() const { return to_error().to_string(); }
    Error to_error() const { return Error{where(), fix.empty() ? problem : problem + " — " + fix}; }
};

}  // namespace tramso
