// The kiosk's log: journal lines under systemd, a size-capped rotated file otherwise, one line
// plus a count for a fault that repeats, stderr when the file cannot be written, many threads.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <regex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "platform/log.h"
#include "platform_test_util.h"

using namespace platform_test;
using tramso::ManualClock;
using tramso::platform::Logger;
using tramso::platform::LogLevel;
using tramso::platform::LogOptions;

namespace {

// A file standing in for stderr, so a test can read what went there.
struct CapturedStderr {
    TempDir dir;
    std::string path = dir.file("stderr");
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    ~CapturedStderr() { ::close(fd); }
    std::string text() const { return read_text(path); }
};

LogOptions file_options(const std::string& path, int stderr_fd) {
    LogOptions o;
    o.sink = LogOptions::Sink::file;
    o.file_path = path;
    o.stderr_fd = stderr_fd;
    return o;
}

// A file line without its time stamp: "LEVEL message" after "YYYY-MM-DD HH:MM:SS.mmm ".
std::string message_of(const std::string& line) { return line.size() > 24 ? line.substr(24) : ""; }

}  // namespace

TEST_CASE("file lines carry the kiosk's local time and the level") {
    TempDir dir;
    CapturedStderr err;
    ManualClock clock(1'790'000'000'000);  // 2026-09-21 14:13:20 UTC
    {
        Logger log(clock, file_options(dir.file("tramso.log"), err.fd));
        clock.advance(123);
        log.warn("máy in hết giấy");
        log.debug("hidden below the default level");
    }
    const auto lines = lines_of(read_text(dir.file("tramso.log")));
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "2026-09-21 21:13:20.123 WARN  máy in hết giấy");
    CHECK(tramso::platform::format_log_stamp(0, 0) == "1970-01-01 00:00:00.000");
    CHECK(err.text().empty());
}

TEST_CASE("under systemd lines go to stderr with journald priority prefixes") {
    CapturedStderr err;
    ManualClock clock;
    LogOptions o;
    o.sink = LogOptions::Sink::journal;
    o.stderr_fd = err.fd;
    o.min_level = LogLevel::debug;
    {
        Logger log(clock, o);
        CHECK(log.to_journal());
        CHECK(log.file_path().empty());
        log.error("database locked");
        log.warn("printer offline");
        log.info("session started");
        log.debug("frame 1");
        log.info("two\nlines");
    }
    CHECK(err.text() == "<3>database locked\n<4>printer offline\n<6>session started\n<7>frame 1\n<6>two | lines\n");
}

TEST_CASE("the sink is chosen from the environment systemd sets") {
    TempDir dir;
    ManualClock clock;
    LogOptions o;
    o.file_path = dir.file("tramso.log");
    {
        EnvVar a("JOURNAL_STREAM", nullptr), b("INVOCATION_ID", nullptr);
        Logger log(clock, o);
        CHECK_FALSE(log.to_journal());
        CHECK(log.file_path() == o.file_path);
    }
    {
        EnvVar a("JOURNAL_STREAM", "8:12345"), b("INVOCATION_ID", nullptr);
        CHECK(Logger(clock, o).to_journal());
    }
    {
        EnvVar a("JOURNAL_STREAM", nullptr), b("INVOCATION_ID", "0123456789abcdef");
        CHECK(Logger(clock, o).to_journal());
    }
}

