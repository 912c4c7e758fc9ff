#include "text/names.h"

#include <utf8proc.h>

#include "text/chars.h"
#include "text/normalize.h"
#include "text/unicode_map.h"
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

// Unicode gives đ/Đ no decomposition (the stroke is part of the letter), so stripping marks
// leaves them; Vietnamese readers still take "Dang" for "Đặng", so the search rules do it here.
void d_for_d_with_stroke(std::u32string& s) {
    for (char32_t& cp : s) {
        if (cp == U'đ') cp = U'd';
        if (cp == U'Đ') cp = U'D';
    }
}

// NFC with every mark (Unicode categories Mn, Mc, Me) removed.
constexpr int kWithoutMarks = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK;

// The search key takes two passes because utf8proc folds a precomposed letter before it
// decomposes it: in one pass ᾳ would fold to "αι" while its NFD "α\u0345" loses the mark and
// gives "α". The first pass removes the marks (and turns compatibility forms such as ﬁ or a
// full-width Ｈ into plain letters, and drops default-ignorable characters such as a soft
// hyphen a pasted name may carry unseen); the second folds case in full (ß→ss, İ→i̇) and removes
// the marks that folding brings (the dot of i̇).
constexpr int kKeyMarks = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE;
constexpr int kKeyCase =
    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE | UTF8PROC_CASEFOLD;

// Turkish dotless ı folds to itself, yet title case turns it into I, whose key is "i": a name
// saved title-cased must still be found as typed.
void i_for_dotless_i(std::u32string& s) {
    for (char32_t& cp : s) {
        if (cp == U'ı') cp = U'i';
    }
}

// Lower case inside a word; Greek capital sigma ends a word as final ς, not σ (the one
// context-dependent lower-case mapping a name meets).
char32_t lower_in_word(char32_t cp, bool word_end) {
    if (cp == U'Σ' && word_end) return U'ς';
    return to_lower(cp);
}

}  // namespace

std::string search_key(std::string_view name) {
    std::u32string s = decode(map_unicode(map_unicode(name, kKeyMarks), kKeyCase));
    d_for_d_with_stroke(s);
    i_for_dotless_i(s);
    return encode(collapse_spaces(s));
}

std::string strip_marks(std::string_view s) {
    std::u32string out = decode(map_unicode(s, kWithoutMarks));
    d_for_d_with_stroke(out);
    return encode(out);
}

std::string title_case_name(std::string_view name) {
    std::u32string s = collapse_spaces(to_nfc(decode(name)));
    bool word_start = true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char32_t& cp = s[i];
        if (is_any_letter(cp)) {
            const bool word_end = i + 1 == s.size() || !is_any_letter(s[i + 1]);
            cp = word_start ? to_title(cp) : lower_in_word(cp, word_end);
            word_start = false;
        } else if (cp == U' ' || cp == U'-' || cp == U'\'' || cp == U'\u2019') {
            word_start = true;
        }
    }
    // Case mapping can leave a letter and a following mark that compose: "i\u0307" (i, dot
    // above) becomes "I\u0307", whose NFC is İ.
    return to_nfc(encode(s));
}

std::string tidy_spaces(std::string_view s) { return encode(collapse_spaces(to_nfc(decode(s)))); }

}  // namespace tramso::text
