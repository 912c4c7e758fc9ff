// The on-screen keyboard model: layouts, pages, shift, labels, and taps driving the editor.
#include <doctest/doctest.h>

#include <set>

#include "input/keyboard.h"

using namespace tramso::input;

namespace {

std::string row_text(const KeyRow& row) {
    std::string s;
    for (const Key& k : row) {
        if (k.action == KeyAction::InsertText) s += k.label;
    }
    return s;
}

void tap_all(Keyboard& kb, TelexEditor& editor, std::initializer_list<std::string_view> labels) {
    for (auto label : labels) {
        INFO(std::string(label));
        CHECK(kb.tap(label, editor) != TapResult::UnknownKey);
    }
}

}  // namespace

TEST_CASE("keyboard labels are unique on every page in every state") {
    for (auto layout : {KeyboardLayout::Qwerty, KeyboardLayout::Abc}) {
        for (bool diacritics : {true, false}) {
            Keyboard kb({layout, diacritics, false});
            for (auto page : {KeyboardPage::Letters, KeyboardPage::Symbols}) {
                for (auto shift : {ShiftState::Off, ShiftState::Once, ShiftState::Locked}) {
                    kb.set_page(page);
                    kb.set_shift(shift);
                    std::set<std::string> seen;
                    for (const KeyRow& row : kb.rows()) {
                        for (const Key& k : row) {
                            INFO(k.label);
                            CHECK_FALSE(k.label.empty());
                            CHECK(k.width > 0.0f);
                            CHECK(seen.insert(k.label).second);
                        }
                    }
                }
            }
        }
    }
}

TEST_CASE("keyboard starts on the qwerty letter page") {
    Keyboard kb;
    CHECK(kb.page() == KeyboardPage::Letters);
    CHECK(kb.shift() == ShiftState::Off);
    REQUIRE(kb.rows().size() >= 3);
    CHECK(row_text(kb.rows()[0]) == "qwertyuiop");
    CHECK(row_text(kb.rows()[1]) == "asdfghjkl");
    CHECK(row_text(kb.rows()[2]) == "zxcvbnm");
}

TEST_CASE("keyboard abc layout lists the letters in alphabetical order") {
    Keyboard kb({KeyboardLayout::Abc, true, false});
    CHECK(row_text(kb.rows()[0]) == "abcdefghi");
    CHECK(row_text(kb.rows()[1]) == "jklmnopqr");
    CHECK(row_text(kb.rows()[2]) == "stuvwxyz");
}

TEST_CASE("keyboard has a diacritics row and tone keys that show their mark") {
    Keyboard kb;
    for (auto letter : {"â", "ă", "ê", "ô", "ơ", "ư", "đ"}) {
        INFO(letter);
        const auto k = kb.find(letter);
        REQUIRE(k);
        CHECK(k->action == KeyAction::InsertLetter);
    }
    const std::pair<const char*, Tone> tones[] = {{"´ sắc", Tone::Sac},   {"ˋ huyền", Tone::Huyen},
                                                  {"ˀ hỏi", Tone::Hoi},   {"˜ ngã", Tone::Nga},
                                                  {". nặng", Tone::Nang}, {"Bỏ dấu", Tone::None}};
    for (auto [label, tone] : tones) {
        INFO(label);
        const auto k = kb.find(label);
        REQUIRE(k);
        CHECK(k->action == KeyAction::Tone);
        CHECK(k->tone == tone);
    }
    for (auto label :
         {key_labels::kShift, key_labels::kBackspace, key_labels::kSpace, key_labels::kDone, key_labels::kSymbols}) {
        CHECK(kb.find(label));
    }
}

TEST_CASE("keyboard without diacritic rows has no tone keys") {
    Keyboard kb({KeyboardLayout::Qwerty, false, false});
    CHECK_FALSE(kb.find("ư"));
    CHECK_FALSE(kb.find("´ sắc"));
}

TEST_CASE("tapping letters types telex into the editor") {
    Keyboard kb;
    TelexEditor editor;
    tap_all(kb, editor, {"h", "o", "a", "f", "n"});
    CHECK(editor.text() == "hoàn");
    CHECK(kb.tap(key_labels::kBackspace, editor) == TapResult::Typed);
    CHECK(editor.text() == "hòa");
}

TEST_CASE("tapping diacritic and tone keys builds a word without telex") {
    Keyboard kb;
    TelexEditor editor;
    tap_all(kb, editor, {"n", "g", "ư", "ơ", "i", "ˋ huyền", key_labels::kSpace});
    CHECK(editor.text() == "người ");
    CHECK(kb.tap("´ sắc", editor) == TapResult::Refused);  // no word before the caret
}

TEST_CASE("shift once capitalises one letter, shift twice locks") {
    Keyboard kb;
    TelexEditor editor;
    CHECK(kb.tap(key_labels::kShift, editor) == TapResult::Changed);
    CHECK(kb.shift() == ShiftState::Once);
    CHECK(kb.find("H"));
    CHECK(kb.find("Ư"));
    CHECK_FALSE(kb.find("h"));
    tap_all(kb, editor, {"H"});
    CHECK(kb.shift() == ShiftState::Off);
    tap_all(kb, editor, {"o", "a", "f"});
    CHECK(editor.text() == "Hòa");

    tap_all(kb, editor, {key_labels::kSpace, key_labels::kShift, key_labels::kShift});
    CHECK(kb.shift() == ShiftState::Locked);
    tap_all(kb, editor, {"D", "D", "A", "W", "N", "G", "J"});
    CHECK(kb.shift() == ShiftState::Locked);
    CHECK(editor.text() == "Hòa ĐẶNG");
    kb.tap(key_labels::kShift, editor);
    CHECK(kb.shift() == ShiftState::Off);
}

TEST_CASE("the symbols page has digits and goes back to letters") {
    Keyboard kb;
    TelexEditor editor;
    CHECK(kb.tap(key_labels::kSymbols, editor) == TapResult::Changed);
    CHECK(kb.page() == KeyboardPage::Symbols);
    CHECK(row_text(kb.rows()[0]) == "1234567890");
    tap_all(kb, editor, {"0", "9", "1", "2", "@"});
    CHECK(editor.text() == "0912@");
    CHECK_FALSE(kb.find("q"));
    kb.tap(key_labels::kLetters, editor);
    CHECK(kb.page() == KeyboardPage::Letters);
}

TEST_CASE("done reports done and unknown labels are rejected") {
    Keyboard kb;
    TelexEditor editor;
    CHECK(kb.tap(key_labels::kDone, editor) == TapResult::Done);
    CHECK(kb.tap("nope", editor) == TapResult::UnknownKey);
    CHECK(kb.tap("Q", editor) == TapResult::UnknownKey);  // not shifted
}

TEST_CASE("a full editor makes the tap refused") {
    Keyboard kb;
    TelexEditor editor({InputMethod::Telex, ToneStyle::Classic, 1});
    CHECK(kb.tap("a", editor) == TapResult::Typed);
    CHECK(kb.tap("b", editor) == TapResult::Refused);
}

TEST_CASE("capitalise words shifts at the start of each word of a name") {
    Keyboard kb({KeyboardLayout::Qwerty, true, true});
    TelexEditor editor;
    kb.sync_with(editor);
    CHECK(kb.shift() == ShiftState::Once);
    tap_all(kb, editor, {"L", "e", "e", key_labels::kSpace});
    CHECK(kb.shift() == ShiftState::Once);
    tap_all(kb, editor, {"T", "h", "i", "j"});
    CHECK(editor.text() == "Lê Thị");
    CHECK(kb.shift() == ShiftState::Off);
}
