#include "text/vietnamese.h"

#include <array>
#include <unordered_map>

#include "text/chars.h"

namespace tramso::text {

namespace {

// One row per vowel letter: its forms in the order of the Tone enum. Upper case and the
// reverse lookup are derived from this, so each letter is written exactly once.
struct VowelRow {
    char32_t base;
    Mark mark;
    std::array<char32_t, 6> forms;
};

constexpr VowelRow kVowels[] = {
    {U'a', Mark::None, {U'a', U'á', U'à', U'ả', U'ã', U'ạ'}},
    {U'a', Mark::Breve, {U'ă', U'ắ', U'ằ', U'ẳ', U'ẵ', U'ặ'}},
    {U'a', Mark::Circumflex, {U'â', U'ấ', U'ầ', U'ẩ', U'ẫ', U'ậ'}},
    {U'e', Mark::None, {U'e', U'é', U'è', U'ẻ', U'ẽ', U'ẹ'}},
    {U'e', Mark::Circumflex, {U'ê', U'ế', U'ề', U'ể', U'ễ', U'ệ'}},
    {U'i', Mark::None, {U'i', U'í', U'ì', U'ỉ', U'ĩ', U'ị'}},
    {U'o', Mark::None, {U'o', U'ó', U'ò', U'ỏ', U'õ', U'ọ'}},
    {U'o', Mark::Circumflex, {U'ô', U'ố', U'ồ', U'ổ', U'ỗ', U'ộ'}},
    {U'o', Mark::Horn, {U'ơ', U'ớ', U'ờ', U'ở', U'ỡ', U'ợ'}},
    {U'u', Mark::None, {U'u', U'ú', U'ù', U'ủ', U'ũ', U'ụ'}},
    {U'u', Mark::Horn, {U'ư', U'ứ', U'ừ', U'ử', U'ữ', U'ự'}},
    {U'y', Mark::None, {U'y', U'ý', U'ỳ', U'ỷ', U'ỹ', U'ỵ'}},
};

struct Tables {
    std::unordered_map<char32_t, LetterParts> split;
    std::unordered_map<unsigned, char32_t> make;  // key(): base, mark, tone, case

    static unsigned key(char32_t base, Mark mark, Tone tone, bool upper) {
        return (static_cast<unsigned>(base) << 12) | (static_cast<unsigned>(mark) << 8) |
               (static_cast<unsigned>(tone) << 4) | (upper ? 1u : 0u);
    }

    void add(char32_t lower, char32_t base, Mark mark, Tone tone) {
        for (bool upper : {false, true}) {
            const char32_t cp = upper ? to_upper(lower) : lower;
            split.emplace(cp, LetterParts{base, mark, tone, upper});
            make.emplace(key(base, mark, tone, upper), cp);
        }
    }

    Tables() {
        for (const auto& row : kVowels) {
            for (std::size_t t = 0; t < row.forms.size(); ++t) {
                add(row.forms[t], row.base, row.mark, static_cast<Tone>(t));
            }
        }
        add(U'd', U'd', Mark::None, Tone::None);
        add(U'đ', U'd', Mark::Stroke, Tone::None);
    }
};

const Tables& tables() {
    static const Tables t;  // immutable after first use; built from kVowels above
    return t;
}

}  // namespace

std::optional<LetterParts> split_vietnamese_letter(char32_t cp) {
    const auto& split = tables().split;
    if (auto it = split.find(cp); it != split.end()) return it->second;
    return std::nullopt;
}

char32_t make_vietnamese_letter(char32_t base, Mark mark, Tone tone, bool upper) {
    const auto& make = tables().make;
    if (auto it = make.find(Tables::key(base, mark, tone, upper)); it != make.end()) {
        return it->second;
    }
    return 0;
}

char32_t combining_mark(Tone tone) {
    switch (tone) {
        case Tone::Sac:
            return 0x0301;
        case Tone::Huyen:
            return 0x0300;
        case Tone::Hoi:
            return 0x0309;
        case Tone::Nga:
            return 0x0303;
        case Tone::Nang:
            return 0x0323;
        case Tone::None:
            break;
    }
    return 0;
}

char32_t combining_mark(Mark mark) {
    switch (mark) {
        case Mark::Circumflex:
            return 0x0302;
        case Mark::Breve:
            return 0x0306;
        case Mark::Horn:
            return 0x031B;
        case Mark::None:
        case Mark::Stroke:
            break;
    }
    return 0;
}

std::optional<Tone> tone_from_combining(char32_t cp) {
    switch (cp) {
        case 0x0301:
        case 0x0341:
            return Tone::Sac;
        case 0x0300:
        case 0x0340:
            return Tone::Huyen;
        case 0x0309:
            return Tone::Hoi;
        case 0x0303:
            return Tone::Nga;
        case 0x0323:
            return Tone::Nang;
        default:
            return std::nullopt;
    }
}

std::optional<Mark> mark_from_combining(char32_t cp) {
    switch (cp) {
        case 0x0302:
            return Mark::Circumflex;
        case 0x0306:
            return Mark::Breve;
        case 0x031B:
            return Mark::Horn;
        default:
            return std::nullopt;
    }
}

std::string_view tone_name(Tone tone) {
    switch (tone) {
        case Tone::Sac:
            return "sắc";
        case Tone::Huyen:
            return "huyền";
        case Tone::Hoi:
            return "hỏi";
        case Tone::Nga:
            return "ngã";
        case Tone::Nang:
            return "nặng";
        case Tone::None:
            break;
    }
    return "ngang";
}

}  // namespace tramso::text
