#include "platform/process_tree.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <utility>

namespace tramso::platform {

namespace {

// The parent pid from /proc/PID/stat. The command name (field 2) may hold spaces and ')',
// so the fields are counted from the last ')'.
bool read_parent(pid_t pid, pid_t& parent) {
    const std::string path = "/proc/" + std::to_string(pid) + "/stat";
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    char buf[1024];
    const ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    if (n <= 0) return false;
    buf[n] = '\0';
    const char* close_paren = std::strrchr(buf, ')');
    if (!close_paren || close_paren[1] != ' ' || !close_paren[2] || close_paren[3] != ' ') return false;
    parent = pid_t(std::strtol(close_paren + 4, nullptr, 10));  // ") S PPID …"
    return true;
}

}  // namespace

std::vector<pid_t> descendants_of(pid_t root) {
    std::unordered_multimap<pid_t, pid_t> children;
    if (DIR* dir = ::opendir("/proc")) {
        while (const dirent* e = ::readdir(dir)) {
            char* end = nullptr;
            const long pid = std::strtol(e->d_name, &end, 10);
            if (pid <= 0 || *end != '\0') continue;
            pid_t parent = 0;
            if (read_parent(pid_t(pid), parent)) children.emplace(parent, pid_t(pid));
        }
        ::closedir(dir);
    }
    std::vector<pid_t> out;
    std::vector<pid_t> queue{root};
    for (std::size_t i = 0; i < queue.size(); ++i) {
        auto [first, last] = children.equal_range(queue[i]);
        for (auto it = first; it != last; ++it) {
            out.push_back(it->second);
            queue.push_back(it->second);
        }
    }
    return out;
}

void signal_all(const std::vector<pid_t>& pids, int sig) {
    for (pid_t pid : pids) ::kill(pid, sig);
}

}  // namespace tramso::platform
