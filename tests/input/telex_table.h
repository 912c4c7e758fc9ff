// Shared by the Telex word tables: one row is a word or phrase typed two ways and the text
// expected in each tone style.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "input/keyboard.h"
#include "input/telex_editor.h"
#include "text/utf8.h"
#include "text/vietnamese.h"

namespace tramso::input::test {

struct TypedWord {
    std::string_view tone_last;   // e.g. "hoaf"
    std::string_view tone_early;  // e.g. "hofa": the tone has to move as letters follow
    std::string_view classic;     // "hòa"
    std::string_view modern;      // "hoà"
};

inline std::string type_telex(std::string_view keys, ToneStyle style) {
    TelexEditor editor({InputMethod::Telex, style, 0});
    editor.type_key(keys);
    return editor.text();
}

// Types `text` on the on-screen keyboard the way a learner who does not know Telex would:
// plain letters on the letter keys, â ă ê ô ơ ư đ on their own keys, each tone on its tone
// key right after the letter that shows it, "Chữ hoa" before a capital.
inline std::string type_with_diacritic_keys(std::string_view text, ToneStyle style) {
    TelexEditor editor({InputMethod::Telex, style, 0});
    Keyboard keyboard;
    auto tap = [&](const std::string& label) {
        INFO("key: ", label);
        CHECK(keyboard.tap(label, editor) != TapResult::UnknownKey);
    };
    for (char32_t cp : text::decode(text)) {
        if (cp == U' ') {
            tap(std::string(key_labels::kSpace));
            continue;
        }
        Tone tone = Tone::None;
        char32_t letter = cp;
        if (const auto parts = text::split_vietnamese_letter(cp)) {
            tone = parts->tone;
            letter = text::make_vietnamese_letter(parts->base, parts->mark, Tone::None, parts->upper);
        }
        const std::string label = text::encode(letter);
        if (!keyboard.find(label)) tap(std::string(key_labels::kShift));
        tap(label);
        if (tone != Tone::None) tap(tone_key_label(tone));
    }
    return editor.text();
}

// Every expected spelling in the table also comes out of the diacritic keys, in its style.
template <std::size_t N>
void check_table_with_diacritic_keys(const TypedWord (&rows)[N]) {
    for (const TypedWord& row : rows) {
        INFO("typed with the diacritic keys: ", std::string(row.classic));
        CHECK(type_with_diacritic_keys(row.classic, ToneStyle::Classic) == row.classic);
        CHECK(type_with_diacritic_keys(row.modern, ToneStyle::Modern) == row.modern);
    }
}

template <std::size_t N>
void check_table(const TypedWord (&rows)[N]) {
    for (const TypedWord& row : rows) {
        for (std::string_view keys : {row.tone_last, row.tone_early}) {
            INFO("typed: ", std::string(keys));
            CHECK(type_telex(keys, ToneStyle::Classic) == row.classic);
            CHECK(type_telex(keys, ToneStyle::Modern) == row.modern);
        }
    }
}

}  // namespace tramso::input::test
