// How the simulated finger types on the on-screen keyboard, shared by the script
// driver's `keys` command and the soak's registrations.
#include "dev/sim_driver.h"

#include "input/keyboard.h"
#include "text/chars.h"
#include "text/utf8.h"
#include "text/vietnamese.h"

namespace tramso::dev {

// UTF-8 → one string per code point (the keyboard's key labels).
std::vector<std::string> split_chars(const std::string& s) {
    std::vector<std::string> out;
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = s[i];
        const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        out.push_back(s.substr(i, n));
        i += n;
    }
    return out;
}

// Types one character the way a person at the kiosk would: taps its key if it is
// showing; otherwise taps "Chữ hoa" for the other case, "123"/"ABC" for the other page, and a
// toned letter (ễ) as its letter (ê) followed by the tone key. A space is the "Dấu cách" key.
// Sets `missing` to the label it looked for when no key can type the character.
Status type_char(SimDriver& d, const std::string& ch, std::string& missing, int depth) {
    using namespace input::key_labels;
    const std::string label = ch == " " ? std::string(kSpace) : ch;
    auto tap = [&](const std::string& l) -> Status {
        const auto* item = d.find(l);
        return d.touch(item->rect.cx(), item->rect.cy(), 0);
    };
    if (d.find(label)) return tap(label);
    const std::u32string cps = text::decode(ch);
    const char32_t cp = cps.size() == 1 ? cps[0] : 0;
    // The other case: shift goes Off → Once → Locked → Off, so at most three taps.
    if (cp && text::is_letter(cp)) {
        for (int i = 0; i < 3 && !d.find(label) && d.find(std::string(kShift)); ++i)
            if (Status s = tap(std::string(kShift)); !s) return s;
        if (d.find(label)) return tap(label);
    }
    // The other page of the keyboard (digits and signs, or letters).
    for (std::string_view page : {kSymbols, kLetters}) {
        if (d.find(label) || !d.find(std::string(page))) continue;
        if (Status s = tap(std::string(page)); !s) return s;
        if (d.find(label)) return tap(label);
    }
    // A toned letter: its letter, then the tone key (the keyboard puts the tone where it belongs).
    if (const auto parts = cp ? text::split_vietnamese_letter(cp) : std::nullopt;
        parts && parts->tone != text::Tone::None && depth == 0) {
        const char32_t plain = text::make_vietnamese_letter(parts->base, parts->mark, text::Tone::None, parts->upper);
        if (Status s = type_char(d, text::encode(std::u32string(1, plain)), missing, depth + 1); !s || !missing.empty())
            return s;
        const std::string tone = input::tone_key_label(parts->tone);
        if (!d.find(tone)) {
            missing = tone;
            return Ok{};
        }
        return tap(tone);
    }
    missing = label;
    return Ok{};
}

Status type_text(SimDriver& d, const std::string& text) {
    for (const std::string& ch : split_chars(text)) {
        std::string missing;
        if (Status s = type_char(d, ch, missing); !s) return s;
        if (!missing.empty()) return Error{"keys", "cannot type \"" + ch + "\": no key labelled \"" + missing + "\""};
    }
    return Ok{};
}

}  // namespace tramso::dev
