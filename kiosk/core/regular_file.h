// Reads a text file the kiosk was told to load (config, string table, lesson) only if it is
// a regular file of bounded size. A directory would read as empty and run on defaults; a FIFO
// would block the start for ever; /dev/zero would never end. Each is refused with a reason.
#pragma once

#include <cstddef>
#include <string>

#include "core/result.h"

namespace tramso {

// Error.where is the path; Error.message says what the path is instead and what to do.
Result<std::string> read_regular_file(const std::string& path, std::size_t max_bytes);

}  // namespace tramso
