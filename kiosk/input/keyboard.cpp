#include "input/keyboard.h"

#include "text/chars.h"

namespace tramso::input {

namespace {

constexpr std::string_view kQwertyRows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
constexpr std::string_view kAbcRows[] = {"abcdefghi", "jklmnopqr", "stuvwxyz"};
constexpr std::string_view kDiacritics[] = {"â", "ă", "ê", "ô", "ơ", "ư", "đ"};
constexpr Tone kTones[] = {Tone::Sac, Tone::Huyen, Tone::Hoi, Tone::Nga, Tone::Nang};
constexpr std::string_view kSymbolRows[] = {"1234567890", "@.,-_/:;()", "!?'\"+=*#%&"};

Key text_key(std::string text, KeyAction action = KeyAction::InsertText) {
    Key k;
    k.label = text;
    k.text = std::move(text);
    k.action = action;
    return k;
}

Key control_key(std::string_view label, KeyAction action, float width) {
    Key k;
    k.label = std::string(label);
    k.action = action;
    k.width = width;
    return k;
}

Key page_key(std::string_view label, KeyboardPage page) {
    Key k = control_key(label, KeyAction::Page, 1.5f);
    k.page = page;
    return k;
}

KeyRow bottom_row(std::string_view page_label, KeyboardPage page) {
    return {page_key(page_label, page), control_key(key_labels::kSpace, KeyAction::Space, 5.0f),
            control_key(key_labels::kDone, KeyAction::Done, 2.0f)};
}

}  // namespace

std::string tone_key_label(Tone tone) {
    // Spacing forms of the marks, so the label draws without text shaping.
    switch (tone) {
        case Tone::Sac:
            return "´ sắc";
        case Tone::Huyen:
            return "ˋ huyền";
        case Tone::Hoi:
            return "ˀ hỏi";
        case Tone::Nga:
            return "˜ ngã";
        case Tone::Nang:
            return ". nặng";
        case Tone::None:
            break;
    }
    return std::string(key_labels::kRemoveTone);
}

Keyboard::Keyboard(KeyboardOptions options) : m_options(options) { rebuild(); }

void Keyboard::rebuild() {
    m_rows.clear();
    const bool upper = m_shift != ShiftState::Off;
    auto cased = [&](std::string_view s) { return upper ? text::to_upper(s) : std::string(s); };
    if (m_page == KeyboardPage::Symbols) {
        for (std::string_view chars : kSymbolRows) {
            KeyRow row;
            for (char c : chars) row.push_back(text_key(std::string(1, c)));
            m_rows.push_back(std::move(row));
        }
        m_rows.back().push_back(control_key(key_labels::kBackspace, KeyAction::Backspace, 1.5f));
        m_rows.push_back(bottom_row(key_labels::kLetters, KeyboardPage::Letters));
        return;
    }
    const auto& letter_rows = m_options.layout == KeyboardLayout::Qwerty ? kQwertyRows : kAbcRows;
    for (std::string_view chars : letter_rows) {
        KeyRow row;
        for (char c : chars) row.push_back(text_key(cased(std::string(1, c))));
        m_rows.push_back(std::move(row));
    }
    KeyRow& last = m_rows.back();
    last.insert(last.begin(), control_key(key_labels::kShift, KeyAction::Shift, 1.5f));
    last.push_back(control_key(key_labels::kBackspace, KeyAction::Backspace, 1.5f));
    if (m_options.diacritic_rows) {
        KeyRow letters;
        for (std::string_view d : kDiacritics) {
            letters.push_back(text_key(cased(d), KeyAction::InsertLetter));
        }
        m_rows.push_back(std::move(letters));
        KeyRow tones;
        for (Tone t : kTones) {
            Key k = control_key(tone_key_label(t), KeyAction::Tone, 1.4f);
            k.tone = t;
            tones.push_back(std::move(k));
        }
        tones.push_back(control_key(key_labels::kRemoveTone, KeyAction::Tone, 1.4f));
        m_rows.push_back(std::move(tones));
    }
    KeyRow bottom = bottom_row(key_labels::kSymbols, KeyboardPage::Symbols);
    bottom.insert(bottom.begin() + 1, text_key(","));
    bottom.insert(bottom.end() - 1, text_key("."));
    m_rows.push_back(std::move(bottom));
}

std::optional<Key> Keyboard::find(std::string_view label) const {
    for (const KeyRow& row : m_rows) {
        for (const Key& k : row) {
            if (k.label == label) return k;
        }
    }
    return std::nullopt;
}

TapResult Keyboard::tap(std::string_view label, TelexEditor& editor) {
    const std::optional<Key> key = find(label);
    if (!key) return TapResult::UnknownKey;
    auto typed = [](bool ok) { return ok ? TapResult::Typed : TapResult::Refused; };
    TapResult result = TapResult::Changed;
    switch (key->action) {
        case KeyAction::InsertText:
            result = typed(editor.type_key(key->text));
            break;
        case KeyAction::InsertLetter:
            result = typed(editor.insert_letter(key->text));
            break;
        case KeyAction::Tone:
            result = typed(editor.apply_tone(key->tone));
            break;
        case KeyAction::Backspace:
            result = typed(editor.backspace());
            break;
        case KeyAction::Space:
            result = typed(editor.space());
            break;
        case KeyAction::Done:
            return TapResult::Done;
        case KeyAction::Shift:
            set_shift(m_shift == ShiftState::Off    ? ShiftState::Once
                      : m_shift == ShiftState::Once ? ShiftState::Locked
                                                    : ShiftState::Off);
            return TapResult::Changed;
        case KeyAction::Page:
            set_page(key->page);
            return TapResult::Changed;
    }
    const bool letter = key->action == KeyAction::InsertText || key->action == KeyAction::InsertLetter;
    if (result == TapResult::Typed && letter && m_shift == ShiftState::Once) {
        set_shift(ShiftState::Off);
    }
    sync_with(editor);
    return result;
}

void Keyboard::sync_with(const TelexEditor& editor) {
    if (!m_options.capitalise_words || m_shift == ShiftState::Locked) return;
    const std::string t = editor.text();
    const bool word_start = t.empty() || t.back() == ' ';
    set_shift(word_start ? ShiftState::Once : ShiftState::Off);
}

void Keyboard::set_layout(KeyboardLayout layout) {
    m_options.layout = layout;
    rebuild();
}

void Keyboard::set_page(KeyboardPage page) {
    m_page = page;
    rebuild();
}

void Keyboard::set_shift(ShiftState shift) {
    if (shift == m_shift) return;
    m_shift = shift;
    rebuild();
}

}  // namespace tramso::input
