// The editor the keyboard drives: backspace, words, direct diacritic keys, limits, NFC text.
#include <doctest/doctest.h>

#include "input/telex_editor.h"

using tramso::input::EditorOptions;
using tramso::input::InputMethod;
using tramso::input::TelexEditor;
using tramso::input::Tone;
using tramso::input::ToneStyle;

namespace {

EditorOptions modern_style() { return {InputMethod::Telex, ToneStyle::Modern, 0}; }

}  // namespace

TEST_CASE("backspace deletes a composed letter in one press") {
    TelexEditor editor;
    editor.type_key("aa");
    CHECK(editor.text() == "â");
    CHECK(editor.backspace());
    CHECK(editor.text() == "");
    editor.type_key("ddaays");
    CHECK(editor.text() == "đấy");
    editor.backspace();
    CHECK(editor.text() == "đấ");
    editor.backspace();
    CHECK(editor.text() == "đ");
    editor.backspace();
    CHECK(editor.empty());
    CHECK_FALSE(editor.backspace());
}

TEST_CASE("backspace takes the tone with the letter that shows it") {
    TelexEditor classic;
    classic.type_key("hoaf");
    classic.backspace();
    CHECK(classic.text() == "hò");

    TelexEditor modern(modern_style());
    modern.type_key("hoaf");
    modern.backspace();
    CHECK(modern.text() == "ho");
}

TEST_CASE("backspace over a final consonant moves the tone back") {
    TelexEditor editor;
    editor.type_key("hoanf");
    CHECK(editor.text() == "hoàn");
    editor.backspace();
    CHECK(editor.text() == "hòa");
}

TEST_CASE("backspace into the previous word lets telex continue on it") {
    TelexEditor editor;
    editor.type_key("hoa ");
    editor.backspace();
    CHECK(editor.text() == "hoa");
    editor.type_key("f");
    CHECK(editor.text() == "hòa");
    editor.type_key(" ");
    editor.backspace();
    editor.type_key("n");
    CHECK(editor.text() == "hoàn");
}

TEST_CASE("backspace after an undo lets the key work again") {
    TelexEditor editor;
    editor.type_key("ass");
    CHECK(editor.text() == "as");
    editor.backspace();
    editor.type_key("s");
    CHECK(editor.text() == "á");
}

TEST_CASE("backspace over ươ drops the horn that came with it") {
    TelexEditor editor;
    editor.type_key("nguowif");
    CHECK(editor.text() == "người");
    editor.backspace();
    CHECK(editor.text() == "ngườ");
    editor.backspace();
    CHECK(editor.text() == "ngu");
}

TEST_CASE("space and punctuation end the word") {
    TelexEditor editor;
    editor.type_key("xin chaof");
    CHECK(editor.current_word() == "chào");
    editor.type_key("!");
    CHECK(editor.current_word() == "");
    editor.type_key("s");
    CHECK(editor.text() == "xin chào!s");
}

TEST_CASE("tone keys apply to the word before the caret with telex placement") {
    TelexEditor editor;
    editor.type_key("hoa");
    CHECK(editor.apply_tone(Tone::Huyen));
    CHECK(editor.text() == "hòa");
    editor.type_key("n");
    CHECK(editor.text() == "hoàn");

    TelexEditor modern(modern_style());
    modern.type_key("thuy");
    modern.apply_tone(Tone::Hoi);
    CHECK(modern.text() == "thuỷ");
}

TEST_CASE("the same tone key again removes the tone, and so does the remove key") {
    TelexEditor editor;
    editor.type_key("ma");
    editor.apply_tone(Tone::Sac);
    CHECK(editor.text() == "má");
    editor.apply_tone(Tone::Sac);
    CHECK(editor.text() == "ma");
    editor.apply_tone(Tone::Nang);
    CHECK(editor.text() == "mạ");
    CHECK(editor.apply_tone(Tone::None));
    CHECK(editor.text() == "ma");
    CHECK_FALSE(editor.apply_tone(Tone::None));
}

TEST_CASE("a tone key with no vowel before the caret does nothing") {
    TelexEditor editor;
    CHECK_FALSE(editor.apply_tone(Tone::Sac));
    editor.type_key("ng");
    CHECK_FALSE(editor.apply_tone(Tone::Sac));
    editor.type_key("a ");
    CHECK_FALSE(editor.apply_tone(Tone::Sac));
    CHECK(editor.text() == "nga ");
}

