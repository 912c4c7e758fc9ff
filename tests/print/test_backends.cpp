#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

#include "common/scratch_dir.h"
#include "print/cups_backend.h"
#include "print/device_backend.h"
#include "print/escpos.h"
#include "print/file_backend.h"

using namespace tramso;

namespace {

Bytes sample_bytes(std::size_t n) {
    Bytes b(n);
    for (std::size_t i = 0; i < n; ++i) b[i] = static_cast<std::uint8_t>(i * 7 + 3);
    return b;
}

Bytes read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A stand-in for `lp`: a shell script written into the scratch directory.
std::string fake_lp(const test::ScratchDir& dir, const std::string& body) {
    const std::string path = dir.file("fake-lp");
    std::ofstream(path) << "#!/bin/sh\n" << body << "\n";
    ::chmod(path.c_str(), 0755);
    return path;
}

}  // namespace

TEST_CASE("the file backend writes exactly the bytes, replacing the previous slip") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    const std::string path = dir.file("slip.bin");
    FileBackend file(path);
    const Bytes first = sample_bytes(5000);
    REQUIRE(file.send(first).ok());
    CHECK(read_all(path) == first);
    const Bytes second = sample_bytes(10);
    REQUIRE(file.send(second).ok());
    CHECK(read_all(path) == second);

    FileBackend nowhere(dir.file("missing/slip.bin"));
    auto st = nowhere.send(first);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().where == dir.file("missing/slip.bin"));
}

TEST_CASE("a missing printer device is an error naming the path and what to check") {
    DeviceBackend printer("/dev/usb/lp-does-not-exist", 1000);
    auto st = printer.send(sample_bytes(100));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().where == "/dev/usb/lp-does-not-exist");
    CHECK(st.error().message.find("no printer at this path") != std::string::npos);
    CHECK(st.error().message.find("USB") != std::string::npos);
}

TEST_CASE("the device backend writes all bytes to a device-like file") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    const std::string path = dir.file("lp0");
    { std::ofstream touch(path); }
    const Bytes bytes = sample_bytes(200'000);
    REQUIRE(DeviceBackend(path, 1000).send(bytes).ok());
    CHECK(read_all(path) == bytes);
}

TEST_CASE("a device without permission says how to grant it") {
    if (::geteuid() == 0) {
        MESSAGE("running as root: permission check skipped (root may write anything)");
        return;
    }
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    const std::string path = dir.file("lp0");
    { std::ofstream touch(path); }
    ::chmod(path.c_str(), 0444);
    auto st = DeviceBackend(path, 1000).send(sample_bytes(10));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.find("'lp' group") != std::string::npos);
}

TEST_CASE("a printer that stops taking data times out with how much was sent") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    const std::string fifo = dir.file("stalled");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);

    // Nobody listening at all: the printer is off.
    auto off = DeviceBackend(fifo, 200).send(sample_bytes(10));
    REQUIRE_FALSE(off.ok());
    CHECK(off.error().message.find("not answering") != std::string::npos);

    // A reader that never reads: the pipe fills like a printer buffer with no paper moving.
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    const auto start = std::chrono::steady_clock::now();
    auto stalled = DeviceBackend(fifo, 200).send(sample_bytes(1'000'000));
    const auto took = std::chrono::steady_clock::now() - start;
    ::close(reader);
    REQUIRE_FALSE(stalled.ok());
    CHECK(stalled.error().where == fifo);
    CHECK(stalled.error().message.find("within 0.2 s") != std::string::npos);
    CHECK(stalled.error().message.find("of 1000000 bytes sent") != std::string::npos);
    CHECK(took < std::chrono::seconds(3));
}

TEST_CASE("a printer that goes away mid-slip is an error, not a SIGPIPE crash") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    const std::string fifo = dir.file("unplugged");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    std::thread unplug([reader] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        ::close(reader);
    });
    auto st = DeviceBackend(fifo, 5000).send(sample_bytes(1'000'000));
    unplug.join();
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.find("went away") != std::string::npos);
}

TEST_CASE("a missing lp command is an error naming cups-client") {
    CupsBackend missing("slip58", 1000, "/nonexistent/bin/lp");
    auto st = missing.send(sample_bytes(10));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().where == "/nonexistent/bin/lp");
    CHECK(st.error().message.find("apt-get install cups-client") != std::string::npos);
}

TEST_CASE("the CUPS backend hands the exact bytes to lp -d QUEUE -o raw") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    const std::string lp = fake_lp(dir,
                                   "printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args.txt\"\n"
                                   "cat > \"$(dirname \"$0\")/job.bin\"\n"
                                   "echo 'request id is slip58-1 (1 file(s))'");
    const Bytes bytes = sample_bytes(300'000);
    auto st = CupsBackend("slip58", 5000, lp).send(bytes);
    INFO((st.ok() ? std::string() : st.error().to_string()));
    REQUIRE(st.ok());
    CHECK(read_text(dir.file("args.txt")) == "-d\nslip58\n-o\nraw\n");
    CHECK(read_all(dir.file("job.bin")) == bytes);
}

TEST_CASE("lp failing, not reading or hanging becomes a clear error") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    SUBCASE("unknown queue") {
        const std::string lp = fake_lp(dir, "echo 'lp: The printer or class does not exist.' >&2; exit 1");
        auto st = CupsBackend("nope", 5000, lp).send(sample_bytes(100));
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().where == "CUPS queue 'nope'");
        CHECK(st.error().message.find("exit 1") != std::string::npos);
        CHECK(st.error().message.find("does not exist") != std::string::npos);
    }
    SUBCASE("exits without reading the slip (SIGPIPE must not kill us)") {
        const std::string lp = fake_lp(dir, "exit 0");
        auto st = CupsBackend("slip58", 5000, lp).send(sample_bytes(2'000'000));
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.find("stopped reading") != std::string::npos);
    }
    SUBCASE("hangs") {
        const std::string lp = fake_lp(dir, "exec sleep 10");
        const auto start = std::chrono::steady_clock::now();
        auto st = CupsBackend("slip58", 300, lp).send(sample_bytes(10));
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(3));
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.find("did not finish") != std::string::npos);
    }
}

TEST_CASE("the backend is chosen by configuration and an empty target is refused") {
    auto device = make_printer_backend(PrinterOutput{PrinterOutputKind::device, "/dev/usb/lp0", 1000, "lp"});
    REQUIRE(device.ok());
    CHECK((*device)->describe() == "printer device /dev/usb/lp0");
    auto cups = make_printer_backend(PrinterOutput{PrinterOutputKind::cups, "slip58", 1000, "lp"});
    REQUIRE(cups.ok());
    CHECK((*cups)->describe() == "CUPS queue 'slip58'");
    auto file = make_printer_backend(PrinterOutput{PrinterOutputKind::file, "out.bin", 1000, "lp"});
    REQUIRE(file.ok());
    CHECK((*file)->describe() == "file out.bin");
    CHECK_FALSE(make_printer_backend(PrinterOutput{PrinterOutputKind::device, "", 1000, "lp"}).ok());
    CHECK_FALSE(make_printer_backend(PrinterOutput{PrinterOutputKind::device, "/dev/x", 0, "lp"}).ok());
}
