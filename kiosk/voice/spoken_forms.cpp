#include "voice/spoken_forms.h"

#include <array>

#include "text/chars.h"
#include "text/utf8.h"

namespace tramso::voice::spoken {

using text::encode;

namespace {

constexpr Words kVi = {"trên", "phẩy", "đồng",  "nghìn",  "triệu", "phần trăm", "cộng",       "trừ",      "đến",
                       "và",   "sao",  "thăng", "a còng", "chấm",  "gạch chéo", "gạch ngang", "gạch dưới"};
constexpr Words kEn = {"of",  "point", "dong", "thousand", "million", "percent", "plus", "minus",     "to",
                       "and", "star",  "hash", "at",       "dot",     "slash",   "dash", "underscore"};

constexpr std::array<const char*, 12> kEnMonths = {"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};

// Acronyms espeak's Vietnamese rules read as a syllable ("OTP" → "ót p"); spelled instead.
constexpr std::array<const char*, 2> kViSpelledAcronyms = {"OTP", "ID"};

bool is_ascii_upper(char32_t c) { return c >= U'A' && c <= U'Z'; }

bool is_arrow(char32_t c) {
    return (c >= 0x2190 && c <= 0x21FF) || c == 0x27A1 || (c >= 0x2794 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2B11);
}

std::string spoken_int(U32View digits) {
    // "05" → "5": a leading zero in a time or date is not spoken.
    std::size_t i = 0;
    while (i + 1 < digits.size() && digits[i] == U'0') ++i;
    return encode(digits.substr(i));
}

std::optional<int> small_number(U32View s) {
    if (!all_digits(s) || s.size() > 4) return std::nullopt;
    int v = 0;
    for (char32_t c : s) v = v * 10 + static_cast<int>(c - U'0');
    return v;
}

std::vector<U32View> split(U32View s, char32_t sep) {
    std::vector<U32View> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

bool ends_with(U32View s, U32View tail) { return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail; }

}  // namespace

const Words& words(Lang lang) { return lang == Lang::vi ? kVi : kEn; }

// [SECTION] Character classes

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool all_digits(U32View s) {
    if (s.empty()) return false;
    for (char32_t c : s)
        if (!is_digit(c)) return false;
    return true;
}

// Marks that separate ideas on screen: read as a short pause.
bool is_pause_symbol(char32_t c) {
    switch (c) {
        case U'•':
        case U'·':
        case U'◦':
        case U'‣':
        case U'▪':
        case U'●':
        case U'▶':
        case U'►':
        case U'—':
        case U'–':
        case U'…':
        case U'|':
        case U'/':
            return true;
        default:
            return is_arrow(c);
    }
}

// Symbols espeak would read by name (often in English): dropped.
bool is_dropped_symbol(char32_t c) {
    if (c >= 0x1F000 && c <= 0x1FAFF) return true;  // emoji, flags, skin tones
    if (c >= 0x2600 && c <= 0x27BF) return true;    // misc symbols, dingbats
    if (c >= 0x2500 && c <= 0x25FF) return true;    // box drawing, blocks, shapes
    if (c >= 0x2B00 && c <= 0x2BFF) return true;    // more arrows and stars
    if (c >= 0xFE00 && c <= 0xFE0F) return true;    // emoji presentation selectors
    if (c >= 0x200B && c <= 0x200F) return true;    // zero-width joiner and friends
    if (c >= 0xE0000 && c <= 0xE007F) return true;  // flag tags
    switch (c) {
        case U'"':
        case U'“':
        case U'”':
        case U'„':
        case U'«':
        case U'»':
        case U'‹':
        case U'›':
        case U'‘':
        case U'<':
        case U'>':
        case U'[':
        case U']':
        case U'{':
        case U'}':
        case U'\\':
        case U'^':
        case U'_':
        case U'`':
        case U'~':
        case U'=':
        case U'*':
        case U'#':
        case U'$':
        case U'©':
        case U'®':
        case U'™':
        case U'\u2060':
        case U'\u20E3':
        case U'\u00A7':
            return true;
        default:
            return false;
    }
}

// Punctuation that stays attached to the end of a word and that espeak turns into a pause.
bool is_trailing_punct(char32_t c) {
    return c == U'.' || c == U',' || c == U';' || c == U':' || c == U'!' || c == U'?' || c == U')' || c == U'…';
}

// [SECTION] Whole-token rules

std::string join(const std::vector<std::string>& parts, const char* sep) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

std::string spell(U32View code, Lang lang) {
    std::vector<std::string> parts;
    for (char32_t c : code) {
        if (c == U'*') {
            parts.emplace_back(words(lang).star);
        } else if (c == U'#') {
            parts.emplace_back(words(lang).hash);
        } else if (is_digit(c) || text::is_letter(c)) {
            parts.push_back(encode(text::to_upper(c)));
        }
    }
    return join(parts, ", ");
}

// K7Q2XM: upper-case ASCII letters and digits, both present.
bool is_code(U32View s) {
    if (s.size() < 4) return false;
    bool letter = false, digit = false;
    for (char32_t c : s) {
        if (is_digit(c))
            digit = true;
        else if (is_ascii_upper(c))
            letter = true;
        else
            return false;
    }
    return letter && digit;
}

// *101#, #100*: a phone keypad sequence.
bool is_keypad(U32View s) {
    bool symbol = false, digit = false;
    for (char32_t c : s) {
        if (c == U'*' || c == U'#')
            symbol = true;
        else if (is_digit(c))
            digit = true;
        else
            return false;
    }
    return symbol && digit;
}

bool is_web_address(U32View s) {
    if (s.find(U"://") != U32View::npos || s.starts_with(U"www.")) return true;
    const auto at = s.find(U'@');
    if (at != U32View::npos && at > 0 && s.find(U'.', at) != U32View::npos) return true;
    // Bare domains: the endings learners meet (bank, government and mail sites).
    U32View host = s.substr(0, s.find(U'/'));
    for (U32View tld : {U".vn", U".com", U".net", U".org"})
        if (ends_with(host, tld) && host.size() > tld.size()) return true;
    return false;
}

std::string web_text(U32View s, Lang lang) {
    const Words& w = words(lang);
    if (auto scheme = s.find(U"://"); scheme != U32View::npos) s = s.substr(scheme + 3);
    while (!s.empty() && s.back() == U'/') s.remove_suffix(1);
    std::vector<std::string> parts;
    std::u32string word;
    auto flush = [&] {
        if (!word.empty()) parts.push_back(encode(word));
        word.clear();
    };
    for (char32_t c : s) {
        const char* said = c == U'@'   ? w.at
                           : c == U'.' ? w.dot
                           : c == U'/' ? w.slash
                           : c == U'-' ? w.dash
                           : c == U'_' ? w.underscore
                                       : nullptr;
        if (said != nullptr) {
            flush();
            parts.emplace_back(said);
        } else if (!is_dropped_symbol(c)) {
            word += text::to_lower(c);
        }
    }
    flush();
    return join(parts, " ");
}

// 9:30, 09:30, 9h30, 9h (Vietnamese writes hours with "h").
std::optional<std::string> time_text(U32View s, Lang lang) {
    std::size_t sep = s.find_first_of(lang == Lang::vi ? U":hH" : U":");
    if (sep == U32View::npos || sep == 0 || sep > 2) return std::nullopt;
    const U32View hh = s.substr(0, sep), mm = s.substr(sep + 1);
    const bool bare_hour = s[sep] != U':' && mm.empty();
    if (!bare_hour && mm.size() != 2) return std::nullopt;
    const auto h = small_number(hh);
    const auto m = bare_hour ? std::optional<int>(0) : small_number(mm);
    if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
    const std::string hour = spoken_int(hh);
    if (lang == Lang::vi) {
        if (*m == 0) return hour + " giờ";
        if (*m < 10) return hour + " giờ " + spoken_int(mm) + " phút";
        return hour + " giờ " + encode(mm);
    }
    if (*m == 0) return hour + " o'clock";
    if (*m < 10) return hour + " oh " + spoken_int(mm);
    return hour + " " + encode(mm);
}

// 12/5/2024, 12-05-2024, 12.5.2024; and "ngày 12/5" when the word before is "ngày".
std::optional<std::string> date_text(U32View s, Lang lang, bool after_ngay) {
    for (char32_t sep : {U'/', U'-', U'.'}) {
        const auto parts = split(s, sep);
        const bool with_year = parts.size() == 3 && parts[2].size() == 4;
        const bool day_month = parts.size() == 2 && after_ngay && sep == U'/';
        if (!with_year && !day_month) continue;
        const auto d = small_number(parts[0]), m = small_number(parts[1]);
        if (!d || !m || parts[0].size() > 2 || parts[1].size() > 2) continue;
        if (*d < 1 || *d > 31 || *m < 1 || *m > 12) continue;
        if (with_year && !all_digits(parts[2])) continue;
        std::string out;
        if (lang == Lang::vi) {
            out = (after_ngay ? "" : "ngày ") + spoken_int(parts[0]) + " tháng " + spoken_int(parts[1]);
            if (with_year) out += " năm " + encode(parts[2]);
        } else {
            out = spoken_int(parts[0]) + " " + kEnMonths[static_cast<std::size_t>(*m - 1)];
            if (with_year) out += " " + encode(parts[2]);
        }
        return out;
    }
    return std::nullopt;
}

// 3/8 → "3 trên 8"; 3-5 → "3 đến 5".
std::optional<std::string> pair_text(U32View s, Lang lang) {
    for (char32_t sep : {U'/', U'-', U'–'}) {
        const auto parts = split(s, sep);
        if (parts.size() != 2 || !small_number(parts[0]) || !small_number(parts[1])) continue;
        if (parts[0].front() == U'0' || parts[1].front() == U'0') continue;  // a code, not a count
        const char* word = sep == U'/' ? words(lang).over : words(lang).to;
        return encode(parts[0]) + " " + word + " " + encode(parts[1]);
    }
    return std::nullopt;
}

namespace {
// 0912345678 → "0 9 1 2, 3 4 5, 6 7 8": phone and account numbers are read digit by digit.
std::string digit_groups(U32View s) {
    const std::size_t n = s.size();
    std::size_t first = n <= 4 ? n : (n % 3 == 1 ? 4 : (n % 3 == 0 ? 3 : 2));
    std::vector<std::string> groups;
    for (std::size_t at = 0, len = first; at < n; at += len, len = 3) {
        std::string g;
        for (char32_t c : s.substr(at, len)) {
            if (!g.empty()) g += ' ';
            g += static_cast<char>(c);
        }
        groups.push_back(g);
    }
    return join(groups, ", ");
}
}  // namespace

// An amount: digits with the language's thousands separator and decimal mark, an optional
// sign and unit. "70.000đ" → "70000 đồng", "+140.000" → "cộng 140000", "2,5" → "2 phẩy 5".
std::optional<std::string> amount_text(U32View s, Lang lang) {
    const Words& w = words(lang);
    std::string sign;
    if (!s.empty() && (s.front() == U'+' || s.front() == U'-' || s.front() == U'−')) {
        sign = s.front() == U'+' ? w.plus : w.minus;
        s.remove_prefix(1);
    }
    std::size_t end = 0;
    while (end < s.size() && (is_digit(s[end]) || s[end] == U'.' || s[end] == U',')) ++end;
    U32View num = s.substr(0, end), unit = s.substr(end);
    if (num.empty() || !is_digit(num.front()) || !is_digit(num.back())) return std::nullopt;

    std::string unit_words;
    if (!unit.empty()) {
        const std::string u = encode(unit);
        if (u == "đ" || u == "₫" || u == "VND" || u == "VNĐ" || u == "vnđ")
            unit_words = w.currency;
        else if (u == "k" || u == "K")
            unit_words = w.thousand;
        else if (u == "tr" && lang == Lang::vi)
            unit_words = w.million;
        else if (u == "%")
            unit_words = w.percent;
        else
            return std::nullopt;
    }

    const char32_t group_mark = lang == Lang::vi ? U'.' : U',';
    const char32_t decimal_mark = lang == Lang::vi ? U',' : U'.';
    const auto decimal_at = num.find(decimal_mark);
    U32View whole = num.substr(0, decimal_at);
    U32View fraction = decimal_at == U32View::npos ? U32View{} : num.substr(decimal_at + 1);
    if (!fraction.empty() && !all_digits(fraction)) return std::nullopt;

    std::string amount;
    if (all_digits(whole)) {
        const bool read_digits = sign.empty() && unit_words.empty() && fraction.empty() &&
                                 decimal_at == U32View::npos &&
                                 ((whole.size() >= 3 && whole.front() == U'0') || whole.size() >= 7);
        if (!sign.empty() || !unit_words.empty() || decimal_at != U32View::npos || read_digits) {
            amount = read_digits ? digit_groups(whole) : encode(whole);
        } else {
            return std::nullopt;  // a plain number: espeak reads it well
        }
    } else {
        // Thousands groups: 1.234.567 (vi) / 1,234,567 (en); each group after the first has 3.
        const auto groups = split(whole, group_mark);
        if (groups.size() < 2 || groups[0].empty() || groups[0].size() > 3) return std::nullopt;
        for (std::size_t i = 0; i < groups.size(); ++i) {
            if (!all_digits(groups[i]) || (i > 0 && groups[i].size() != 3)) return std::nullopt;
            amount += encode(groups[i]);
        }
    }
    if (decimal_at != U32View::npos) {
        if (fraction.empty()) return std::nullopt;
        amount += lang == Lang::vi ? " " + std::string(w.decimal) + " " + encode(fraction) : "." + encode(fraction);
    }
    std::string out = sign.empty() ? amount : sign + " " + amount;
    if (!unit_words.empty()) out += " " + unit_words;
    return out;
}

bool is_spelled_acronym(U32View s, Lang lang) {
    if (lang != Lang::vi) return false;
    const std::string word = encode(s);
    for (const char* a : kViSpelledAcronyms)
        if (word == a) return true;
    return false;
}

std::string spell_acronym(U32View s) {
    std::string out;
    for (char32_t c : s) {
        if (!out.empty()) out += ' ';
        text::append_utf8(out, c);
    }
    return out;
}

bool is_currency_word(U32View s) { return s == U"đ" || s == U"₫" || s == U"VND" || s == U"VNĐ" || s == U"vnđ"; }
}  // namespace tramso::voice::spoken
