// The slip printer adapter: real PrintWorker, real backends, the slip read back.
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <thread>

#include "app/slip_printer.h"
#include "common/scratch_dir.h"
#include "print/escpos_decode.h"
#include "print/slip.h"
#include "qr/zbar_decode.h"

using namespace tramso;
using namespace tramso::app;

namespace {

fx::PrintSlip sample_slip(std::uint64_t request) {
    fx::PrintSlip s;
    s.request = request;
    s.lesson_id = "goi-video-zalo";
    s.center_name = "Nhà văn hóa phường Láng Hạ";
    s.lesson_title = "Gọi video cho con cháu bằng Zalo";
    s.learned = "Vừa nói chuyện vừa nhìn thấy con cháu ở xa.";
    s.url = "https://hoctapso.vn/bai/goi-video-zalo?r=K7Q2XM";
    s.resume_code = "HJKM45";
    s.wall_ms = 1'790'000'000'000;
    return s;
}

// Polls like the frame loop until every slip has an outcome (the worker prints in real time).
std::vector<Event> outcomes(SlipPrinter& printer) {
    std::vector<Event> out;
    for (int i = 0; i < 1000 && printer.busy(); ++i) {
        for (Event& e : printer.poll(1'790'000'000'000)) out.push_back(std::move(e));
        if (printer.busy()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return out;
}

// A kiosk whose printer writes ESC/POS to `file` in the scratch folder.
Config file_printer(const test::ScratchDir& dir, const std::string& file) {
    Config config;
    config.printer.output = "file";
    config.printer.target = dir.file(file);
    return config;
}

}  // namespace

TEST_CASE("with output = file the slip is written as ESC/POS whose QR code scans to the link") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    Config config = file_printer(dir, "slip.bin");
    std::vector<std::string> log;
    SlipPrinter printer(config, [&](const std::string& line) { log.push_back(line); });
    CHECK(printer.status().configured);
    CHECK(printer.status().printer == "file " + config.printer.target);

    printer.apply({fx::PrintSlip(sample_slip(7))});
    CHECK(printer.busy());
    const auto events = outcomes(printer);
    REQUIRE(events.size() == 1);
    const auto& done = std::get<ev::PrintFinished>(events[0]);
    CHECK(done.request == 7);
    CHECK(done.lesson_id == "goi-video-zalo");
    CHECK(done.ok);
    CHECK(printer.status().printed == 1);
    CHECK(printer.status().ready);
    CHECK(log.empty());

    std::ifstream in(config.printer.target, std::ios::binary);
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), {}};
    auto decoded = test::decode_escpos(bytes, kPaperDots58mm);
    REQUIRE(decoded.ok());
    CHECK(decoded->initialised);
    CHECK(decoded->cut_is_last);
    const std::string png = dir.file("slip.png");
    REQUIRE(test::write_mono_png(decoded->paper, png, 16).ok());
    const auto scan = test::zbar_decode(png);
    if (!scan.available) {
        MESSAGE(test::kZbarMissing);
        return;
    }
    CHECK(scan.text == "https://hoctapso.vn/bai/goi-video-zalo?r=K7Q2XM");
}

