// The log file of a kiosk not run by systemd: appended line by line, rotated by size so a
// fault loop can never fill the disk (tramso.log → tramso.log.1 → tramso.log.2, the oldest
// dropped). Not thread-safe; the Logger serialises access.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace tramso::platform {

class RotatingFile {
public:
    // files_kept counts the live file too: 3 keeps tramso.log, .1 and .2.
    RotatingFile(std::string path, std::uint64_t max_bytes, int files_kept);
    ~RotatingFile();
    RotatingFile(const RotatingFile&) = delete;
    RotatingFile& operator=(const RotatingFile&) = delete;

    // Appends one line (which should end in '\n'). Opens the file (and its folder) on first
    // use; rotates first if the line would push the file past max_bytes. A line larger than
    // max_bytes still goes whole into a fresh file.
    Status write(std::string_view line);
    void close();

    bool is_open() const { return m_fd >= 0; }
    const std::string& path() const { return m_path; }
    std::string rotated_path(int index) const;  // index 0 is path() itself

private:
    Status open();
    Status rotate();
    Error error(const std::string& what, int err) const;

    std::string m_path;
    std::uint64_t m_max_bytes;
    int m_files_kept;
    int m_fd = -1;
    std::uint64_t m_size = 0;
};

}  // namespace tramso::platform
