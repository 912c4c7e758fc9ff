#include "platform/log_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace tramso::platform {

RotatingFile::RotatingFile(std::string path, std::uint64_t max_bytes, int files_kept)
    : m_path(std::move(path)),
      m_max_bytes(std::max<std::uint64_t>(1, max_bytes)),
      m_files_kept(std::max(1, files_kept)) {}

RotatingFile::~RotatingFile() { close(); }

void RotatingFile::close() {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
    m_size = 0;
}

std::string RotatingFile::rotated_path(int index) const {
    return index == 0 ? m_path : m_path + "." + std::to_string(index);
}

Error RotatingFile::error(const std::string& what, int err) const {
    return Error{m_path, what + ": " + std::strerror(err) +
                             "; check that the folder exists, is writable and the disk is not full"};
}

Status RotatingFile::open() {
    const std::filesystem::path parent = std::filesystem::path(m_path).parent_path();
    if (!parent.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(parent, ec);  // fails below with a clearer errno
    }
    // 0640: the log names lessons and errors, not learners, but it is nobody else's business.
    m_fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
    if (m_fd < 0) return error("cannot open the log file", errno);
    struct stat st {};
    m_size = ::fstat(m_fd, &st) == 0 ? std::uint64_t(st.st_size) : 0;
    return Ok{};
}

Status RotatingFile::rotate() {
    close();
    // Shift .1 → .2 and so on; rename() replaces the oldest, so at most files_kept remain.
    for (int i = m_files_kept - 1; i >= 1; --i) {
        const std::string from = rotated_path(i - 1);
        if (::rename(from.c_str(), rotated_path(i).c_str()) != 0 && errno != ENOENT)
            return error("cannot rotate the log file", errno);
    }
    if (m_files_kept == 1 && ::unlink(m_path.c_str()) != 0 && errno != ENOENT)
        return error("cannot rotate the log file", errno);
    return open();
}

Status RotatingFile::write(std::string_view line) {
    if (m_fd < 0) {
        if (Status s = open(); !s) return s;
    }
    if (m_size > 0 && m_size + line.size() > m_max_bytes) {
        if (Status s = rotate(); !s) return s;
    }
    const char* p = line.data();
    std::size_t left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            close();  // reopen next time: the disk may have room again, or the file was removed
            return error("cannot write the log file", err);
        }
        p += n;
        left -= std::size_t(n);
        m_size += std::uint64_t(n);
    }
    return Ok{};
}

}  // namespace tramso::platform