TEST_CASE("a missing printer fails the slip with a reason staff can act on; the next one may work") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    Config config;
    config.printer.output = "device";
    config.printer.target = dir.file("lp0");  // nothing there: an unplugged USB printer
    config.printer.timeout_seconds = 1;
    std::vector<std::string> log;
    SlipPrinter printer(config, [&](const std::string& line) { log.push_back(line); });
    printer.apply({fx::PrintSlip(sample_slip(1))});
    auto events = outcomes(printer);
    REQUIRE(events.size() == 1);
    const auto& failed = std::get<ev::PrintFinished>(events[0]);
    CHECK_FALSE(failed.ok);
    CHECK(failed.error.find(config.printer.target) != std::string::npos);
    CHECK(failed.error.find("plugged in") != std::string::npos);
    CHECK_FALSE(printer.status().ready);
    CHECK(printer.status().failed == 1);
    CHECK(printer.status().last_error == failed.error);
    CHECK(printer.status().last_error_wall_ms == 1'790'000'000'000);
    REQUIRE(log.size() == 1);
    CHECK(log[0].find("goi-video-zalo") != std::string::npos);

    // Staff plug it in (here: a file where the device was) and the next slip prints.
    std::ofstream(config.printer.target).put('\0');
    printer.apply({fx::PrintSlip(sample_slip(2))});
    events = outcomes(printer);
    REQUIRE(events.size() == 1);
    CHECK(std::get<ev::PrintFinished>(events[0]).ok);
    CHECK(printer.status().ready);
    CHECK(printer.status().printed == 1);
    CHECK(printer.status().failed == 1);
}

TEST_CASE("without a printer nothing is sent, and a slip asked for anyway fails at once") {
    Config config;
    SlipPrinter printer(config, nullptr);
    CHECK_FALSE(printer.status().configured);
    CHECK_FALSE(printer.busy());
    printer.apply({fx::Record{rec::QrShown{"goi-video", "abc"}}});  // other effects are not its business
    CHECK_FALSE(printer.busy());
    printer.apply({fx::PrintSlip(sample_slip(3))});
    const auto events = outcomes(printer);
    REQUIRE(events.size() == 1);
    CHECK_FALSE(std::get<ev::PrintFinished>(events[0]).ok);
}

TEST_CASE("staff's test slip goes through the same worker and comes back as a staff notice") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    Config config = file_printer(dir, "test-slip.bin");
    config.kiosk.center_name = "Nhà văn hóa phường Láng Hạ";
    SlipPrinter printer(config, {});
    printer.apply({fx::StaffPrintTestSlip{1'790'000'000'000}});
    CHECK(printer.busy());  // returned at once: the frame loop never waits on the printer
    const auto events = outcomes(printer);
    REQUIRE(events.size() == 1);
    const auto& done = std::get<ev::StaffDone>(events[0]);
    CHECK(done.notice_key == "staff.maintenance.printed");
    CHECK_FALSE(done.error);
    CHECK(printer.status().printed == 1);
    std::ifstream in(config.printer.target, std::ios::binary);
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), {}};
    auto decoded = test::decode_escpos(bytes, kPaperDots58mm);
    REQUIRE(decoded.ok());
    CHECK(decoded->cut_is_last);
}

TEST_CASE("a test slip with no printer configured, or one that cannot be set up, says why") {
    Config none;
    none.printer.output = "none";
    SlipPrinter idle(none, {});
    idle.apply({fx::StaffPrintTestSlip{1'790'000'000'000}});
    auto events = idle.poll(1'790'000'000'000);
    REQUIRE(events.size() == 1);
    auto done = std::get<ev::StaffDone>(events[0]);
    CHECK(done.notice_key == "staff.maintenance.print_failed");
    CHECK(done.error);
    CHECK(done.detail.find("printer.output") != std::string::npos);

    Config missing;
    missing.printer.output = "device";
    missing.printer.target = "/nonexistent/no-printer/lp0";
    std::vector<std::string> log;
    SlipPrinter broken(missing, [&](const std::string& line) { log.push_back(line); });
    broken.apply({fx::StaffPrintTestSlip{1'790'000'000'000}});
    events = outcomes(broken);
    if (events.empty()) events = broken.poll(1'790'000'000'000);
    REQUIRE(events.size() == 1);
    done = std::get<ev::StaffDone>(events[0]);
    CHECK(done.error);
    CHECK(done.detail.find("/nonexistent/no-printer/lp0") != std::string::npos);
    CHECK(broken.status().failed == 1);
    REQUIRE_FALSE(log.empty());
    CHECK(log.back().find("test slip not printed") != std::string::npos);
}
