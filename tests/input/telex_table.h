// Shared by the Telex word tables: one row is a word or phrase typed two ways and the text
// expected in each tone style.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "input/telex_editor.h"

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
