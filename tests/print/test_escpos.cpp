#include <doctest/doctest.h>

#include <string>

#include "escpos_decode.h"
#include "print/escpos.h"

using namespace tramso;

namespace {

MonoBitmap checkerboard(int width, int height) {
    MonoBitmap image(width, height);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) image.set(x, y, (x / 3 + y / 2) % 2 == 0);
    }
    return image;
}

Bytes slice(const Bytes& b, std::size_t from, std::size_t n) {
    return Bytes(b.begin() + static_cast<long>(from), b.begin() + static_cast<long>(from + n));
}

}  // namespace

TEST_CASE("a slip stream starts with ESC @ and ends with feed then cut") {
    RenderedSlip slip;
    slip.parts.emplace_back(checkerboard(384, 10));
    const Bytes b = encode_slip(slip, EscPosOptions{24, 4, PaperCut::partial});
    REQUIRE(b.size() > 8);
    CHECK(slice(b, 0, 2) == Bytes{0x1B, 0x40});
    CHECK(slice(b, b.size() - 6, 6) == Bytes{0x1B, 'd', 4, 0x1D, 'V', 1});

    const Bytes full = encode_slip(slip, EscPosOptions{24, 0, PaperCut::full});
    CHECK(slice(full, full.size() - 3, 3) == Bytes{0x1D, 'V', 0});
    const Bytes none = encode_slip(slip, EscPosOptions{24, 2, PaperCut::none});
    CHECK(slice(none, none.size() - 3, 3) == Bytes{0x1B, 'd', 2});
}

TEST_CASE("the raster is sent as GS v 0 bands with bytes per row and row counts in the header") {
    const MonoBitmap image = checkerboard(384, 50);
    Bytes b;
    escpos::append_raster(b, image, 24);
    // Three bands: 24 + 24 + 2 rows of 48 bytes.
    REQUIRE(b.size() == 3 * 8 + 48 * 50);
    CHECK(slice(b, 0, 8) == Bytes{0x1D, 0x76, 0x30, 0x00, 48, 0, 24, 0});
    const std::size_t band = 8 + 48 * 24;
    CHECK(slice(b, band, 8) == Bytes{0x1D, 0x76, 0x30, 0x00, 48, 0, 24, 0});
    CHECK(slice(b, 2 * band, 8) == Bytes{0x1D, 0x76, 0x30, 0x00, 48, 0, 2, 0});
    // Band data is the bitmap's rows verbatim.
    CHECK(slice(b, 8, 48) == Bytes(image.row(0), image.row(0) + 48));
    CHECK(slice(b, 2 * band + 8, 48) == Bytes(image.row(48), image.row(48) + 48));
}

TEST_CASE("80 mm paper, odd widths and tall bands set xL xH and yL yH correctly") {
    Bytes wide;
    escpos::append_raster(wide, checkerboard(576, 300), 300);
    CHECK(slice(wide, 0, 8) == Bytes{0x1D, 0x76, 0x30, 0x00, 72, 0, 0x2C, 0x01});
    CHECK(wide.size() == 8 + 72 * 300);

    Bytes odd;
    escpos::append_raster(odd, checkerboard(100, 5), 255);
    CHECK(slice(odd, 0, 8) == Bytes{0x1D, 0x76, 0x30, 0x00, 13, 0, 5, 0});

    Bytes big_bands;
    escpos::append_raster(big_bands, checkerboard(384, 600), 255);
    auto decoded = test::decode_escpos(big_bands, 384);
    REQUIRE(decoded.ok());
    CHECK(decoded->band_heights == std::vector<int>{255, 255, 90});

    Bytes empty;
    escpos::append_raster(empty, MonoBitmap(384, 0), 24);
    CHECK(empty.empty());
    Bytes clamped;
    escpos::append_raster(clamped, checkerboard(8, 3), 0);  // band rows clamped to 1
    CHECK(clamped.size() == 3 * (8 + 1));
}

TEST_CASE("native QR commands: model 2, module size, level M, store with pL pH, print") {
    Bytes b;
    const std::string url = "https://x.vn";
    escpos::append_native_qr(b, url, 8);
    Bytes expected = {0x1D, '(',  'k',  4,
                      0,    0x31, 0x41, 0x32,
                      0x00,  // model 2
                      0x1D, '(',  'k',  3,
                      0,    0x31, 0x43, 8,  // 8 dots per module
                      0x1D, '(',  'k',  3,
                      0,    0x31, 0x45, 0x31,  // level M
                      0x1D, '(',  'k',  static_cast<std::uint8_t>(url.size() + 3),
                      0,    0x31, 0x50, 0x30};
    expected.insert(expected.end(), url.begin(), url.end());
    expected.insert(expected.end(), {0x1D, '(', 'k', 3, 0, 0x31, 0x51, 0x30});  // print
    CHECK(b == expected);

    Bytes long_data;
    escpos::append_native_qr(long_data, std::string(300, 'a'), 40);  // module size clamped to 16
    CHECK(long_data[16] == 16);
    CHECK(slice(long_data, 25, 5) == Bytes{0x1D, '(', 'k', 0x2F, 0x01});  // 303 = 0x012F
    CHECK(long_data.size() == 25 + 8 + 300 + 8);

    Bytes too_long;
    escpos::append_native_qr(too_long, std::string(kEscPosMaxQrData + 1, 'a'), 8);
    CHECK(too_long.empty());
}

