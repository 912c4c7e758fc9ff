#include "text/normalize.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "text/chars.h"
#include "text/utf8.h"
#include "text/vietnamese.h"

namespace tramso::text {

namespace {

// Non-Vietnamese Latin letters, one row per combining mark: `composed[i]` is `bases[i]` + mark.
// (The Vietnamese vowels, some of which also appear here, come from text/vietnamese.cpp.)
struct LatinRow {
    char32_t mark;
    std::u32string_view bases;
    std::u32string_view composed;
};

constexpr LatinRow kLatin[] = {
    {0x0300, U"AEIOUaeiou", U"ÀÈÌÒÙàèìòù"},
    {0x0301, U"AEIOUYaeiouyCcLlNnRrSsZz", U"ÁÉÍÓÚÝáéíóúýĆćĹĺŃńŔŕŚśŹź"},
    {0x0302, U"AEIOUaeiouCcGgHhJjSsWwYy", U"ÂÊÎÔÛâêîôûĈĉĜĝĤĥĴĵŜŝŴŵŶŷ"},
    {0x0303, U"ANOanoIiUu", U"ÃÑÕãñõĨĩŨũ"},
    {0x0304, U"AaEeIiOoUu", U"ĀāĒēĪīŌōŪū"},
    {0x0306, U"AaEeGgIiOoUu", U"ĂăĔĕĞğĬĭŎŏŬŭ"},
    {0x0307, U"CcEeGgIZz", U"ĊċĖėĠġİŻż"},
    {0x0308, U"AEIOUaeiouyY", U"ÄËÏÖÜäëïöüÿŸ"},
    {0x030A, U"AaUu", U"ÅåŮů"},
    {0x030B, U"OoUu", U"ŐőŰű"},
    {0x030C, U"CcDdEeLlNnRrSsTtZz", U"ČčĎďĚěĽľŇňŘřŠšŤťŽž"},
    {0x0327, U"CcGgKkLlNnRrSsTt", U"ÇçĢģĶķĻļŅņŖŗŞşŢţ"},
    {0x0328, U"AaEeIiUu", U"ĄąĘęĮįŲų"},
};

// Singleton decompositions: never produced by composition again.
constexpr std::pair<char32_t, char32_t> kSingletons[] = {
    {0x0340, 0x0300},  // combining grave tone mark (old Vietnamese input)
    {0x0341, 0x0301},  // combining acute tone mark
    {0x0343, 0x0313},  // combining Greek koronis
    {0x212A, U'K'},    // Kelvin sign
    {0x212B, U'Å'},    // Angstrom sign
};

struct Tables {
    std::unordered_map<char32_t, std::pair<char32_t, char32_t>> decompose;
    std::unordered_map<char32_t, char32_t> singleton;
    std::unordered_map<unsigned long long, char32_t> compose;

    static unsigned long long pair_key(char32_t a, char32_t b) {
        return (static_cast<unsigned long long>(a) << 32) | b;
    }

    void add(char32_t composed, char32_t first, char32_t mark) {
        decompose.emplace(composed, std::pair{first, mark});
        compose.emplace(pair_key(first, mark), composed);
    }

    // Canonical decomposition of a Vietnamese letter into (letter with one mark fewer, mark).
    // Dot below comes off last for â ă ê ô (ậ = ạ + ̂) because its ccc (220) is lower than
    // the circumflex's and breve's (230); horn (216) is lower still, so ợ = ơ + ̣.
    void add_vietnamese(char32_t base, Mark mark, Tone tone, bool upper) {
        const char32_t composed = make_vietnamese_letter(base, mark, tone, upper);
        if (mark == Mark::None && tone == Tone::None) return;
        if (mark == Mark::Stroke) return;  // đ has no decomposition
        if (tone == Tone::None) {
            add(composed, make_vietnamese_letter(base, Mark::None, Tone::None, upper),
                combining_mark(mark));
        } else if (mark == Mark::None) {
            add(composed, make_vietnamese_letter(base, Mark::None, Tone::None, upper),
                combining_mark(tone));
        } else if (tone == Tone::Nang && (mark == Mark::Circumflex || mark == Mark::Breve)) {
            add(composed, make_vietnamese_letter(base, Mark::None, tone, upper),
                combining_mark(mark));
        } else {
            add(composed, make_vietnamese_letter(base, mark, Tone::None, upper),
                combining_mark(tone));
        }
    }

