#include "text/names.h"

#include "text/chars.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tramso::text {

namespace {

std::u32string collapse_spaces(std::u32string_view s) {
    std::u32string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (char32_t cp : s) {
        if (is_space(cp)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(U' ');
        pending_space = false;
        out.push_back(cp);
    }
    return out;
}

std::u32string without_marks(std::u32string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (char32_t cp : to_nfd(s)) {
        if (is_combining_mark(cp)) continue;
        if (cp == U'đ') cp = U'd';
        if (cp == U'Đ') cp = U'D';
        out.push_back(cp);
    }
    return out;
}

}  // namespace

std::string search_key(std::string_view name) {
    std::u32string s = without_marks(decode(name));
    for (char32_t& cp : s) cp = to_lower(cp);
    return encode(collapse_spaces(s));
}

std::string strip_marks(std::string_view s) {
    return encode(without_marks(decode(s)));
}

std::string title_case_name(std::string_view name) {
    std::u32string s = collapse_spaces(to_nfc(decode(name)));
    bool word_start = true;
    for (char32_t& cp : s) {
        if (is_letter(cp)) {
            cp = word_start ? to_upper(cp) : to_lower(cp);
            word_start = false;
        } else if (cp == U' ' || cp == U'-' || cp == U'\'' || cp == U'\u2019') {
            word_start = true;
        }
    }
    return encode(s);
}

std::string tidy_spaces(std::string_view s) {
    return encode(collapse_spaces(to_nfc(decode(s))));
}

}  // namespace tramso::text
