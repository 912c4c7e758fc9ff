#include "platform/log.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace tramso::platform {

namespace {

// A runaway message (a whole file dumped into an error) must not flood the disk either.
constexpr std::size_t kMaxMessageBytes = 4096;

int syslog_priority(LogLevel level) {
    switch (level) {
        case LogLevel::error:
            return 3;
        case LogLevel::warn:
            return 4;
        case LogLevel::info:
            return 6;
        case LogLevel::debug:
            return 7;
    }
    return 6;
}

bool started_by_systemd() {
    const char* stream = std::getenv("JOURNAL_STREAM");
    const char* invocation = std::getenv("INVOCATION_ID");
    return (stream && *stream) || (invocation && *invocation);
}

// One log line per message: line breaks would split a journal entry (and lose its priority)
// or fake a new line in the file.
std::string one_line(std::string_view message) {
    std::string out;
    out.reserve(std::min(message.size(), kMaxMessageBytes) + 8);
    // Gather a few bytes past the limit, so the cut below can see where the next character starts.
    for (char c : message) {
        if (out.size() > kMaxMessageBytes + 4) break;
        if (c == '\n')
            out += " | ";
        else if (c == '\r')
            continue;
        else if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
            out += ' ';
        else
            out += c;
    }
    if (out.size() > kMaxMessageBytes) {
        std::size_t cut = kMaxMessageBytes;
        // Never cut a UTF-8 sequence in half: back up to the start of the character.
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        out.resize(cut);
        out += "…";
    }
    return out;
}

std::string summary_text(std::uint64_t repeats, const std::string& text) {
    return "repeated " + std::to_string(repeats) + (repeats == 1 ? " more time: " : " more times: ") + text;
}

}  // namespace

std::string_view level_name(LogLevel level) {
    switch (level) {
        case LogLevel::error:
            return "ERROR";
        case LogLevel::warn:
            return "WARN";
        case LogLevel::info:
            return "INFO";
        case LogLevel::debug:
            return "DEBUG";
    }
    return "INFO";
}

std::string format_log_stamp(Millis wall_ms, int utc_offset_minutes) {
    const LocalDateTime t = local_date_time(wall_ms, utc_offset_minutes);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%s %02d:%02d:%02d.%03d", format_date(t.date).c_str(), t.hour(), t.minute(),
                  t.second(), t.millisecond());
    return buf;
}

Logger::Logger(const Clock& clock, LogOptions options) : m_clock(clock), m_options(std::move(options)) {
    using Sink = LogOptions::Sink;
    m_journal = m_options.sink == Sink::journal || (m_options.sink == Sink::automatic && started_by_systemd());
    if (!m_journal && !m_options.file_path.empty())
        m_file.emplace(m_options.file_path, m_options.max_file_bytes, m_options.files_kept);
}

Logger::~Logger() { flush(); }

std::string Logger::file_path() const { return m_file ? m_file->path() : std::string(); }

std::function<void(std::string_view)> Logger::sink(LogLevel level) {
    return [this, level](std::string_view message) { log(level, message); };
}

void Logger::log(LogLevel level, std::string_view message) noexcept {
    if (level > m_options.min_level) return;
    try {
        std::string text = one_line(message);
        std::lock_guard lock(m_mutex);
        const Millis now = m_clock.monotonic_ms();
        const Millis wall = m_clock.wall_ms();
        if (m_have_last && level == m_last_level && text == m_last_text) {
            if (now - m_window_start_ms < m_options.repeat_window_ms) {
                ++m_repeats;
                m_last_repeat_wall_ms = wall;
                return;
            }
            // The window has passed. A flood gets one summary per window; a line that merely
            // comes back after a quiet spell is written as itself.
            m_window_start_ms = now;
            if (m_repeats > 0) {
                ++m_repeats;
                m_last_repeat_wall_ms = wall;
                emit_summary_locked();
            } else {
                emit_locked(level, text, wall);
            }
            return;
        }
        if (m_repeats > 0) emit_summary_locked();
        emit_locked(level, text, wall);
        m_have_last = true;
        m_last_level = level;
        m_last_text = std::move(text);
        m_window_start_ms = now;
    } catch (...) {
        // Out of memory while logging: losing one line beats taking the kiosk down.
    }
}

void Logger::tick() noexcept {
    try {
        std::lock_guard lock(m_mutex);
        if (m_repeats == 0) return;
        const Millis now = m_clock.monotonic_ms();
        if (now - m_window_start_ms < m_options.repeat_window_ms) return;
        m_window_start_ms = now;
        emit_summary_locked();
    } catch (...) {}
}

void Logger::flush() noexcept {
    try {
        std::lock_guard lock(m_mutex);
        if (m_repeats == 0) return;
        m_window_start_ms = m_clock.monotonic_ms();
        emit_summary_locked();
    } catch (...) {}
}

void Logger::emit_summary_locked() {
    const std::uint64_t repeats = m_repeats;
    m_repeats = 0;
    emit_locked(m_last_level, summary_text(repeats, m_last_text), m_last_repeat_wall_ms);
}

void Logger::emit_locked(LogLevel level, const std::string& text, Millis wall_ms) {
    if (m_journal) {
        // journald reads the priority from the prefix and adds its own time stamp.
        write_stderr("<" + std::to_string(syslog_priority(level)) + ">" + text + "\n");
        return;
    }
    std::string line = format_log_stamp(wall_ms, m_options.utc_offset_minutes);
    line += ' ';
    const std::string_view name = level_name(level);
    line += name;
    line.append(6 - name.size(), ' ');
    line += text;
    line += '\n';
    if (!m_file) return write_stderr(line);
    write_file_locked(line);
    if (m_options.echo_to_stderr && !m_file_failed) write_stderr(line);
}

void Logger::write_file_locked(const std::string& line) {
    const Millis now = m_clock.monotonic_ms();
    if (m_file_failed) {
        if (now - m_file_failed_at_ms < m_options.retry_file_after_ms) {
            ++m_lines_diverted;
            return write_stderr(line);
        }
        // Retry: say in the file itself that lines are missing from it, then carry on.
        const std::string note = format_log_stamp(m_clock.wall_ms(), m_options.utc_offset_minutes) +
                                 " WARN  log file writable again; " + std::to_string(m_lines_diverted) +
                                 " lines went to stderr meanwhile\n";
        if (!m_file->write(note)) {
            m_file_failed_at_ms = now;
            ++m_lines_diverted;
            return write_stderr(line);
        }
        m_file_failed = false;
        m_lines_diverted = 0;
    }
    Status s = m_file->write(line);
    if (s) return;
    // Said once per outage, not once per line.
    write_stderr(format_log_stamp(m_clock.wall_ms(), m_options.utc_offset_minutes) + " ERROR " + s.error().to_string() +
                 "; logging to stderr until the file can be written again\n");
    m_file_failed = true;
    m_file_failed_at_ms = now;
    m_lines_diverted = 1;
    write_stderr(line);
}

void Logger::write_stderr(std::string_view line) const {
    // One write() per line, so lines from several threads or processes never interleave.
    const char* p = line.data();
    std::size_t left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(m_options.stderr_fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;  // nowhere left to complain to
        p += n;
        left -= std::size_t(n);
    }
}

}  // namespace tramso::platform
