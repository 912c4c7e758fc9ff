#include "text/chars.h"

#include "text/utf8.h"

namespace tramso::text {

namespace {

// Blocks where an upper-case letter is immediately followed by its lower-case partner.
// `upper_is_even` says which member of each pair comes first.
struct PairedRange {
    char32_t first;
    char32_t last;
    bool upper_is_even;
};

constexpr PairedRange kPairedRanges[] = {
    {0x0100, 0x012F, true},  {0x0132, 0x0137, true},  {0x0139, 0x0148, false},
    {0x014A, 0x0177, true},  {0x0179, 0x017E, false}, {0x01A0, 0x01A1, true},
    {0x01AF, 0x01B0, false}, {0x0218, 0x021B, true},  {0x1E00, 0x1E95, true},
    {0x1EA0, 0x1EFF, true},
};

const PairedRange* paired_range(char32_t cp) {
    for (const auto& r : kPairedRanges) {
        if (cp >= r.first && cp <= r.last) return &r;
    }
    return nullptr;
}

bool is_even(char32_t cp) {
    return cp % 2 == 0;
}

std::string map_string(std::string_view s, char32_t (*map)(char32_t)) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) append_utf8(out, map(decode_next(s, pos)));
    return out;
}

}  // namespace

char32_t to_lower(char32_t cp) {
    if (cp >= U'A' && cp <= U'Z') return cp + 0x20;
    if (cp < 0xC0) return cp;
    if (cp <= 0xDE) return cp == 0xD7 ? cp : cp + 0x20;
    if (cp == 0x0130) return U'i';    // İ: the simple mapping drops the dot
    if (cp == 0x0178) return 0x00FF;  // Ÿ
    if (cp == 0x1E9E) return 0x00DF;  // ẞ
    if (const auto* r = paired_range(cp)) {
        return is_even(cp) == r->upper_is_even ? cp + 1 : cp;
    }
    return cp;
}

char32_t to_upper(char32_t cp) {
    if (cp >= U'a' && cp <= U'z') return cp - 0x20;
    if (cp < 0xE0) return cp;
    if (cp <= 0xFE) return (cp == 0xF7 || cp == 0xDF) ? cp : cp - 0x20;
    if (cp == 0x00FF) return 0x0178;
    if (cp == 0x0131) return U'I';  // dotless ı
    if (cp == 0x017F) return U'S';  // long s
    if (const auto* r = paired_range(cp)) {
        return is_even(cp) == r->upper_is_even ? cp : cp - 1;
    }
    return cp;
}

std::string to_lower(std::string_view s) {
    return map_string(s, to_lower);
}
std::string to_upper(std::string_view s) {
    return map_string(s, to_upper);
}

bool is_upper(char32_t cp) {
    return to_lower(cp) != cp;
}

bool is_letter(char32_t cp) {
    if ((cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z')) return true;
    if (cp >= 0xC0 && cp <= 0xFF) return cp != 0xD7 && cp != 0xF7;
    return (cp >= 0x0100 && cp <= 0x024F) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

bool is_combining_mark(char32_t cp) {
    return cp >= 0x0300 && cp <= 0x036F;
}

bool is_space(char32_t cp) {
    return cp == U' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

}  // namespace tramso::text
