#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "common/scratch_dir.h"
#include "qr/follow_up_url.h"
#include "qr/qr_image.h"
#include "zbar_decode.h"

using namespace tramso;

TEST_CASE("the rendered image has the quiet zone, integer scale and opaque pixels") {
    auto qr = QrMatrix::encode("https://hoctapso.vn/bai/zalo?r=K7Q2XM");
    REQUIRE(qr.ok());
    const int scale = 3;
    QrImage rgba = render_qr_image(*qr, scale);
    const int side = (qr->size() + 8) * scale;
    CHECK(rgba.width == side);
    CHECK(rgba.height == side);
    REQUIRE(rgba.pixels.size() == static_cast<std::size_t>(side * side * 4));
    auto px = [&](int x, int y, int c) { return rgba.pixels[(y * side + x) * 4 + c]; };
    CHECK(px(0, 0, 0) == 255);  // quiet zone is white
    CHECK(px(4 * scale - 1, 4 * scale - 1, 0) == 255);
    CHECK(px(4 * scale, 4 * scale, 0) == 0);  // first finder module is black
    CHECK(px(4 * scale + scale - 1, 4 * scale + scale - 1, 2) == 0);
    CHECK(px(4 * scale, 4 * scale, 3) == 255);  // alpha stays opaque

    QrImage grey = render_qr_image(*qr, 0, PixelFormat::grey8);  // clamped to scale 1
    CHECK(grey.width == qr->size() + 8);
    CHECK(grey.pixels.size() == static_cast<std::size_t>(grey.width * grey.height));
}

TEST_CASE("the PNG from write_qr_png scans back to exactly the URL") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    const std::string urls[] = {
        "https://hoctapso.vn/bai/zalo?r=K7Q2XM",
        *build_follow_up_url("https://hoctapso.vn/bài-học/gọi-video-cho-con", "K7Q2XM"),
        *build_follow_up_url("https://hoctapso.vn/bai?id=42&lang=vi", "ABCD23", "ref"),
        "https://HocTapSo.vn/Bai/CaseMatters?R=aBcDeF",
        *build_follow_up_url("https://hoctapso.vn/b%E1%BA%A3o-m%E1%BA%ADt#cuoi", "Z9Y8X7"),
    };
    int i = 0;
    for (const std::string& url : urls) {
        CAPTURE(url);
        const std::string path = dir.file("qr" + std::to_string(i++) + ".png");
        auto st = write_qr_png(url, path, 4);
        INFO((st.ok() ? std::string() : st.error().to_string()));
        REQUIRE(st.ok());
        auto scan = test::zbar_decode(path);
        if (!scan.available) {
            MESSAGE(test::kZbarMissing);
            return;
        }
        CHECK(scan.exit_code == 0);
        CHECK(scan.text == url);
    }
}

TEST_CASE("write_qr_png reports a bad scale, a too-long URL and an unwritable path") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    auto bad_scale = write_qr_png("https://x.vn", dir.file("a.png"), 0);
    REQUIRE_FALSE(bad_scale.ok());
    CHECK(bad_scale.error().message.find("scale") != std::string::npos);

    auto too_long = write_qr_png("https://x.vn/" + std::string(300, 'a'), dir.file("b.png"), 4);
    REQUIRE_FALSE(too_long.ok());
    CHECK(too_long.error().message.find("at most 213 fit a QR code of version 10") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("b.png")));

    const std::string missing = dir.file("no-such-folder/qr.png");
    auto unwritable = write_qr_png("https://x.vn", missing, 4);
    REQUIRE_FALSE(unwritable.ok());
    CHECK(unwritable.error().where == missing);
    CHECK(unwritable.error().message.find("folder") != std::string::npos);
}
