// Telex rules one at a time: marks, tones, undo, tone placement, qu/gi, ươ/uơ, case.
#include <doctest/doctest.h>

#include "input/telex_editor.h"
#include "telex_table.h"

using tramso::input::InputMethod;
using tramso::input::TelexEditor;
using tramso::input::ToneStyle;
using tramso::input::test::type_telex;

namespace {

std::string classic(std::string_view keys) { return type_telex(keys, ToneStyle::Classic); }
std::string modern(std::string_view keys) { return type_telex(keys, ToneStyle::Modern); }

}  // namespace

TEST_CASE("telex doubles and w make the Vietnamese letters") {
    CHECK(classic("aa") == "â");
    CHECK(classic("aw") == "ă");
    CHECK(classic("ee") == "ê");
    CHECK(classic("oo") == "ô");
    CHECK(classic("ow") == "ơ");
    CHECK(classic("uw") == "ư");
    CHECK(classic("dd") == "đ");
    CHECK(classic("DD") == "Đ");
    CHECK(classic("Dd") == "Đ");
}

TEST_CASE("telex w on its own types ư") {
    CHECK(classic("w") == "ư");
    CHECK(classic("W") == "Ư");
    CHECK(classic("tw") == "tư");
    CHECK(classic("nhwngx") == "những");
    CHECK(classic("giwx") == "giữ");
}

TEST_CASE("telex tone keys set the five tones and z removes the tone") {
    CHECK(classic("as") == "á");
    CHECK(classic("af") == "à");
    CHECK(classic("ar") == "ả");
    CHECK(classic("ax") == "ã");
    CHECK(classic("aj") == "ạ");
    CHECK(classic("asz") == "a");
    CHECK(classic("z") == "z");
    CHECK(classic("az") == "az");
}

TEST_CASE("telex replaces a tone when another tone key is typed") {
    CHECK(classic("asf") == "à");
    CHECK(classic("bans") == "bán");
    CHECK(classic("bansf") == "bàn");
}

TEST_CASE("telex undoes a repeated tone key and types the letter") {
    CHECK(classic("ass") == "as");
    CHECK(classic("aff") == "af");
    CHECK(classic("ajj") == "aj");
    CHECK(classic("boss") == "bos");
}

TEST_CASE("telex undoes a repeated mark key and types the letter") {
    CHECK(classic("aaa") == "aa");
    CHECK(classic("eee") == "ee");
    CHECK(classic("ooo") == "oo");
    CHECK(classic("aww") == "aw");
    CHECK(classic("uww") == "uw");
    CHECK(classic("ww") == "w");
    CHECK(classic("ddd") == "dd");
    CHECK(classic("xooong") == "xoong");
}

TEST_CASE("telex keeps an undone key as a plain letter for the rest of the word") {
    CHECK(classic("asss") == "ass");
    CHECK(classic("aaaa") == "aaa");
    CHECK(classic("Tesss") == "Tess");
}

TEST_CASE("telex changes a mark when a different mark key is typed") {
    CHECK(classic("aaw") == "ă");
    CHECK(classic("awa") == "â");
    CHECK(classic("oow") == "ơ");
    CHECK(classic("owo") == "ô");
}

TEST_CASE("telex accepts marks and tones typed after the rest of the word") {
    CHECK(classic("tiengse") == "tiếng");
    CHECK(classic("Nguyenex") == "Nguyễn");
    CHECK(classic("tana") == "tân");
    CHECK(classic("nguoiwf") == "người");
    CHECK(classic("dongd") == "đong");
}

TEST_CASE("telex moves the tone as more letters are typed") {
    TelexEditor editor;
    editor.type_key("hoaf");
    CHECK(editor.text() == "hòa");
    editor.type_key("n");
    CHECK(editor.text() == "hoàn");

    TelexEditor gi;
    gi.type_key("gif");
    CHECK(gi.text() == "gì");
    gi.type_key("a");
    CHECK(gi.text() == "già");

    TelexEditor tuyen;
    tuyen.type_key("tur");
    CHECK(tuyen.text() == "tủ");
    tuyen.type_key("y");
    CHECK(tuyen.text() == "tủy");
    tuyen.type_key("ee");
    CHECK(tuyen.text() == "tuyể");
    tuyen.type_key("n");
    CHECK(tuyen.text() == "tuyển");
}

TEST_CASE("telex places the tone on the first vowel of oa, oe, uy in classic style") {
    CHECK(classic("hoaf") == "hòa");
    CHECK(classic("khoer") == "khỏe");
    CHECK(classic("thuyr") == "thủy");
}

TEST_CASE("telex places the tone on the second vowel of oa, oe, uy in modern style") {
    CHECK(modern("hoaf") == "hoà");
    CHECK(modern("khoer") == "khoẻ");
    CHECK(modern("thuyr") == "thuỷ");
}

