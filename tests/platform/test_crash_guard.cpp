// A fatal signal leaves one line in the log and on stderr, and still ends the process the way
// it would have without the guard (so systemd sees the crash and restarts the kiosk).
#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <regex>
#include <string>

#include "platform/crash_guard.h"
#include "platform_test_util.h"

using namespace platform_test;
using tramso::platform::CrashGuardOptions;
using tramso::platform::install_crash_guard;

namespace {

// Runs `crash` in a child with the guard installed and its stderr in a file; returns the raw
// wait status. The child first puts the default actions back: doctest's own crash handlers
// (inherited through fork) and the sanitizers' would otherwise be "the previous handler".
template <class F>
int crash_in_child(const TempDir& dir, const CrashGuardOptions& options, F crash) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const int err = ::open(dir.file("stderr").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(err, STDERR_FILENO);
        for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) ::signal(sig, SIG_DFL);
        if (!install_crash_guard(options)) ::_exit(90);
        if (!install_crash_guard(options)) ::_exit(91);  // installing twice must not loop
        crash();
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return status;
}

}  // namespace

TEST_CASE("abort() leaves a stamped line in the log and still dies of SIGABRT") {
    TempDir dir;
    CrashGuardOptions o;
    o.log_path = dir.file("tramso.log");
    o.utc_offset_minutes = 420;
    const int status = crash_in_child(dir, o, [] { ::abort(); });
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGABRT);

    const std::string line = read_text(o.log_path);
    CHECK(std::regex_match(
        line,
        std::regex(R"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} ERROR tramso: fatal signal SIGABRT \(aborted\); .*\n)")));
    CHECK(read_text(dir.file("stderr")).find("tramso: fatal signal SIGABRT") == 0);
}

TEST_CASE("under the journal the stderr line is marked critical") {
    TempDir dir;
    CrashGuardOptions o;
    o.journal_prefix = true;
    const int status = crash_in_child(dir, o, [] { ::raise(SIGILL); });
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGILL);
    CHECK(read_text(dir.file("stderr")).find("<2>tramso: fatal signal SIGILL (illegal instruction)") == 0);
}

TEST_CASE("a real invalid memory access is logged and then kills the process as before") {
    TempDir dir;
    CrashGuardOptions o;
    o.log_path = dir.file("tramso.log");
    const int status = crash_in_child(dir, o, [] {
        volatile std::uintptr_t unmapped = 16;  // not null: no sanitizer check catches it first
        *reinterpret_cast<volatile int*>(unmapped) = 1;
    });
    // The handler returns, the access faults again, and the default action ends the process.
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGSEGV);
    CHECK(read_text(o.log_path).find("fatal signal SIGSEGV (invalid memory access)") != std::string::npos);
}
