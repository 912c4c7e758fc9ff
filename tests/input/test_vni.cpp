// VNI: digits after the letters add marks (6 7 8 9) and tones (1–5, 0 removes).
#include <doctest/doctest.h>

#include "input/telex_editor.h"

using tramso::input::InputMethod;
using tramso::input::TelexEditor;
using tramso::input::ToneStyle;

namespace {

std::string vni(std::string_view keys, ToneStyle style = ToneStyle::Classic) {
    TelexEditor editor({InputMethod::Vni, style, 0});
    editor.type_key(keys);
    return editor.text();
}

}  // namespace

TEST_CASE("vni digits 6 7 8 9 make the Vietnamese letters") {
    CHECK(vni("a6") == "â");
    CHECK(vni("e6") == "ê");
    CHECK(vni("o6") == "ô");
    CHECK(vni("a8") == "ă");
    CHECK(vni("o7") == "ơ");
    CHECK(vni("u7") == "ư");
    CHECK(vni("d9") == "đ");
    CHECK(vni("D9") == "Đ");
}

TEST_CASE("vni digits 1 to 5 set the tones and 0 removes the tone") {
    CHECK(vni("a1") == "á");
    CHECK(vni("a2") == "à");
    CHECK(vni("a3") == "ả");
    CHECK(vni("a4") == "ã");
    CHECK(vni("a5") == "ạ");
    CHECK(vni("a10") == "a");
}

TEST_CASE("vni types whole names with the same tone placement as telex") {
    CHECK(vni("Nguye6n4") == "Nguyễn");
    CHECK(vni("NGUYE6N4") == "NGUYỄN");
    CHECK(vni("Nguyen64") == "Nguyễn");
    CHECK(vni("Hu7o7ng") == "Hương");
    CHECK(vni("D9a8ng5") == "Đặng");
    CHECK(vni("Quy2nh") == "Quỳnh");
    CHECK(vni("Tuye6t1") == "Tuyết");
    CHECK(vni("nguoi72") == "người");
    CHECK(vni("thuo73") == "thuở");
    CHECK(vni("quye6n3") == "quyển");
    CHECK(vni("giu74") == "giữ");
    CHECK(vni("khuyu3") == "khuỷu");
    CHECK(vni("d9uong7") == "đương");
}

TEST_CASE("vni follows the chosen tone style") {
    CHECK(vni("hoa2") == "hòa");
    CHECK(vni("hoa2", ToneStyle::Modern) == "hoà");
    CHECK(vni("thuy3", ToneStyle::Modern) == "thuỷ");
    CHECK(vni("hoa2n", ToneStyle::Modern) == "hoàn");
}

TEST_CASE("vni undoes a repeated digit and types the digit") {
    CHECK(vni("a11") == "a1");
    CHECK(vni("a66") == "a6");
    CHECK(vni("a111") == "a11");
}

TEST_CASE("vni types digits as text when there is nothing to apply them to") {
    CHECK(vni("0912 345 678") == "0912 345 678");
    CHECK(vni("so61 3") == "số 3");
    CHECK(vni("b1") == "b1");
}

TEST_CASE("vni leaves letters alone: no telex doubling") { CHECK(vni("aa dd ass") == "aa dd ass"); }
