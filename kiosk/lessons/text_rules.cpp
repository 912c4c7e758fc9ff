#include "lessons/text_rules.h"

#include <algorithm>

#include "text/normalize.h"
#include "text/utf8.h"

namespace tramso {

std::size_t count_code_points(std::string_view utf8) { return text::length(utf8); }

namespace {

std::string word_around(std::string_view text, std::size_t byte) {
    auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
    std::size_t begin = std::min(byte, text.size());
    while (begin > 0 && !is_space(text[begin - 1])) --begin;
    std::size_t end = std::min(byte, text.size());
    while (end < text.size() && !is_space(text[end])) ++end;
    return std::string(text.substr(begin, end - begin));
}

}  // namespace

std::optional<std::string> first_non_nfc_word(std::string_view utf8) {
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return std::nullopt;  // ASCII is always NFC
    if (text::to_nfc(utf8) == utf8) return std::nullopt;
    // Name the first word that changes under NFC, so the writer knows where to retype.
    std::size_t begin = 0;
    while (begin < utf8.size()) {
        std::size_t end = begin;
        while (end < utf8.size() && utf8[end] != ' ' && utf8[end] != '\n' && utf8[end] != '\t') ++end;
        const std::string_view word = utf8.substr(begin, end - begin);
        if (text::to_nfc(word) != word) return word_around(utf8, begin);
        begin = end + 1;
    }
    return word_around(utf8, 0);
}

}  // namespace tramso
