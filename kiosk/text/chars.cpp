#include "text/chars.h"

#include <utf8proc.h>

#include "text/utf8.h"

namespace tramso::text {

namespace {

std::string map_string(std::string_view s, char32_t (*map)(char32_t)) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) append_utf8(out, map(decode_next(s, pos)));
    return out;
}

// utf8proc maps only valid code points; anything else stays as it is.
char32_t mapped(char32_t cp, utf8proc_int32_t (*map)(utf8proc_int32_t)) {
    if (cp > 0x10FFFF) return cp;
    return static_cast<char32_t>(map(static_cast<utf8proc_int32_t>(cp)));
}

}  // namespace

char32_t to_lower(char32_t cp) { return mapped(cp, utf8proc_tolower); }

// Unicode's simple mappings keep ß (the full ones give "SS", "Ss"); utf8proc alone gives ẞ,
// which German and Vietnamese text hardly ever uses.
char32_t to_upper(char32_t cp) { return cp == U'ß' ? cp : mapped(cp, utf8proc_toupper); }

char32_t to_title(char32_t cp) { return cp == U'ß' ? cp : mapped(cp, utf8proc_totitle); }

std::string to_lower(std::string_view s) { return map_string(s, to_lower); }
std::string to_upper(std::string_view s) { return map_string(s, to_upper); }

bool is_upper(char32_t cp) { return to_lower(cp) != cp; }

bool is_letter(char32_t cp) {
    if ((cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z')) return true;
    if (cp >= 0xC0 && cp <= 0xFF) return cp != 0xD7 && cp != 0xF7;
    return (cp >= 0x0100 && cp <= 0x024F) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

bool is_any_letter(char32_t cp) {
    if (cp > 0x10FFFF) return false;
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
            return true;
        default:
            return false;
    }
}

bool is_combining_mark(char32_t cp) { return cp >= 0x0300 && cp <= 0x036F; }

bool is_space(char32_t cp) {
    return cp == U' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

}  // namespace tramso::text
