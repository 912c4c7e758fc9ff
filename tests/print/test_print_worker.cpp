#include <doctest/doctest.h>

#include <atomic>
#include <fstream>
#include <future>
#include <iterator>
#include <mutex>

#include "../qr/zbar_decode.h"
#include "common/scratch_dir.h"
#include "escpos_decode.h"
#include "print/file_backend.h"
#include "print/print_test_slip.h"
#include "print/print_worker.h"

using namespace tramso;
using namespace std::chrono_literals;

namespace {

// Holds every send until released, and records what it was given.
class GatedBackend final : public PrinterBackend {
public:
    explicit GatedBackend(std::shared_future<void> gate) : m_gate(std::move(gate)) {}
    Status send(std::span<const std::uint8_t> bytes) override {
        m_gate.wait();
        if (bytes.empty()) return Error{"gated", "empty job"};
        ++sent;
        return Ok{};
    }
    std::string describe() const override { return "gated"; }
    std::atomic<int> sent{0};

private:
    std::shared_future<void> m_gate;
};

Bytes read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("printing never blocks the caller and results come back in order by job id") {
    std::promise<void> release;
    auto backend = std::make_unique<GatedBackend>(release.get_future().share());
    GatedBackend* gated = backend.get();
    PrintWorker worker(std::move(backend), SlipStyle{}, EscPosOptions{});

    const PrintJobId a = worker.submit_bytes(Bytes{1, 2, 3});
    const PrintJobId b = worker.submit_bytes(Bytes{});
    const PrintJobId c = worker.submit_bytes(Bytes{4});
    CHECK(a != b);
    CHECK(worker.in_flight() == 3);
    CHECK_FALSE(worker.poll().has_value());  // the printer is still busy: the frame goes on

    release.set_value();
    auto ra = worker.wait(5s);
    auto rb = worker.wait(5s);
    auto rc = worker.wait(5s);
    REQUIRE(ra.has_value());
    REQUIRE(rb.has_value());
    REQUIRE(rc.has_value());
    CHECK(ra->id == a);
    CHECK(ra->status.ok());
    CHECK(rb->id == b);
    CHECK_FALSE(rb->status.ok());  // one failed job does not stop the next
    CHECK(rc->id == c);
    CHECK(rc->status.ok());
    CHECK(gated->sent == 2);
    CHECK(worker.in_flight() == 0);
    CHECK_FALSE(worker.poll().has_value());
}

TEST_CASE("a slip job is rendered and sent on the worker; a font problem comes back as its result") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    const std::string out = dir.file("slip.bin");
    SlipStyle style;
    PrintWorker worker(std::make_unique<FileBackend>(out), style, EscPosOptions{});

    const std::string url = "https://hoctapso.vn/bai/zalo?r=K7Q2XM";
    const PrintJobId id = worker.submit_slip(test_slip_content("Nhà văn hóa", url, CivilDate{2026, 11, 28}));
    auto result = worker.wait(20s);
    REQUIRE(result.has_value());
    CHECK(result->id == id);
    CHECK(result->status.ok());
    auto decoded = test::decode_escpos(read_all(out), style.paper_dots);
    REQUIRE(decoded.ok());
    CHECK(decoded->paper.height() > 400);

    SlipStyle broken;
    broken.regular_font = dir.file("NotoSans-Regular.ttf");
    PrintWorker bad(std::make_unique<FileBackend>(dir.file("never.bin")), broken, EscPosOptions{});
    bad.submit_slip(test_slip_content("Nhà văn hóa", url, CivilDate{2026, 11, 28}));
    auto failed = bad.wait(20s);
    REQUIRE(failed.has_value());
    REQUIRE_FALSE(failed->status.ok());
    CHECK(failed->status.error().where == broken.regular_font);
    CHECK(failed->status.error().message.find("fonts-noto-core") != std::string::npos);
}

TEST_CASE("shutting down with jobs still queued does not hang") {
    std::promise<void> release;
    auto gate = release.get_future().share();
    {
        PrintWorker worker(std::make_unique<GatedBackend>(gate), SlipStyle{}, EscPosOptions{});
        for (int i = 0; i < 5; ++i) worker.submit_bytes(Bytes{1});
        std::this_thread::sleep_for(20ms);
        release.set_value();  // the job being sent finishes; the other four are dropped
    }
    CHECK(true);
}

TEST_CASE("print_test_slip sends a scannable sample slip to the configured output") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    PrinterConfig config;
    config.output = PrinterOutput{PrinterOutputKind::file, dir.file("test-slip.bin"), 1000, "lp"};
    config.slip.paper_dots = kPaperDots80mm;
    const std::string url = "https://hoctapso.vn/in-thu?r=K7Q2XM";
    auto st = print_test_slip(config, "Trạm Số Phường 5", url, CivilDate{2026, 11, 28});
    INFO((st.ok() ? std::string() : st.error().to_string()));
    REQUIRE(st.ok());

    auto decoded = test::decode_escpos(read_all(dir.file("test-slip.bin")), kPaperDots80mm);
    REQUIRE(decoded.ok());
    CHECK(decoded->cut_is_last);
    const std::string png = dir.file("test-slip.png");
    REQUIRE(test::write_mono_png(decoded->paper, png, 16).ok());
    auto scan = test::zbar_decode(png);
    if (!scan.available) {
        MESSAGE(test::kZbarMissing);
        return;
    }
    CHECK(scan.text == url);

    config.output.target = dir.file("missing-dir/slip.bin");
    CHECK_FALSE(print_test_slip(config, "Trạm Số", url, CivilDate{2026, 11, 28}).ok());
}
