#include "print/file_backend.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tramso {

Status FileBackend::send(std::span<const std::uint8_t> bytes) {
    const int fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        return Error{m_path, std::string("cannot create the slip file: ") + std::strerror(errno) +
                                 ". Check that the folder exists and is writable."};
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : EIO;
            ::close(fd);
            return Error{m_path, std::string("cannot write the slip file: ") + std::strerror(err) + " (" +
                                     std::to_string(done) + " of " + std::to_string(bytes.size()) + " bytes written)."};
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) {
        return Error{m_path, std::string("cannot finish the slip file: ") + std::strerror(errno) + "."};
    }
    return Ok{};
}

}  // namespace tramso
