// The on-screen keyboard and its Telex/VNI engine on arbitrary key sequences: taps on the
// keyboard's own keys, typed code points, tones, backspace and method changes. After every
// key the text is NFC, valid UTF-8, as long as length() says and within max_length; setting
// the editor's text to what it shows changes nothing.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "input/keyboard.h"
#include "input/telex_editor.h"
#include "text/normalize.h"
#include "text/utf8.h"

using namespace tramso::input;
namespace text = tramso::text;

namespace {

struct Bytes {
    const std::uint8_t* p;
    std::size_t n;
    bool more() const { return n > 0; }
    std::uint8_t next() {
        if (!n) return 0;
        --n;
        return *p++;
    }
};

void check_editor(const TelexEditor& e) {
    const std::string t = e.text();
    FUZZ_CHECK(text::is_valid_utf8(t));
    FUZZ_CHECK(text::to_nfc(t) == t);
    FUZZ_CHECK(e.length() == text::length(t));
    FUZZ_CHECK(e.empty() == t.empty());
    const std::size_t max = e.options().max_length;
    FUZZ_CHECK(max == 0 || e.length() <= max);
    FUZZ_CHECK(text::is_valid_utf8(e.current_word()));
}

const char* const kLetters[] = {"â", "ă", "ê", "ô", "ơ", "ư", "đ", "Â", "Ă", "Ê", "Ô", "Ơ", "Ư", "Đ", "é", "ç"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Bytes in{data, size};
    const std::uint8_t setup = in.next();
    EditorOptions eo;
    eo.method = static_cast<InputMethod>(setup % 3);
    eo.tone_style = (setup & 4) ? ToneStyle::Modern : ToneStyle::Classic;
    eo.max_length = (setup & 8) ? in.next() % 40 : 0;
    KeyboardOptions ko;
    ko.layout = (setup & 16) ? KeyboardLayout::Abc : KeyboardLayout::Qwerty;
    ko.diacritic_rows = !(setup & 32);
    ko.capitalise_words = setup & 64;
    TelexEditor editor(eo);
    Keyboard keyboard(ko);

    while (in.more()) {
        const std::uint8_t op = in.next();
        switch (op % 8) {
            case 0:
            case 1: {  // a tap on a key of the page shown
                const auto& rows = keyboard.rows();
                FUZZ_CHECK(!rows.empty());
                const auto& row = rows[in.next() % rows.size()];
                if (row.empty()) break;
                const Key& key = row[in.next() % row.size()];
                FUZZ_CHECK(keyboard.find(key.label).has_value());
                FUZZ_CHECK(keyboard.tap(key.label, editor) != TapResult::UnknownKey);
                break;
            }
            case 2: {  // a code point from a physical keyboard or SDL text input
                char32_t cp = in.next();
                if (op & 0x80) cp = cp << 8 | in.next();
                editor.type_key(cp);
                break;
            }
            case 3: {  // up to 4 bytes as one key label, valid UTF-8 or not
                const std::size_t n = in.n < 4 ? in.n : 4;
                editor.type_key(std::string_view(reinterpret_cast<const char*>(in.p), n));
                in.p += n;
                in.n -= n;
                break;
            }
            case 4:
                editor.apply_tone(static_cast<tramso::text::Tone>(in.next() % 6));
                break;
            case 5:
                (op & 0x80) ? editor.space() : editor.backspace();
                break;
            case 6:
                editor.insert_letter(kLetters[in.next() % 16]);
                break;
            case 7:
                if (op & 0x80) {
                    editor.set_method(static_cast<InputMethod>(in.next() % 3));
                } else {
                    TelexEditor copy(editor.options());
                    copy.set_text(editor.text());
                    FUZZ_CHECK(copy.text() == editor.text());
                    keyboard.sync_with(editor);
                }
                break;
        }
        check_editor(editor);
    }
    return 0;
}
