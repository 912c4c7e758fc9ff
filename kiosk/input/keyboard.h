// The on-screen keyboard as data: which keys are on the current page, what each one says and
// does. The UI draws rows() and reports taps by label; tap() drives a TelexEditor, so the
// keyboard's behaviour is testable without a window.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "input/telex_editor.h"

namespace tramso::input {

enum class KeyAction {
    InsertText,    // type `text` through the editor (Telex applies)
    InsertLetter,  // diacritic row: insert `text` as a finished letter (â ă ê ô ơ ư đ)
    Tone,          // apply `tone` to the word before the caret
    Shift,
    Page,  // switch to `page`
    Backspace,
    Space,
    Done,
};

enum class KeyboardLayout { Qwerty, Abc };
enum class KeyboardPage { Letters, Symbols };
enum class ShiftState { Off, Once, Locked };

struct Key {
    std::string label;  // UTF-8, unique on its page: what is drawn and what tap() takes
    KeyAction action = KeyAction::InsertText;
    std::string text;                           // InsertText / InsertLetter: what is typed, already in the shifted case
    Tone tone = Tone::None;                     // Tone keys
    KeyboardPage page = KeyboardPage::Letters;  // Page keys: where they go
    float width = 1.0f;                         // relative to a letter key
};

using KeyRow = std::vector<Key>;

struct KeyboardOptions {
    KeyboardLayout layout = KeyboardLayout::Qwerty;
    bool diacritic_rows = true;     // the â ă ê ô ơ ư đ row and the tone row
    bool capitalise_words = false;  // shift once at the start of each word (for names)
};

enum class TapResult {
    Typed,    // the editor's text changed
    Refused,  // the editor refused (full, or no vowel for a tone)
    Changed,  // keyboard state changed (shift, page)
    Done,
    UnknownKey,
};

class Keyboard {
public:
    explicit Keyboard(KeyboardOptions options = {});

    const std::vector<KeyRow>& rows() const { return m_rows; }
    std::optional<Key> find(std::string_view label) const;

    TapResult tap(std::string_view label, TelexEditor& editor);
    // Re-applies capitalise_words for the editor's current text (when a field gains focus).
    void sync_with(const TelexEditor& editor);

    KeyboardLayout layout() const { return m_options.layout; }
    KeyboardPage page() const { return m_page; }
    ShiftState shift() const { return m_shift; }
    void set_layout(KeyboardLayout layout);
    void set_page(KeyboardPage page);
    void set_shift(ShiftState shift);

private:
    void rebuild();

    KeyboardOptions m_options;
    KeyboardPage m_page = KeyboardPage::Letters;
    ShiftState m_shift = ShiftState::Off;
    std::vector<KeyRow> m_rows;
};

// Labels of the fixed keys, for the UI and tests.
namespace key_labels {
inline constexpr std::string_view kShift = "Chữ hoa";
inline constexpr std::string_view kBackspace = "Xóa";
inline constexpr std::string_view kSpace = "Dấu cách";
inline constexpr std::string_view kDone = "Xong";
inline constexpr std::string_view kSymbols = "123";
inline constexpr std::string_view kLetters = "ABC";
inline constexpr std::string_view kRemoveTone = "Bỏ dấu";
}  // namespace key_labels

// "´ sắc", "ˋ huyền", "ˀ hỏi", "˜ ngã", ". nặng"; key_labels::kRemoveTone for Tone::None.
std::string tone_key_label(Tone tone);

}  // namespace tramso::input
