// NFC/NFD and the name search key on arbitrary bytes: both forms are idempotent, each is
// reached from the other, the output is valid UTF-8, and the search key does not depend on
// which form a name was typed in; title case is NFC and stable.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "text/names.h"
#include "text/normalize.h"
#include "text/utf8.h"

using namespace tramso::text;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    const std::string nfc = to_nfc(in);
    const std::string nfd = to_nfd(in);
    FUZZ_CHECK(is_valid_utf8(nfc));
    FUZZ_CHECK(is_valid_utf8(nfd));
    FUZZ_CHECK(to_nfc(nfc) == nfc);
    FUZZ_CHECK(to_nfd(nfd) == nfd);
    FUZZ_CHECK(to_nfc(nfd) == nfc);
    FUZZ_CHECK(to_nfd(nfc) == nfd);
    // Valid UTF-8 decodes to the same code points in either form's code point API.
    FUZZ_CHECK(encode(to_nfc(decode(in))) == nfc);

    const std::string key = search_key(in);
    FUZZ_CHECK(is_valid_utf8(key));
    FUZZ_CHECK(search_key(nfd) == key);
    FUZZ_CHECK(search_key(nfc) == key);
    FUZZ_CHECK(search_key(key) == key);
    FUZZ_CHECK(key.empty() || (key.front() != ' ' && key.back() != ' '));
    FUZZ_CHECK(key.find("  ") == std::string::npos);

    const std::string title = title_case_name(in);
    FUZZ_CHECK(is_valid_utf8(title));
    FUZZ_CHECK(to_nfc(title) == title);
    FUZZ_CHECK(title_case_name(title) == title);

    const std::string tidy = tidy_spaces(in);
    FUZZ_CHECK(tidy_spaces(tidy) == tidy);
    FUZZ_CHECK(is_valid_utf8(tidy));

    const std::string plain = strip_marks(in);
    FUZZ_CHECK(is_valid_utf8(plain));
    FUZZ_CHECK(strip_marks(plain) == plain);
    FUZZ_CHECK(search_key(plain) == key);
    return 0;
}
