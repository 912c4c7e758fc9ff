#include "input/telex_editor.h"

#include "text/chars.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tramso::input {

TelexEditor::TelexEditor(EditorOptions options) : m_options(options) {}

// Runs `change`; if it leaves the text longer than max_length, puts everything back.
template <class Change>
bool TelexEditor::guarded(Change change) {
    if (m_options.max_length == 0) return change();
    const std::u32string before = m_before;
    const WordState word = m_word;
    const bool changed = change();
    if (changed && length() > m_options.max_length) {
        m_before = before;
        m_word = word;
        return false;
    }
    return changed;
}

bool TelexEditor::type_key(char32_t key) {
    if (key == U' ') return space();
    if (key < 0x20 || (key >= 0x7F && key < 0xA0)) return false;
    return guarded([&] {
        if (apply_key(m_word, key, m_options.method)) return true;
        commit_word();
        m_before.push_back(key);
        return true;
    });
}

bool TelexEditor::type_key(std::string_view keys) {
    bool all = true;
    for (std::size_t pos = 0; pos < keys.size();) {
        all = type_key(text::decode_next(keys, pos)) && all;
    }
    return all;
}

bool TelexEditor::insert_letter(std::string_view letter) {
    bool all = true;
    for (std::size_t pos = 0; pos < letter.size();) {
        const char32_t cp = text::decode_next(letter, pos);
        if (!text::is_letter(cp)) {
            all = type_key(cp) && all;
            continue;
        }
        all = guarded([&] {
                  append_letter(m_word, cp);
                  return true;
              }) &&
              all;
    }
    return all;
}

bool TelexEditor::apply_tone(Tone tone) {
    return guarded([&] { return input::apply_tone(m_word, tone); });
}

bool TelexEditor::space() {
    return guarded([&] {
        commit_word();
        m_before.push_back(U' ');
        return true;
    });
}

bool TelexEditor::backspace() {
    if (pop_letter(m_word, m_options.tone_style)) return true;
    if (m_before.empty()) return false;
    // One displayed character: a base letter with any marks that did not compose onto it.
    while (m_before.size() > 1 && text::is_combining_mark(m_before.back())) m_before.pop_back();
    m_before.pop_back();
    reopen_last_word();
    return true;
}

void TelexEditor::clear() {
    m_before.clear();
    m_word = {};
}

void TelexEditor::set_text(std::string_view text) {
    m_before = text::to_nfc(text::decode(text));
    m_word = {};
    reopen_last_word();
}

std::string TelexEditor::text() const { return text::encode(displayed()); }

std::string TelexEditor::current_word() const { return text::encode(render(m_word.word, m_options.tone_style)); }

std::size_t TelexEditor::length() const { return displayed().size(); }

bool TelexEditor::empty() const { return m_before.empty() && m_word.word.letters.empty(); }

void TelexEditor::set_method(InputMethod method) {
    commit_word();  // the word's pending state belongs to the old method
    m_options.method = method;
    reopen_last_word();
}

void TelexEditor::commit_word() {
    m_before += render(m_word.word, m_options.tone_style);
    m_before = text::to_nfc(m_before);
    m_word = {};
}

void TelexEditor::reopen_last_word() {
    if (!m_word.word.letters.empty()) return;
    std::size_t start = m_before.size();
    while (start > 0 && text::is_letter(m_before[start - 1])) --start;
    if (start == m_before.size()) return;
    m_word.word = parse_word(std::u32string_view(m_before).substr(start));
    m_word.spent.clear();
    m_before.erase(start);
}

std::u32string TelexEditor::displayed() const {
    return text::to_nfc(m_before + render(m_word.word, m_options.tone_style));
}

}  // namespace tramso::input