TEST_CASE("a fault that repeats a hundred thousand times is one line and a count") {
    TempDir dir;
    CapturedStderr err;
    ManualClock clock;
    {
        Logger log(clock, file_options(dir.file("tramso.log"), err.fd));
        for (int i = 0; i < 100'000; ++i) log.error("printer offline: /dev/usb/lp0");
        log.info("printer back");
        log.error("printer offline: /dev/usb/lp0");  // again, but after a different line
        log.warn("printer offline: /dev/usb/lp0");   // same text, other level: not a repeat
    }
    const auto lines = lines_of(read_text(dir.file("tramso.log")));
    REQUIRE(lines.size() == 5);
    CHECK(message_of(lines[0]) == "ERROR printer offline: /dev/usb/lp0");
    CHECK(message_of(lines[1]) == "ERROR repeated 99999 more times: printer offline: /dev/usb/lp0");
    CHECK(message_of(lines[2]) == "INFO  printer back");
    CHECK(message_of(lines[3]) == "ERROR printer offline: /dev/usb/lp0");
    CHECK(message_of(lines[4]) == "WARN  printer offline: /dev/usb/lp0");
}

TEST_CASE("a repeat summary comes out once the window passes, even with nothing else logged") {
    TempDir dir;
    CapturedStderr err;
    ManualClock clock;
    LogOptions o = file_options(dir.file("tramso.log"), err.fd);
    o.repeat_window_ms = 60'000;
    Logger log(clock, o);
    for (int i = 0; i < 5; ++i) log.warn("camera not found");
    clock.advance(30'000);
    log.tick();
    CHECK(lines_of(read_text(o.file_path)).size() == 1);  // still inside the window
    clock.advance(31'000);
    log.tick();
    auto lines = lines_of(read_text(o.file_path));
    REQUIRE(lines.size() == 2);
    CHECK(message_of(lines[1]) == "WARN  repeated 4 more times: camera not found");

    // A steady flood gives one summary per window, not one line per copy.
    for (int minute = 0; minute < 3; ++minute) {
        for (int i = 0; i < 100; ++i) {
            clock.advance(600);
            log.warn("camera not found");
        }
    }
    lines = lines_of(read_text(o.file_path));
    CHECK(lines.size() <= 6);
    // A line that comes back after a quiet spell is written as itself.
    log.flush();
    clock.advance(120'000);
    log.warn("camera not found");
    lines = lines_of(read_text(o.file_path));
    CHECK(message_of(lines.back()) == "WARN  camera not found");
}

TEST_CASE("the log file is capped in size and rotated, keeping three files") {
    TempDir dir;
    CapturedStderr err;
    ManualClock clock;
    LogOptions o = file_options(dir.file("log/tramso.log"), err.fd);  // folder made on demand
    o.max_file_bytes = 400;
    o.files_kept = 3;
    {
        Logger log(clock, o);
        for (int i = 0; i < 100; ++i) log.info("line " + std::to_string(i));
    }
    namespace fs = std::filesystem;
    CHECK(fs::exists(o.file_path));
    CHECK(fs::exists(o.file_path + ".1"));
    CHECK(fs::exists(o.file_path + ".2"));
    CHECK_FALSE(fs::exists(o.file_path + ".3"));
    for (const char* suffix : {"", ".1", ".2"}) CHECK(fs::file_size(o.file_path + suffix) <= 400);
    // Oldest to newest across the three files: consecutive lines ending with the last one.
    const std::string all = read_text(o.file_path + ".2") + read_text(o.file_path + ".1") + read_text(o.file_path);
    const auto lines = lines_of(all);
    REQUIRE(!lines.empty());
    CHECK(message_of(lines.back()) == "INFO  line 99");
    const int first = std::stoi(message_of(lines.front()).substr(11));
    for (std::size_t i = 0; i < lines.size(); ++i)
        CHECK(message_of(lines[i]) == "INFO  line " + std::to_string(first + int(i)));
    CHECK(err.text().empty());
}

TEST_CASE("an unwritable log file falls back to stderr once and logging goes on") {
    TempDir dir;
    CapturedStderr err;
    ManualClock clock;
    // As root, permissions do not stop a write; a regular file where the folder should be does.
    write_text(dir.file("var"), "not a folder");
    LogOptions o = file_options(dir.file("var/log/tramso.log"), err.fd);
    o.retry_file_after_ms = 60'000;
    Logger log(clock, o);
    log.error("first");
    log.info("second");
    clock.advance(61'000);
    log.info("third, after a failed retry");
    std::string text = err.text();
    CHECK(count_of(text, "cannot open the log file") == 1);
    CHECK(count_of(text, "var/log/tramso.log") == 1);
    CHECK(text.find("ERROR first") != std::string::npos);
    CHECK(text.find("INFO  second") != std::string::npos);
    CHECK(text.find("INFO  third, after a failed retry") != std::string::npos);

    // The disk is fixed: the next retry writes to the file again and says what it missed.
    std::filesystem::remove(dir.file("var"));
    clock.advance(61'000);
    log.info("fourth");
    const auto lines = lines_of(read_text(o.file_path));
    REQUIRE(lines.size() == 2);
    CHECK(message_of(lines[0]) == "WARN  log file writable again; 3 lines went to stderr meanwhile");
    CHECK(message_of(lines[1]) == "INFO  fourth");
    CHECK(err.text().find("fourth") == std::string::npos);
}

TEST_CASE("long and multi-line messages stay one bounded line without splitting a character") {
    CapturedStderr err;
    ManualClock clock;
    LogOptions o;
    o.sink = LogOptions::Sink::journal;
    o.stderr_fd = err.fd;
    {
        Logger log(clock, o);
        std::string huge;
        while (huge.size() < 10'000) huge += "ệ";  // 3 bytes each
        log.error(huge);
    }
    const std::string text = err.text();
    CHECK(count_of(text, "\n") == 1);
    CHECK(text.size() < 4200);
    CHECK(text.substr(text.size() - 4) == "…\n");
    const std::string body = text.substr(3, text.size() - 3 - 4);  // between "<3>" and "…\n"
    CHECK(text.substr(0, 3) == "<3>");
    CHECK(body.size() % 3 == 0);
    for (std::size_t i = 0; i < body.size(); i += 3) REQUIRE(body.substr(i, 3) == "ệ");
}

TEST_CASE("several threads logging at once lose no line and tear none") {
    TempDir dir;
    CapturedStderr err;
    tramso::SystemClock clock;
    LogOptions o = file_options(dir.file("tramso.log"), err.fd);
    o.max_file_bytes = 64 * 1024;
    o.files_kept = 50;  // keep everything, so every line can be counted
    constexpr int kThreads = 8, kLines = 500;
    {
        Logger log(clock, o);
        auto store_sink = log.sink(LogLevel::warn);  // what the store's writer thread gets
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kLines; ++i) {
                    const std::string m = "thread " + std::to_string(t) + " line " + std::to_string(i);
                    if (i % 2)
                        log.info(m);
                    else
                        store_sink(m);
                    log.error("shared fault");  // the same line from every thread
                }
            });
        }
        for (auto& th : threads) th.join();
    }
    std::string all;
    for (int i = 49; i >= 1; --i) all += read_text(o.file_path + "." + std::to_string(i));
    all += read_text(o.file_path);
    const std::regex line_re(
        R"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} (INFO |WARN |ERROR) (thread \d line \d+|shared fault|repeated (\d+) more times?: shared fault))");
    std::set<std::string> seen;
    long long shared = 0;
    for (const auto& line : lines_of(all)) {
        std::smatch m;
        REQUIRE_MESSAGE(std::regex_match(line, m, line_re), line);
        if (m[3].matched)
            shared += std::stoll(m[3].str());
        else if (m[2].str() == "shared fault")
            ++shared;
        else
            CHECK(seen.insert(m[2].str()).second);
    }
    CHECK(seen.size() == std::size_t(kThreads * kLines));
    CHECK(shared == kThreads * kLines);
    CHECK(err.text().empty());
}
