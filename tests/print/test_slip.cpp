#include <doctest/doctest.h>

#include <string>

#include "../qr/zbar_decode.h"
#include "common/scratch_dir.h"
#include "escpos_decode.h"
#include "print/escpos.h"
#include "print/slip.h"
#include "print/slip_font.h"
#include "qr/follow_up_url.h"

using namespace tramso;

namespace {

SlipContent sample(std::string url, std::string resume_code = "K7Q2XM") {
    SlipContent c;
    c.center_name = "Nhà văn hóa phường Bến Nghé";
    c.lesson_title = "Gọi video cho con cháu bằng Zalo";
    c.date = CivilDate{2026, 11, 28};
    c.learned = "Mở Zalo, chọn người thân, bấm nút máy quay để gọi video và bấm nút đỏ để kết thúc.";
    c.follow_up_url = std::move(url);
    c.resume_code = std::move(resume_code);
    return c;
}

// Encodes, plays the bytes back into an image, writes it as PNG and scans it.
std::string print_and_scan(const RenderedSlip& slip, const SlipStyle& style, const std::string& png) {
    const Bytes bytes = encode_slip(slip, EscPosOptions{});
    auto decoded = test::decode_escpos(bytes, style.paper_dots);
    REQUIRE(decoded.ok());
    REQUIRE(test::write_mono_png(decoded->paper, png, 16).ok());
    auto scan = test::zbar_decode(png);
    if (!scan.available) {
        MESSAGE(test::kZbarMissing);
        return "";
    }
    CHECK(scan.exit_code == 0);
    return scan.text;
}

}  // namespace

TEST_CASE("the printed slip's QR code scans back to exactly the follow-up URL") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    const std::string urls[] = {
        *build_follow_up_url("https://hoctapso.vn/bai/goi-video-zalo", "K7Q2XM"),
        *build_follow_up_url("https://hoctapso.vn/bài-học/gọi-video-cho-con-cháu", "ABCD23"),
        *build_follow_up_url("https://hoctapso.vn/bai?id=42&lang=vi", "Z9Y8X7", "ref"),
        *build_follow_up_url("https://hoctapso.vn/b%E1%BA%A3o-m%E1%BA%ADt-t%C3%A0i-kho%E1%BA%A3n"
                             "/m%E1%BA%ADt-kh%E1%BA%A9u-m%E1%BA%A1nh?tu=sach-giao-khoa#phan-2",
                             "HJKM45"),
    };
    int i = 0;
    for (int paper : {kPaperDots58mm, kPaperDots80mm}) {
        for (const std::string& url : urls) {
            CAPTURE(paper);
            CAPTURE(url);
            SlipStyle style;
            style.paper_dots = paper;
            auto slip = render_slip(sample(url), style);
            REQUIRE(slip.ok());
            REQUIRE(slip->parts.size() == 1);
            const auto& raster = std::get<MonoBitmap>(slip->parts[0]);
            CHECK(raster.width() == paper);
            const std::string scanned = print_and_scan(*slip, style, dir.file("slip" + std::to_string(i++) + ".png"));
            if (scanned.empty()) return;  // zbarimg missing, already reported
            CHECK(scanned == url);
        }
    }
}

TEST_CASE("with native QR the printer's code carries the URL and still scans") {
    test::ScratchDir dir;
    REQUIRE(dir.ok());
    const std::string url = *build_follow_up_url("https://hoctapso.vn/bai/zalo?x=1", "K7Q2XM");
    SlipStyle style;
    style.native_qr = true;
    auto slip = render_slip(sample(url), style);
    REQUIRE(slip.ok());
    REQUIRE(slip->parts.size() == 3);
    CHECK(std::holds_alternative<MonoBitmap>(slip->parts[0]));
    CHECK(std::get<NativeQr>(slip->parts[1]).data == url);
    CHECK(std::holds_alternative<MonoBitmap>(slip->parts[2]));
    const std::string scanned = print_and_scan(*slip, style, dir.file("native.png"));
    if (!scanned.empty()) CHECK(scanned == url);
}

