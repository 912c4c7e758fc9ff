#include "core/regular_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tramso {
namespace {

std::string kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a pipe (FIFO)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    return "not a regular file";
}

class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0) ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

}  // namespace

Result<std::string> read_regular_file(const std::string& path, std::size_t max_bytes) {
    // Non-blocking so that opening a FIFO returns at once; fstat on the open file then decides,
    // so the answer is about the file read, not one swapped in after a check.
    Fd fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        return Error{
            path, std::string("cannot be read (") + std::strerror(errno) + "); check that it exists and can be read"};
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return Error{path, std::string("cannot be read (") + std::strerror(errno) + ")"};
    if (!S_ISREG(st.st_mode))
        return Error{path, "is " + kind_of(st.st_mode) + ", not a file; give the path of a text file"};
    if (static_cast<std::size_t>(st.st_size) > max_bytes)
        return Error{path, "is too big (" + std::to_string(st.st_size) + " bytes; at most " +
                               std::to_string(max_bytes) + " are read); is this the right file?"};
    std::string text(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t got = 0;
    while (got < text.size()) {
        const ssize_t n = ::read(fd.get(), text.data() + got, text.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return Error{path, std::string("cannot be read (") + std::strerror(errno) + ")"};
        if (n == 0) break;  // shrank while being read: what is there is what there is
        got += static_cast<std::size_t>(n);
    }
    text.resize(got);
    return text;
}

}  // namespace tramso
