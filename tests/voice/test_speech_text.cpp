#include <doctest/doctest.h>

#include "text/normalize.h"
#include "voice/speech_text.h"

using namespace tramso;
using namespace tramso::voice;

namespace {
std::string vi(std::string_view s) { return speech_text(s, Lang::vi); }
std::string en(std::string_view s) { return speech_text(s, Lang::en); }
}  // namespace

TEST_CASE("a step counter is read as 'step 3 of 8'") {
    CHECK(vi("Bước 3/8") == "Bước 3 trên 8");
    CHECK(en("Step 3/8") == "Step 3 of 8");
    CHECK(vi("(Bước 3/8)") == "(Bước 3 trên 8)");
}

TEST_CASE("clock times are read with hours and minutes") {
    CHECK(vi("Hẹn lúc 9:30.") == "Hẹn lúc 9 giờ 30.");
    CHECK(vi("09:40") == "9 giờ 40");
    CHECK(vi("10:05") == "10 giờ 5 phút");
    CHECK(vi("Họp lúc 8h") == "Họp lúc 8 giờ");
    CHECK(vi("8h30 sáng") == "8 giờ 30 sáng");
    CHECK(vi("7:00") == "7 giờ");
    CHECK(en("at 9:30") == "at 9 30");
    CHECK(en("at 9:05") == "at 9 oh 5");
    CHECK(en("at 7:00") == "at 7 o'clock");
    CHECK(vi("25:99") != "25 giờ 99");  // not a time
}

TEST_CASE("dates are read as day, month and year") {
    CHECK(vi("Hạn nộp 12/5/2024") == "Hạn nộp ngày 12 tháng 5 năm 2024");
    CHECK(vi("ngày 02/09/2025") == "ngày 2 tháng 9 năm 2025");
    CHECK(vi("Từ ngày 12/5") == "Từ ngày 12 tháng 5");
    CHECK(en("Due 12/5/2024") == "Due 12 May 2024");
}

TEST_CASE("money is read as an amount in dong, not digit groups") {
    CHECK(vi("70.000 đồng một chiếc") == "70000 đồng một chiếc");
    CHECK(vi("Tài khoản vừa nhận +140.000 đ") == "Tài khoản vừa nhận cộng 140000 đồng");
    CHECK(vi("500.000đ") == "500000 đồng");
    CHECK(vi("1.250.000 VND") == "1250000 đồng");
    CHECK(vi("50k") == "50 nghìn");
    CHECK(vi("2,5 kg") == "2 phẩy 5 kg");
    CHECK(vi("Giảm 10%") == "Giảm 10 phần trăm");
    CHECK(en("70,000 dong each") == "70000 dong each");
    CHECK(en("2.5 kg") == "2.5 kg");
    CHECK(vi("Năm 2024") == "Năm 2024");  // a plain number is left to espeak
}

TEST_CASE("phone and account numbers are read digit by digit in groups") {
    CHECK(vi("Gọi 0912345678") == "Gọi 0 9 1 2, 3 4 5, 6 7 8");
    CHECK(vi("Số tài khoản 0123456789.") == "Số tài khoản 0 1 2 3, 4 5 6, 7 8 9.");
}

TEST_CASE("a resume code is spelled one character at a time") {
    CHECK(spell_code("K7Q2XM", Lang::vi) == "K, 7, Q, 2, X, M");
    CHECK(spell_code("k7q-2xm", Lang::en) == "K, 7, Q, 2, X, M");
    CHECK(speech_text("K7Q2XM", Lang::vi, SpeechKind::Code) == "K, 7, Q, 2, X, M");
    CHECK(speech_text("  K7Q 2XM ", Lang::vi, SpeechKind::Code) == "K, 7, Q, 2, X, M");
    // Inside a sentence a code is recognised and spelled too.
    CHECK(vi("Mã của chị là K7Q2XM.") == "Mã của chị là K, 7, Q, 2, X, M.");
    // A name in capitals is not a code.
    CHECK(vi("từ TRAN THI HUONG") == "từ TRAN THI HUONG");
}

TEST_CASE("keypad codes, acronyms and web addresses are read the way people say them") {
    CHECK(vi("Bấm *101# rồi gọi") == "Bấm sao, 1, 0, 1, thăng rồi gọi");
    CHECK(en("Dial *101#") == "Dial star, 1, 0, 1, hash");
    CHECK(vi("Nhập mã OTP") == "Nhập mã O T P");
    CHECK(vi("Gửi tới lan.nguyen@gmail.com") == "Gửi tới lan chấm nguyen a còng gmail chấm com");
    CHECK(vi("Vào https://dichvucong.gov.vn/") == "Vào dichvucong chấm gov chấm vn");
    CHECK(en("Go to hoctapso.vn/bai") == "Go to hoctapso dot vn slash bai");
}

TEST_CASE("arrows, bullets and emoji are not read out") {
    CHECK(vi("Mở Zalo → Cài đặt") == "Mở Zalo, Cài đặt");
    CHECK(vi("Zalo→Cài đặt") == "Zalo, Cài đặt");
    CHECK(vi("• Tên hàng\n• Giá tiền") == "Tên hàng. Giá tiền");
    CHECK(vi("Số dư: ••••••") == "Số dư:");
    CHECK(vi("Giỏi quá! 👍🏽🎉") == "Giỏi quá!");
    CHECK(vi("❤️ Cảm ơn chị ✅") == "Cảm ơn chị");
    CHECK(vi("Góc học kỹ năng số — Bình dân học vụ số") == "Góc học kỹ năng số, Bình dân học vụ số");
    CHECK(vi("Tìm hình có chữ “Ngân hàng” ở bên dưới.") == "Tìm hình có chữ Ngân hàng ở bên dưới.");
    CHECK(en("Tap “Scan QR code” → OK") == "Tap Scan QR code, OK");
    CHECK(en("You don’t need cash") == "You don't need cash");
    CHECK(vi("Cô & chú") == "Cô và chú");
    CHECK(vi("→ • 🎉") == "");
}

TEST_CASE("Vietnamese letters reach espeak in NFC whatever form they came in") {
    const std::string nfd = text::to_nfd("Xin chào chị, Đường Hồ Chí Minh");
    REQUIRE(nfd != "Xin chào chị, Đường Hồ Chí Minh");
    CHECK(vi(nfd) == "Xin chào chị, Đường Hồ Chí Minh");
    CHECK(vi("Chị muốn học gì hôm nay? Hãy chạm vào một ô bên dưới.") ==
          "Chị muốn học gì hôm nay? Hãy chạm vào một ô bên dưới.");
}

TEST_CASE("white space and punctuation are tidied") {
    CHECK(vi("  Xin   chào\tchị  ") == "Xin chào chị");
    CHECK(vi("Xong…") == "Xong");
    CHECK(vi("Chờ… rồi bấm") == "Chờ, rồi bấm");
    CHECK(vi("Dòng một:\nDòng hai") == "Dòng một: Dòng hai");
    CHECK(vi("") == "");
}
