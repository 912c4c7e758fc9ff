#include "text/unicode_map.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "text/utf8.h"

namespace tramso::text {

std::string map_unicode(std::string_view utf8, int options) {
    std::string repaired;
    if (!is_valid_utf8(utf8)) {
        repaired = encode(decode(utf8));
        utf8 = repaired;
    }
    utf8proc_uint8_t* mapped = nullptr;
    const utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()), static_cast<utf8proc_ssize_t>(utf8.size()),
                     &mapped, static_cast<utf8proc_option_t>(options));
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
    // Valid input leaves only allocation failure or a result over 2^31 code points: neither is
    // worth failing a name for, so the text goes on as it came.
    if (n < 0) return std::string(utf8);
    return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
}

}  // namespace tramso::text