TEST_CASE("a native-QR slip is raster, centred QR, raster in that order") {
    RenderedSlip slip;
    slip.parts.emplace_back(checkerboard(384, 30));
    slip.parts.emplace_back(NativeQr{"https://hoctapso.vn/bai/zalo?r=K7Q2XM", 6});
    slip.parts.emplace_back(checkerboard(384, 20));
    const Bytes b = encode_slip(slip, EscPosOptions{});
    auto decoded = test::decode_escpos(b, 384);
    REQUIRE(decoded.ok());
    CHECK(decoded->initialised);
    CHECK(decoded->raster_bands == 3);  // 24 + 6, then 20
    CHECK(decoded->native_qr == std::vector<std::string>{"https://hoctapso.vn/bai/zalo?r=K7Q2XM"});
    CHECK(decoded->cut_is_last);
    const std::size_t qr_at = 2 + 2 * 8 + 48 * 30;
    CHECK(slice(b, qr_at, 3) == Bytes{0x1B, 'a', 1});
}

TEST_CASE("decoding the encoded stream gives back the same picture") {
    const MonoBitmap image = checkerboard(384, 77);
    RenderedSlip slip;
    slip.parts.emplace_back(image);
    auto decoded = test::decode_escpos(encode_slip(slip, EscPosOptions{24, 0, PaperCut::full}), 384);
    REQUIRE(decoded.ok());
    CHECK(decoded->paper.width() == 384);
    CHECK(decoded->paper.height() == 77);
    CHECK(decoded->paper.bytes() == image.bytes());
    CHECK(decoded->cuts == 1);

    Bytes junk = {0x1B, 0x40, 'H', 'i'};
    CHECK_FALSE(test::decode_escpos(junk, 384).ok());
}

#include "print/slip.h"

// The whole slip as a printer receives it: what the finish screen's "In phiếu" sends.
TEST_CASE("a rendered slip goes out as ESC @, full-width 24-row bands, feed and a partial cut") {
    SlipContent content;
    content.center_name = "Nhà văn hóa phường Láng Hạ";
    content.lesson_title = "Nhắn tin và gửi ảnh qua Zalo";
    content.date = CivilDate{2026, 12, 2};
    content.learned = "Mở Zalo, chọn người thân, gõ tin nhắn và gửi ảnh cho con cháu.";
    content.follow_up_url = "https://hoctapso.vn/bai/nhan-tin-zalo?r=K7Q2XM";
    content.resume_code = "HJKM45";
    for (const int paper : {kPaperDots58mm, kPaperDots80mm}) {
        CAPTURE(paper);
        SlipStyle style;
        style.paper_dots = paper;
        auto slip = render_slip(content, style);
        REQUIRE(slip.ok());
        const MonoBitmap& image = std::get<MonoBitmap>(slip->parts.at(0));
        const Bytes b = encode_slip(*slip, EscPosOptions{});
        const int stride = paper / 8;  // 48 bytes per row on 58 mm paper, 72 on 80 mm
        const int bands = (image.height() + 23) / 24;
        REQUIRE(b.size() == 2 + std::size_t(bands) * 8 + std::size_t(stride) * image.height() + 3 + 3);
        CHECK(slice(b, 0, 2) == Bytes{0x1B, 0x40});
        std::size_t at = 2;
        for (int band = 0; band < bands; ++band) {
            const int rows = std::min(24, image.height() - band * 24);
            CHECK(slice(b, at, 8) == Bytes{0x1D, 0x76, 0x30, 0x00, std::uint8_t(stride), 0, std::uint8_t(rows), 0});
            CHECK(slice(b, at + 8, std::size_t(stride)) == Bytes(image.row(band * 24), image.row(band * 24) + stride));
            at += 8 + std::size_t(stride) * rows;
        }
        CHECK(slice(b, at, 6) == Bytes{0x1B, 'd', 4, 0x1D, 'V', 1});
        CHECK(at + 6 == b.size());
    }
}
