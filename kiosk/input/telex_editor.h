// The text engine behind the on-screen keyboard (and a staff member's physical keyboard):
// keys go in, NFC UTF-8 text comes out. The caret is always at the end, as on the kiosk's
// text fields; only the word before it (the letters since the last space or punctuation) is
// ever rewritten by Telex/VNI or by the diacritic keys.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "input/syllable.h"
#include "input/typing_rules.h"

namespace tramso::input {

struct EditorOptions {
    InputMethod method = InputMethod::Telex;
    ToneStyle tone_style = ToneStyle::Classic;
    std::size_t max_length = 0;  // in displayed characters; 0: no limit
};

class TelexEditor {
public:
    explicit TelexEditor(EditorOptions options = {});

    // One key as typed: a letter, digit, punctuation, space. Control characters are refused.
    // Returns false if the key was refused (including: the text would exceed max_length).
    bool type_key(char32_t key);
    // Each code point of `keys` in turn (a keyboard label, or SDL text input); false if any was
    // refused.
    bool type_key(std::string_view keys);

    // Diacritic-row letters (â ă ê ô ơ ư đ, either case) and any other letter, inserted as is
    // with no Telex processing.
    bool insert_letter(std::string_view letter);

    // Tone key: puts `tone` on the word before the caret, placed by the same rules as Telex.
    // The same tone again, or Tone::None, removes it. False if that word has no vowel.
    bool apply_tone(Tone tone);

    bool space();

    // Deletes one displayed character (ấ goes in one press). Backspacing into the previous word
    // makes it the word being typed again, so "hoa", space, backspace, "f" gives "hòa".
    bool backspace();

    void clear();
    // Replaces the text (e.g. editing a saved name); the caret goes to the end.
    void set_text(std::string_view text);

    std::string text() const;          // always NFC
    std::string current_word() const;  // the word before the caret, as displayed
    std::size_t length() const;        // displayed characters
    bool empty() const;

    const EditorOptions& options() const { return m_options; }
    void set_method(InputMethod method);
    void set_tone_style(ToneStyle style) { m_options.tone_style = style; }
    void set_max_length(std::size_t max_length) { m_options.max_length = max_length; }

private:
    template <class Change>
    bool guarded(Change change);
    void commit_word();
    void reopen_last_word();
    std::u32string displayed() const;

    std::u32string m_before;  // NFC text before the word being typed
    WordState m_word;
    EditorOptions m_options;
};

}  // namespace tramso::input
