#include "text/wording.h"

#include <array>
#include <optional>

#include "text/chars.h"
#include "text/utf8.h"

namespace tramso::text {

namespace {

// An open syllable ending in oa, oe or uy carries its tone on the first of the two vowels.
// Left: the other placement; right: the one the kiosk writes. After "q" the u belongs to the
// consonant ("quý"), so these endings are only checked after other letters.
struct Rhyme {
    std::u32string_view other;
    std::u32string_view house;
};
constexpr std::array kRhymes{
    Rhyme{U"oà", U"òa"}, Rhyme{U"oá", U"óa"}, Rhyme{U"oả", U"ỏa"}, Rhyme{U"oã", U"õa"}, Rhyme{U"oạ", U"ọa"},
    Rhyme{U"oè", U"òe"}, Rhyme{U"oé", U"óe"}, Rhyme{U"oẻ", U"ỏe"}, Rhyme{U"oẽ", U"õe"}, Rhyme{U"oẹ", U"ọe"},
    Rhyme{U"uỳ", U"ùy"}, Rhyme{U"uý", U"úy"}, Rhyme{U"uỷ", U"ủy"}, Rhyme{U"uỹ", U"ũy"}, Rhyme{U"uỵ", U"ụy"},
};

// Words (lower case, one or more space-separated words) the kiosk does not say to a learner,
// and what it says instead.
struct Listed {
    std::string_view words;
    std::string_view problem;
    std::string_view instead;
    bool english = true;  // fine as an on-screen label quoted in “…”
};
constexpr std::array kListed{
    Listed{"ok", "English word", "“Đồng ý” or “Được”"},
    Listed{"online", "English word", "“qua mạng”"},
    Listed{"offline", "English word", "“không có mạng”"},
    Listed{"camera", "English word", "“máy ảnh” (or “Tắt hình” for a video call)"},
    Listed{"passcode", "English word", "“mã số bí mật”"},
    Listed{"password", "English word", "“mật khẩu”"},
    Listed{"app", "English word", "“ứng dụng”"},
    Listed{"click", "English word", "“chạm”"},
    Listed{"chat", "English word", "“nhắn tin”"},
    Listed{"share", "English word", "“chia sẻ”"},
    Listed{"download", "English word", "“tải về”"},
    Listed{"update", "English word", "“cập nhật”"},
    Listed{"scan", "English word", "“quét”"},
    Listed{"selfie", "English word", "“ảnh chụp khuôn mặt”"},
    Listed{"hotline", "English word", "“tổng đài”"},
    Listed{"inbox", "English word", "“hộp thư”"},
    Listed{"bấm", "a tap written as", "“chạm”", false},
    Listed{"giỏi quá", "praise that talks down to an older woman:", "“Đúng rồi ạ.” or “Chị làm đúng rồi!”", false},
    Listed{"giỏi lắm", "praise that talks down to an older woman:", "“Đúng rồi ạ.” or “Chị làm đúng rồi!”", false},
    Listed{"tốt lắm", "praise that sounds like a teacher:", "“Đúng rồi ạ.” or “Chị làm đúng rồi!”", false},
    Listed{"rất đúng", "praise that sounds like a teacher:", "“Đúng rồi ạ.”", false},
};

// Names a real phone shows, kept as they are spelled even where they contain a listed word.
constexpr std::array<std::string_view, 1> kNames{"app store"};

struct Word {
    std::size_t begin = 0;  // bytes in the text
    std::size_t end = 0;
    std::u32string letters;  // as written
    std::string lower;       // UTF-8, lower case
    bool quoted = false;     // inside “…” or "…": an on-screen label
};

bool is_word_char(char32_t cp) { return is_letter(cp) || (cp >= U'0' && cp <= U'9'); }

std::vector<Word> split_words(std::string_view s) {
    std::vector<Word> words;
    bool quoted = false;
    std::size_t pos = 0;
    Word current;
    bool in_word = false;
    while (pos < s.size()) {
        const std::size_t at = pos;
        const char32_t cp = decode_next(s, pos);
        if (is_word_char(cp)) {
            if (!in_word) {
                current = Word{};
                current.begin = at;
                current.quoted = quoted;
                in_word = true;
            }
            current.letters.push_back(cp);
            current.end = pos;
            continue;
        }
        if (in_word) {
            current.lower = to_lower(encode(current.letters));
            words.push_back(std::move(current));
            in_word = false;
        }
        if (cp == U'“') quoted = true;
        if (cp == U'”') quoted = false;
        if (cp == U'"') quoted = !quoted;
    }
    if (in_word) {
        current.lower = to_lower(encode(current.letters));
        words.push_back(std::move(current));
    }
    return words;
}

std::optional<std::u32string> retoned(std::u32string_view letters) {
    if (letters.size() < 2) return std::nullopt;
    const std::size_t i = letters.size() - 2;
    if (i > 0 && to_lower(letters[i - 1]) == U'q') return std::nullopt;
    for (const Rhyme& r : kRhymes) {
        if (to_lower(letters[i]) != r.other[0] || to_lower(letters[i + 1]) != r.other[1]) continue;
        std::u32string out(letters);
        out[i] = is_upper(letters[i]) ? to_upper(r.house[0]) : r.house[0];
        out[i + 1] = is_upper(letters[i + 1]) ? to_upper(r.house[1]) : r.house[1];
        return out;
    }
    return std::nullopt;
}

// How many words of `words` from `at` spell `phrase` ("giỏi quá" is two), or 0.
std::size_t match(const std::vector<Word>& words, std::size_t at, std::string_view phrase) {
    std::size_t n = 0;
    while (!phrase.empty()) {
        const std::size_t space = phrase.find(' ');
        const std::string_view part = phrase.substr(0, space);
        if (at + n >= words.size() || words[at + n].lower != part) return 0;
        ++n;
        phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
    }
    return n;
}

}  // namespace

std::string house_tone_placement(std::string_view word) {
    const std::u32string letters = decode(word);
    if (auto fixed = retoned(letters)) return encode(*fixed);
    return std::string(word);
}

std::vector<WordingProblem> wording_problems(std::string_view vi, WordingScope scope) {
    std::vector<WordingProblem> out;
    const std::vector<Word> words = split_words(vi);
    std::size_t skip_until = 0;  // words that are part of an app name
    for (std::size_t i = 0; i < words.size(); ++i) {
        const Word& w = words[i];
        const std::string found(vi.substr(w.begin, w.end - w.begin));
        if (auto fixed = retoned(w.letters)) {
            out.push_back({w.begin, found, "\"" + found + "\" puts the tone mark on the second vowel",
                           "write \"" + encode(*fixed) + "\" (the kiosk writes xóa, khóa, hủy, thủy, hòa)"});
        }
        if (scope != WordingScope::explanation || w.quoted || i < skip_until) continue;
        for (std::string_view name : kNames) {
            if (const std::size_t n = match(words, i, name)) skip_until = i + n;
        }
        if (i < skip_until) continue;
        if (w.lower == "link" && (i == 0 || words[i - 1].lower != "đường")) {
            out.push_back({w.begin, found, "bare \"" + found + "\"", "write \"đường link\""});
            continue;
        }
        for (const Listed& l : kListed) {
            const std::size_t n = match(words, i, l.words);
            if (n == 0) continue;
            const std::string phrase(vi.substr(w.begin, words[i + n - 1].end - w.begin));
            out.push_back({w.begin, phrase, std::string(l.problem) + " \"" + phrase + "\"",
                           "write " + std::string(l.instead) +
                               (l.english ? " (English only as an on-screen label in “…”)" : "")});
            break;
        }
    }
    return out;
}

}  // namespace tramso::text