TEST_CASE("both tone styles place the tone on the last vowel when a consonant follows") {
    for (auto style : {ToneStyle::Classic, ToneStyle::Modern}) {
        CHECK(type_telex("hoanf", style) == "hoàn");
        CHECK(type_telex("huynhf", style) == "huỳnh");
        CHECK(type_telex("toans", style) == "toán");
        CHECK(type_telex("hoachj", style) == "hoạch");
    }
}

TEST_CASE("telex puts the tone on the marked vowel of a diphthong") {
    CHECK(classic("tieengs") == "tiếng");
    CHECK(classic("muoons") == "muốn");
    CHECK(classic("cuwar") == "cửa");
    CHECK(classic("khuaays") == "khuấy");
    CHECK(modern("tuyeets") == "tuyết");
}

TEST_CASE("telex puts the tone on the middle vowel of oai, oay, uyu") {
    CHECK(classic("ngoaif") == "ngoài");
    CHECK(classic("xoays") == "xoáy");
    CHECK(classic("khuyur") == "khuỷu");
    CHECK(modern("khuyur") == "khuỷu");
}

TEST_CASE("telex treats qu and gi as consonants") {
    CHECK(classic("quar") == "quả");
    CHECK(modern("quys") == "quý");
    CHECK(classic("quyeenr") == "quyển");
    CHECK(classic("giuwx") == "giữ");
    CHECK(classic("giuwowngf") == "giường");
    CHECK(classic("gieengs") == "giếng");
}

TEST_CASE("telex keeps the i of gi as the vowel when nothing follows it") {
    CHECK(classic("gif") == "gì");
    CHECK(classic("gifn") == "gìn");
}

TEST_CASE("telex turns uow into ươ") {
    CHECK(classic("uow") == "ươ");
    CHECK(classic("nguowif") == "người");
    CHECK(classic("tuowi") == "tươi");
    CHECK(classic("dduowcj") == "được");
    CHECK(classic("ruouwj") == "rượu");
    CHECK(classic("huouw") == "hươu");
}

TEST_CASE("telex spells open uơ after h, kh and th") {
    CHECK(classic("thuowr") == "thuở");
    CHECK(classic("huow") == "huơ");
    CHECK(classic("khuow") == "khuơ");
    CHECK(classic("quow") == "quơ");
    CHECK(classic("huwow") == "hươ");  // ư typed explicitly stays ư
}

TEST_CASE("telex completes ươ when a consonant follows uw and o") {
    CHECK(classic("truwongf") == "trường");
    CHECK(classic("nguwoif") == "người");
}

TEST_CASE("telex turns ươ into uô when o is doubled") {
    CHECK(classic("uowo") == "uô");
    CHECK(classic("muowon") == "muôn");
}

TEST_CASE("telex w undoes ươ back to uo") {
    CHECK(classic("uoww") == "uow");
    CHECK(classic("muaww") == "muaw");
}

TEST_CASE("telex w picks the vowel that makes a real syllable") {
    CHECK(classic("hoawcj") == "hoặc");
    CHECK(classic("muaw") == "mưa");
    CHECK(classic("quawng") == "quăng");
    CHECK(classic("cuuws") == "cứu");
    CHECK(classic("guiwr") == "gửi");
    CHECK(classic("moiws") == "mới");
}

TEST_CASE("telex keeps upper case from the letter keys") {
    CHECK(classic("NGUYEENX") == "NGUYỄN");
    CHECK(classic("Nguyeenx") == "Nguyễn");
    CHECK(classic("NguyeeNX") == "NguyễN");
    CHECK(classic("HOAF") == "HÒA");
    CHECK(modern("HOAF") == "HOÀ");
    CHECK(classic("DDAWNGJ") == "ĐẶNG");
    CHECK(classic("HUWOWNGF") == "HƯỜNG");
    CHECK(classic("Thuowr") == "Thuở");
    CHECK(classic("UOW") == "ƯƠ");
}

TEST_CASE("telex leaves words that cannot be Vietnamese alone") {
    CHECK(classic("Jess") == "Jess");
    CHECK(classic("class") == "class");
    CHECK(classic("Zalo") == "Zalo");
    CHECK(classic("gmail") == "gmail");
}

TEST_CASE("telex accepts k as a final for Central Highlands names") { CHECK(classic("DDawks Lawks") == "Đắk Lắk"); }

TEST_CASE("telex works word by word in a sentence") {
    CHECK(classic("tooi ddi chowj") == "tôi đi chợ");
    CHECK(classic("xin chaof, baf!") == "xin chào, bà!");
    CHECK(classic("hoaf-bifnh") == "hòa-bình");
}

TEST_CASE("plain input types every key as it is") {
    TelexEditor editor({InputMethod::Plain, ToneStyle::Classic, 0});
    editor.type_key("hoa.nguyen123@gmail.com");
    CHECK(editor.text() == "hoa.nguyen123@gmail.com");
    editor.clear();
    editor.type_key("ass aa dd");
    CHECK(editor.text() == "ass aa dd");
}
