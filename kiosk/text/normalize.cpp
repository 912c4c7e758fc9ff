#include "text/normalize.h"

#include <utf8proc.h>

#include <algorithm>

#include "text/unicode_map.h"
#include "text/utf8.h"

namespace tramso::text {

namespace {

// Most of what the kiosk normalises is ASCII (codes, lesson ids, English), which every
// normal form leaves as it is.
bool is_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; });
}

bool is_ascii(std::u32string_view s) {
    return std::all_of(s.begin(), s.end(), [](char32_t c) { return c < 0x80; });
}

constexpr int kNfd = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE;
constexpr int kNfc = UTF8PROC_STABLE | UTF8PROC_COMPOSE;

}  // namespace

int combining_class(char32_t cp) {
    if (cp > 0x10FFFF) return 0;
    return utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class;
}

std::u32string to_nfd(std::u32string_view s) {
    if (is_ascii(s)) return std::u32string(s);
    return decode(map_unicode(encode(s), kNfd));
}

std::u32string to_nfc(std::u32string_view s) {
    if (is_ascii(s)) return std::u32string(s);
    return decode(map_unicode(encode(s), kNfc));
}

std::string to_nfd(std::string_view utf8) {
    if (is_ascii(utf8)) return std::string(utf8);
    return map_unicode(utf8, kNfd);
}

std::string to_nfc(std::string_view utf8) {
    if (is_ascii(utf8)) return std::string(utf8);
    return map_unicode(utf8, kNfc);
}

}  // namespace tramso::text