TEST_CASE("the resume code adds lines only for a registered learner; no URL means no QR code") {
    SlipStyle style;
    auto registered = render_slip(sample("https://hoctapso.vn/bai/a?r=K7Q2XM"), style);
    auto guest = render_slip(sample("https://hoctapso.vn/bai/a?r=K7Q2XM", ""), style);
    auto no_link = render_slip(sample("", ""), style);
    REQUIRE(registered.ok());
    REQUIRE(guest.ok());
    REQUIRE(no_link.ok());
    const int h_registered = std::get<MonoBitmap>(registered->parts[0]).height();
    const int h_guest = std::get<MonoBitmap>(guest->parts[0]).height();
    const int h_no_link = std::get<MonoBitmap>(no_link->parts[0]).height();
    CHECK(h_registered > h_guest + 30);
    CHECK(h_guest > h_no_link + 200);
}

TEST_CASE("a missing font is an error naming the path and the package to install") {
    SlipStyle style;
    style.bold_font = "/nonexistent/NotoSans-Bold.ttf";
    auto slip = render_slip(sample("https://hoctapso.vn/bai/a"), style);
    REQUIRE_FALSE(slip.ok());
    CHECK(slip.error().where == "/nonexistent/NotoSans-Bold.ttf");
    CHECK(slip.error().message.find("fonts-noto-core") != std::string::npos);
    CHECK_FALSE(check_slip_fonts(style).ok());
    CHECK(check_slip_fonts(SlipStyle{}).ok());
}

TEST_CASE("a follow-up URL too long for the QR code stops the slip with the content-check message") {
    SlipStyle style;
    auto slip = render_slip(sample("https://hoctapso.vn/" + std::string(250, 'a')), style);
    REQUIRE_FALSE(slip.ok());
    CHECK(slip.error().message.find("at most 213 fit a QR code of version 10") != std::string::npos);
}

TEST_CASE("what she learned wraps inside the paper and is cut to three lines with an ellipsis") {
    auto font = SlipFont::open(SlipStyle{}.regular_font);
    REQUIRE(font.ok());
    const int width = 360;
    const std::string text =
        "Mở Zalo, chọn người thân trong danh bạ, bấm nút máy quay để gọi video, nói chuyện, "
        "rồi bấm nút đỏ để kết thúc cuộc gọi. Lần sau bà có thể gọi lại từ mục Nhật ký.";
    auto lines = wrap_text(*font, 26, text, width, 3);
    REQUIRE(lines.size() == 3);
    for (const auto& line : lines) CHECK(font->measure(line, 26) <= width);
    CHECK(lines.back().ends_with("\u2026"));
    CHECK(lines[0].starts_with("Mở Zalo,"));

    auto short_lines = wrap_text(*font, 26, "Gửi ảnh", width, 3);
    CHECK(short_lines == std::vector<std::string>{"Gửi ảnh"});

    // One word wider than the line is split between letters, never inside a UTF-8 sequence.
    auto split = wrap_text(*font, 26, std::string(10, 'W') + "ệệệệệệệệệệệệệệệệệệệệệệ", 120, 0);
    CHECK(split.size() > 2);
    for (const auto& line : split) CHECK(font->measure(line, 26) <= 120);
}

TEST_CASE("dates print the Vietnamese way") {
    CHECK(vietnamese_date(CivilDate{2026, 11, 28}) == "Ngày 28 tháng 11 năm 2026");
    CHECK(vietnamese_date(CivilDate{2027, 1, 5}) == "Ngày 5 tháng 1 năm 2027");
}

TEST_CASE("decomposed Vietnamese (NFD) prints exactly like precomposed text") {
    SlipStyle style;
    SlipContent nfc = sample("https://hoctapso.vn/bai/a?r=K7Q2XM");
    SlipContent nfd = nfc;
    nfc.lesson_title = "Gọi điện thoại";                          // precomposed ọ, đ, ạ
    nfd.lesson_title = "Go\u0323i đie\u0323\u0302n thoa\u0323i";  // base letters + combining marks
    REQUIRE(nfc.lesson_title != nfd.lesson_title);
    auto a = render_slip(nfc, style);
    auto b = render_slip(nfd, style);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(std::get<MonoBitmap>(a->parts[0]).bytes() == std::get<MonoBitmap>(b->parts[0]).bytes());
}
