// Leaves one line behind when the kiosk dies of a fatal signal (SIGSEGV, SIGBUS, SIGFPE,
// SIGILL, SIGABRT), so the journal or the log file says why the screen went dark for two
// seconds before systemd restarted it. The handler only calls async-signal-safe functions
// (write, open, clock_gettime), then hands the signal on to whatever handled it before (the
// default action, or a sanitizer's report), so core dumps and exit statuses are unchanged.
#pragma once

#include <string>

#include "core/civil_time.h"
#include "core/result.h"

namespace tramso::platform {

struct CrashGuardOptions {
    std::string log_path;                               // also append the line here (Logger::file_path()); may be empty
    bool journal_prefix = false;                        // prefix the stderr line with "<2>" (Logger::to_journal())
    int utc_offset_minutes = kVietnamUtcOffsetMinutes;  // for the file line's time stamp, as in the log
};

// Installs the handlers, replacing an earlier install. Fails only if the path is too long or
// sigaction() refuses.
Status install_crash_guard(const CrashGuardOptions& options);

}  // namespace tramso::platform