    Tables() {
        constexpr std::pair<char32_t, Mark> kVowels[] = {
            {U'a', Mark::None}, {U'a', Mark::Breve},      {U'a', Mark::Circumflex},
            {U'e', Mark::None}, {U'e', Mark::Circumflex}, {U'i', Mark::None},
            {U'o', Mark::None}, {U'o', Mark::Circumflex}, {U'o', Mark::Horn},
            {U'u', Mark::None}, {U'u', Mark::Horn},       {U'y', Mark::None},
        };
        for (auto [base, mark] : kVowels) {
            for (int t = 0; t <= static_cast<int>(Tone::Nang); ++t) {
                for (bool upper : {false, true}) {
                    add_vietnamese(base, mark, static_cast<Tone>(t), upper);
                }
            }
        }
        for (const auto& row : kLatin) {
            for (std::size_t i = 0; i < row.bases.size(); ++i) {
                add(row.composed[i], row.bases[i], row.mark);
            }
        }
        for (auto [from, to] : kSingletons) singleton.emplace(from, to);
    }
};

const Tables& tables() {
    static const Tables t;  // immutable after first use
    return t;
}

void decompose_into(char32_t cp, std::u32string& out) {
    const auto& t = tables();
    if (auto it = t.singleton.find(cp); it != t.singleton.end()) {
        decompose_into(it->second, out);
        return;
    }
    if (auto it = t.decompose.find(cp); it != t.decompose.end()) {
        decompose_into(it->second.first, out);
        out.push_back(it->second.second);
        return;
    }
    out.push_back(cp);
}

// Puts each run of combining marks into ascending combining-class order (stable, so marks of
// equal class keep their order: they are not interchangeable).
void canonical_order(std::u32string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        if (combining_class(s[i]) == 0) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < s.size() && combining_class(s[end]) != 0) ++end;
        std::stable_sort(s.begin() + static_cast<std::ptrdiff_t>(i),
                         s.begin() + static_cast<std::ptrdiff_t>(end), [](char32_t a, char32_t b) {
                             return combining_class(a) < combining_class(b);
                         });
        i = end;
    }
}

bool is_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; });
}

}  // namespace

int combining_class(char32_t cp) {
    if (cp < 0x0300 || cp > 0x036F) return 0;
    struct Range {
        char32_t first, last;
        int ccc;
    };
    static constexpr Range kRanges[] = {
        {0x0300, 0x0314, 230}, {0x0315, 0x0315, 232}, {0x0316, 0x0319, 220}, {0x031A, 0x031A, 232},
        {0x031B, 0x031B, 216}, {0x031C, 0x0320, 220}, {0x0321, 0x0322, 202}, {0x0323, 0x0326, 220},
        {0x0327, 0x0328, 202}, {0x0329, 0x0333, 220}, {0x0334, 0x0338, 1},   {0x0339, 0x033C, 220},
        {0x033D, 0x0344, 230}, {0x0345, 0x0345, 240}, {0x0346, 0x0346, 230}, {0x0347, 0x0349, 220},
        {0x034A, 0x034C, 230}, {0x034D, 0x034E, 220}, {0x034F, 0x034F, 0},   {0x0350, 0x0352, 230},
        {0x0353, 0x0356, 220}, {0x0357, 0x0357, 230}, {0x0358, 0x0358, 232}, {0x0359, 0x035A, 220},
        {0x035B, 0x035B, 230}, {0x035C, 0x035C, 233}, {0x035D, 0x035E, 234}, {0x035F, 0x035F, 233},
        {0x0360, 0x0361, 234}, {0x0362, 0x0362, 233}, {0x0363, 0x036F, 230},
    };
    for (const auto& r : kRanges) {
        if (cp >= r.first && cp <= r.last) return r.ccc;
    }
    return 0;
}

std::u32string to_nfd(std::u32string_view s) {
    std::u32string out;
    out.reserve(s.size() + s.size() / 2);
    for (char32_t cp : s) decompose_into(cp, out);
    canonical_order(out);
    return out;
}

std::u32string to_nfc(std::u32string_view s) {
    const auto& compose = tables().compose;
    const std::u32string nfd = to_nfd(s);
    std::u32string out;
    out.reserve(nfd.size());
    constexpr std::size_t kNone = std::u32string::npos;
    std::size_t starter = kNone;
    int last_ccc = -1;  // class of the last mark kept since the starter; -1: none yet
    for (char32_t cp : nfd) {
        const int ccc = combining_class(cp);
        // A mark composes with the starter unless an uncomposed mark of the same or higher
        // class sits between them (it would be "blocked").
        if (starter != kNone && (last_ccc == -1 || last_ccc < ccc)) {
            auto it = compose.find(Tables::pair_key(out[starter], cp));
            if (it != compose.end()) {
                out[starter] = it->second;
                continue;
            }
        }
        if (ccc == 0) {
            starter = out.size();
            last_ccc = -1;
        } else {
            last_ccc = ccc;
        }
        out.push_back(cp);
    }
    return out;
}

std::string to_nfd(std::string_view utf8) {
    if (is_ascii(utf8)) return std::string(utf8);
    return encode(to_nfd(decode(utf8)));
}

std::string to_nfc(std::string_view utf8) {
    if (is_ascii(utf8)) return std::string(utf8);
    return encode(to_nfc(decode(utf8)));
}

}  // namespace tramso::text
