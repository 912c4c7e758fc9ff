#include <doctest/doctest.h>

#include <string>

#include "qr/qr_matrix.h"

using tramso::QrMatrix;

TEST_CASE("a short follow-up URL encodes to a small square QR code") {
    auto qr = QrMatrix::encode("https://hoctapso.vn/bai/zalo?r=K7Q2XM");
    REQUIRE(qr.ok());
    CHECK(qr->version() >= 1);
    CHECK(qr->version() <= 4);
    CHECK(qr->size() == 17 + 4 * qr->version());
    // Finder pattern: top-left corner module dark, the ring inside it light, centre dark.
    CHECK(qr->dark(0, 0));
    CHECK_FALSE(qr->dark(1, 1));
    CHECK(qr->dark(3, 3));
    // Outside the symbol is quiet zone.
    CHECK_FALSE(qr->dark(-1, 0));
    CHECK_FALSE(qr->dark(0, qr->size()));
}

TEST_CASE("a URL too long for the maximum version is refused with counts content authors can use") {
    const std::string url = "https://hoctapso.vn/bai/" + std::string(190, 'a');  // 214 characters
    auto qr = QrMatrix::encode(url, 10);
    REQUIRE_FALSE(qr.ok());
    CHECK(qr.error().message.find("URL is 214 characters; at most 213 fit a QR code of version 10") !=
          std::string::npos);

    auto small = QrMatrix::encode(std::string(63, 'a'), 4);
    REQUIRE_FALSE(small.ok());
    CHECK(small.error().message.find("URL is 63 characters; at most 62 fit a QR code of version 4") !=
          std::string::npos);
}

TEST_CASE("a URL beyond what any QR code holds is refused with the same message") {
    auto qr = QrMatrix::encode(std::string(3000, 'a'), 40);
    REQUIRE_FALSE(qr.ok());
    CHECK(qr.error().message.find("URL is 3000 characters; at most 2331 fit a QR code of version 40") !=
          std::string::npos);
}

TEST_CASE("empty or NUL-containing text and a bad maximum version are errors, not crashes") {
    CHECK_FALSE(QrMatrix::encode("").ok());
    CHECK_FALSE(QrMatrix::encode(std::string_view("ab\0cd", 5)).ok());
    CHECK_FALSE(QrMatrix::encode("https://x.vn", 0).ok());
    CHECK_FALSE(QrMatrix::encode("https://x.vn", 41).ok());
}

TEST_CASE("byte capacity table matches what libqrencode actually fits at level M") {
    for (int v = 1; v <= 40; ++v) {
        CAPTURE(v);
        const int cap = tramso::qr_byte_capacity(v);
        auto fits = QrMatrix::encode(std::string(static_cast<std::size_t>(cap), 'a'), 40);
        REQUIRE(fits.ok());
        CHECK(fits->version() == v);
        if (v < 40) {
            auto over = QrMatrix::encode(std::string(static_cast<std::size_t>(cap) + 1, 'a'), 40);
            REQUIRE(over.ok());
            CHECK(over->version() == v + 1);
        }
    }
    CHECK(tramso::qr_byte_capacity(0) == 0);
    CHECK(tramso::qr_byte_capacity(41) == 0);
}
