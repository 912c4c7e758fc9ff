// Which processes descend from a given one, read from /proc. The session launcher uses it to
// reach the kiosk behind the compositor, and whatever the compositor left behind.
#pragma once

#include <sys/types.h>

#include <vector>

namespace tramso::platform {

// Every live descendant of root (children, grandchildren, …), parents before their children.
// Zombies are included until reaped; root itself is not.
std::vector<pid_t> descendants_of(pid_t root);

// Sends sig to each pid, ignoring ones that are already gone.
void signal_all(const std::vector<pid_t>& pids, int sig);

}  // namespace tramso::platform