TEST_CASE("diacritic letter keys type whole words without telex") {
    TelexEditor editor;
    editor.type_key("ng");
    editor.insert_letter("ư");
    editor.insert_letter("ơ");
    editor.type_key("i");
    editor.apply_tone(Tone::Huyen);
    CHECK(editor.text() == "người");

    editor.clear();
    editor.type_key("Nguy");
    editor.insert_letter("ê");
    editor.type_key("n");
    editor.apply_tone(Tone::Nga);
    CHECK(editor.text() == "Nguyễn");

    editor.clear();
    editor.insert_letter("Đ");
    editor.insert_letter("ă");
    editor.type_key("ng");
    editor.apply_tone(Tone::Nang);
    CHECK(editor.text() == "Đặng");

    editor.clear();
    editor.type_key("thu");
    editor.insert_letter("ơ");
    editor.apply_tone(Tone::Hoi);
    CHECK(editor.text() == "thuở");

    editor.clear();
    editor.type_key("quy");
    editor.insert_letter("ê");
    editor.type_key("n");
    editor.apply_tone(Tone::Hoi);
    CHECK(editor.text() == "quyển");

    editor.clear();
    editor.type_key("gi");
    editor.insert_letter("ư");
    editor.apply_tone(Tone::Nga);
    CHECK(editor.text() == "giữ");
}

TEST_CASE("a tone typed with direct keys moves as letters follow") {
    TelexEditor editor;
    editor.type_key("gi");
    editor.apply_tone(Tone::Huyen);
    CHECK(editor.text() == "gì");
    editor.type_key("a");
    CHECK(editor.text() == "già");
}

TEST_CASE("physical keyboard text goes through the same engine") {
    TelexEditor editor;
    editor.type_key("Nguyeenx Thij Hoaf");
    CHECK(editor.text() == "Nguyễn Thị Hòa");

    TelexEditor composed;  // a keyboard that already composes Vietnamese
    composed.type_key("Nguyễn Thị Hòa");
    CHECK(composed.text() == "Nguyễn Thị Hòa");

    TelexEditor dead_keys;  // base letters followed by combining marks
    dead_keys.type_key("Ho\u0061\u0300");
    CHECK(dead_keys.text() == "Hòa");
    dead_keys.type_key(" a\u0302\u0301");
    CHECK(dead_keys.text() == "Hòa ấ");
}

TEST_CASE("control characters are refused") {
    TelexEditor editor;
    CHECK_FALSE(editor.type_key(U'\n'));
    CHECK_FALSE(editor.type_key(U'\x7F'));
    CHECK(editor.empty());
}

TEST_CASE("max length refuses keys that would make the text longer") {
    TelexEditor editor({InputMethod::Telex, ToneStyle::Classic, 5});
    CHECK(editor.type_key("hoang"));
    CHECK(editor.type_key("f"));  // a tone changes no length
    CHECK(editor.text() == "hoàng");
    CHECK_FALSE(editor.type_key(" "));
    CHECK_FALSE(editor.type_key("a"));
    CHECK_FALSE(editor.insert_letter("ư"));
    CHECK(editor.text() == "hoàng");
    CHECK(editor.length() == 5);
    editor.backspace();
    CHECK(editor.type_key("g"));
}

TEST_CASE("max length allows telex that shortens the word") {
    TelexEditor editor({InputMethod::Telex, ToneStyle::Classic, 2});
    CHECK(editor.type_key("dd"));
    CHECK(editor.type_key("d"));  // undo: "dd" is still two characters
    CHECK(editor.text() == "dd");
    CHECK_FALSE(editor.type_key("a"));
}

TEST_CASE("set text keeps the text as given until it is edited") {
    TelexEditor editor;  // classic style
    editor.set_text("Nguyễn Thị Hoà");
    CHECK(editor.text() == "Nguyễn Thị Hoà");
    CHECK(editor.current_word() == "Hoà");
    editor.type_key("n");
    CHECK(editor.text() == "Nguyễn Thị Hoàn");

    editor.set_text("Thị Hoà");
    editor.backspace();
    CHECK(editor.text() == "Thị Ho");
}

TEST_CASE("set text normalises decomposed text to NFC") {
    TelexEditor editor;
    editor.set_text("Nguye\u0302\u0303n Tho\u0323");
    CHECK(editor.text() == "Nguyễn Thọ");
    CHECK(editor.length() == 10);
}

TEST_CASE("clear empties the editor") {
    TelexEditor editor;
    editor.type_key("abc de");
    editor.clear();
    CHECK(editor.empty());
    CHECK(editor.text() == "");
    CHECK(editor.length() == 0);
}

TEST_CASE("switching input method keeps the text") {
    TelexEditor editor;
    editor.type_key("vieejt ");
    editor.set_method(InputMethod::Vni);
    editor.type_key("Nam1");
    CHECK(editor.text() == "việt Nám");
    editor.set_method(InputMethod::Telex);
    editor.type_key("f");
    CHECK(editor.text() == "việt Nàm");
}

TEST_CASE("switching tone style applies to the word being typed") {
    TelexEditor editor;
    editor.type_key("hoaf");
    editor.set_tone_style(ToneStyle::Modern);
    CHECK(editor.text() == "hoà");
}
