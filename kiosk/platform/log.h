// The kiosk's log. Under systemd each line goes to stderr with a syslog priority prefix
// ("<3>…"), which journald files at the right level and stamps itself; run by hand, lines
// get a local time stamp and go to a size-capped, rotated file (see log_file.h).
//
// A kiosk stands unattended for months, so the log must not become the fault:
//  - a line that repeats (same level and text) is written once; the copies that follow within
//    the repeat window are counted and summarised ("repeated 1234 more times: …") when a
//    different line arrives, when the window passes (tick()) or on flush();
//  - if the file cannot be written (disk full, folder gone), it says so on stderr once, keeps
//    logging to stderr and tries the file again later;
//  - it never throws and every member is safe to call from any thread (the frame loop, the
//    store's writer thread and the print worker share one Logger).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "core/civil_time.h"
#include "core/clock.h"
#include "platform/log_file.h"

namespace tramso::platform {

enum class LogLevel { error, warn, info, debug };  // most to least severe

std::string_view level_name(LogLevel level);  // "ERROR", "WARN", "INFO", "DEBUG"

struct LogOptions {
    enum class Sink {
        automatic,  // journal when systemd started us (JOURNAL_STREAM or INVOCATION_ID set), else
                    // file
        journal,    // stderr with "<N>" priority prefixes
        file,       // file_path, rotated; stderr with time stamps if file_path is empty
    };
    Sink sink = Sink::automatic;
    std::string file_path;                              // e.g. var/log/tramso.log; its folder is created
    std::uint64_t max_file_bytes = 1 << 20;             // per file
    int files_kept = 3;                                 // tramso.log, tramso.log.1, tramso.log.2
    Millis repeat_window_ms = 60'000;                   // identical lines within this are counted, not written
    LogLevel min_level = LogLevel::info;                // less severe lines are dropped
    int utc_offset_minutes = kVietnamUtcOffsetMinutes;  // stamps in the kiosk's local time
    bool echo_to_stderr = false;                        // file sink: copy lines to stderr too (development)
    Millis retry_file_after_ms = 5 * 60'000;            // after a write failure, try the file again then
    int stderr_fd = 2;                                  // tests point "stderr" elsewhere
};

class Logger {
public:
    // Reads the environment now when opts.sink is automatic. The clock supplies wall time for
    // the stamps and monotonic time for the repeat window and the file retry.
    Logger(const Clock& clock, LogOptions options);
    ~Logger();  // flushes a pending repeat summary
    Logger(const Logger&) = delete;
    Logger& operator=(const Logger&) = delete;

    void log(LogLevel level, std::string_view message) noexcept;
    void error(std::string_view message) noexcept { log(LogLevel::error, message); }
    void warn(std::string_view message) noexcept { log(LogLevel::warn, message); }
    void info(std::string_view message) noexcept { log(LogLevel::info, message); }
    void debug(std::string_view message) noexcept { log(LogLevel::debug, message); }

    // Writes a pending repeat summary once its window has passed. Cheap: call it from the
    // frame loop so a fault that stopped repeating is still reported within a window.
    void tick() noexcept;
    // Writes a pending repeat summary now (before exit, before a backup is taken).
    void flush() noexcept;

    // A callback for modules that take one (StoreOptions::log). The Logger must outlive it.
    std::function<void(std::string_view)> sink(LogLevel level);

    bool to_journal() const { return m_journal; }
    // The log file in use, for the crash guard; empty under the journal or without a file.
    std::string file_path() const;

private:
    void emit_locked(LogLevel level, const std::string& text, Millis wall_ms);
    void emit_summary_locked();
    void write_file_locked(const std::string& line);
    void write_stderr(std::string_view line) const;

    const Clock& m_clock;
    const LogOptions m_options;
    bool m_journal = false;
    mutable std::mutex m_mutex;
    std::optional<RotatingFile> m_file;

    // Repeat suppression: the last line written and how many copies were held back since.
    bool m_have_last = false;
    LogLevel m_last_level = LogLevel::info;
    std::string m_last_text;
    Millis m_window_start_ms = 0;
    std::uint64_t m_repeats = 0;
    Millis m_last_repeat_wall_ms = 0;

    // File fallback: while the file cannot be written, lines go to stderr.
    bool m_file_failed = false;
    Millis m_file_failed_at_ms = 0;
    std::uint64_t m_lines_diverted = 0;
};

// "2026-09-21 14:03:05.123": wall time shifted by the offset, for log lines and tests.
std::string format_log_stamp(Millis wall_ms, int utc_offset_minutes);

}  // namespace tramso::platform
