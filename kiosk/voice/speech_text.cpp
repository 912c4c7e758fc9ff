// Splits screen text into words, gives each word its spoken form (spoken_forms.h) and joins
// the result with tidy punctuation: no doubled pauses, no pause at the start or end.
#include "voice/speech_text.h"

#include <vector>

#include "text/chars.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "voice/spoken_forms.h"

namespace tramso::voice {
namespace {

using namespace spoken;
using text::encode;
using U32 = std::u32string;

struct Builder {
    Lang lang;
    std::vector<std::string> out;
    bool prev_was_number = false;
    bool prev_was_ngay = false;

    void pause() { out.emplace_back(","); }
    void sentence_break() { out.emplace_back("."); }

    // A token with no white space in it.
    void token(U32View raw) {
        std::size_t b = 0, e = raw.size();
        while (b < e && (raw[b] == U'(' || is_dropped_symbol(raw[b]) || is_pause_symbol(raw[b])) && raw[b] != U'*' &&
               raw[b] != U'#') {
            if (raw[b] == U'(')
                out.emplace_back("(");
            else if (is_pause_symbol(raw[b]))
                pause();
            ++b;
        }
        while (e > b &&
               (is_trailing_punct(raw[e - 1]) || is_dropped_symbol(raw[e - 1]) || is_pause_symbol(raw[e - 1])) &&
               raw[e - 1] != U'#' && raw[e - 1] != U'%')
            --e;
        if (b < e) core(raw.substr(b, e - b));
        for (char32_t c : raw.substr(e)) {
            if (c == U'…' || is_pause_symbol(c))
                pause();
            else if (is_trailing_punct(c))
                out.push_back(encode(c));
        }
    }

    void core(U32View s) {
        const bool after_ngay = prev_was_ngay;
        prev_was_ngay = lang == Lang::vi && (s == U"ngày" || s == U"Ngày");
        const bool after_number = prev_was_number;
        prev_was_number = false;
        if (after_number && is_currency_word(s)) return emit(words(lang).currency);
        if (s == U"-") return pause();  // a dash standing between words
        if (is_keypad(s) || is_code(s)) return emit(spell(s, lang));
        if (is_spelled_acronym(s, lang)) return emit(spell_acronym(s));
        if (is_web_address(s)) return emit(web_text(s, lang));
        if (auto t = time_text(s, lang)) return emit(*t);
        if (auto d = date_text(s, lang, after_ngay)) return emit(*d);
        if (auto p = pair_text(s, lang)) return emit(*p);
        if (auto n = amount_text(s, lang)) {
            prev_was_number = true;
            return emit(*n);
        }
        if (all_digits(s)) {
            prev_was_number = true;
            return emit(encode(s));
        }
        plain(s);
    }

    void emit(const std::string& s) { out.push_back(s); }

    // A word with symbols inside ("Zalo→Cài", "Zalo/Facebook"): split at them.
    void plain(U32View s) {
        U32 word;
        auto flush = [&] {
            if (!word.empty()) core_piece(word);
            word.clear();
        };
        for (char32_t c : s) {
            if (is_pause_symbol(c)) {
                flush();
                pause();
            } else if (c == U'&') {
                flush();
                emit(words(lang).and_);
            } else if (is_dropped_symbol(c)) {
                flush();
            } else {
                word += c == U'’' ? U'\'' : c;  // typographic apostrophe in "don’t"
            }
        }
        flush();
    }

    // A piece of a split word gets the number rules again, but is never split further.
    void core_piece(U32View s) {
        if (auto n = amount_text(s, lang)) return emit(*n);
        if (auto p = pair_text(s, lang)) return emit(*p);
        out.push_back(encode(s));
    }
};

bool is_sentence_end(char c) { return c == '.' || c == '!' || c == '?' || c == ':' || c == ';'; }

// Joins pieces with single spaces; no space before punctuation, no doubled or leading pauses.
std::string assemble(const std::vector<std::string>& pieces) {
    std::string out;
    for (const std::string& p : pieces) {
        const bool punct = p.size() == 1 && (is_sentence_end(p[0]) || p[0] == ',' || p[0] == ')');
        if (!punct) {
            if (!out.empty() && out.back() != '(') out += ' ';
            out += p;
            continue;
        }
        if (out.empty()) continue;
        const char last = out.back();
        if (p[0] == ',' && (last == ',' || is_sentence_end(last))) continue;
        if (p[0] == '.' && is_sentence_end(last)) continue;
        if (is_sentence_end(p[0]) && last == ',') out.pop_back();
        if (!out.empty() && out.back() == '(' && p[0] == ')') {
            out.pop_back();
            continue;
        }
        out += p;
    }
    while (!out.empty() && (out.back() == ',' || out.back() == ' ' || out.back() == '(')) out.pop_back();
    return out;
}

}  // namespace

std::string spell_code(std::string_view code, Lang lang) { return spell(text::decode(text::to_nfc(code)), lang); }

std::string speech_text(std::string_view input, Lang lang, SpeechKind kind) {
    if (kind == SpeechKind::Code) return spell_code(input, lang);
    const U32 s = text::decode(text::to_nfc(input));
    Builder b{lang, {}};
    U32 word;
    auto flush = [&] {
        if (!word.empty()) b.token(word);
        word.clear();
    };
    for (char32_t c : s) {
        if (c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029) {
            flush();
            // A line break on screen is a pause in speech; a list item without a full stop
            // would otherwise run into the next.
            b.sentence_break();
        } else if (text::is_space(c) || c == U'\t') {
            flush();
        } else {
            word += c;
        }
    }
    flush();
    return assemble(b.out);
}

}  // namespace tramso::voice