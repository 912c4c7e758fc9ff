// The one door to utf8proc inside the text module: runs utf8proc_map over UTF-8 whose
// malformed bytes have first become U+FFFD (as decode() does everywhere else), so callers
// never see utf8proc's invalid-input error. `options` are utf8proc_option_t flags.
#pragma once

#include <string>
#include <string_view>

namespace tramso::text {

std::string map_unicode(std::string_view utf8, int options);

}  // namespace tramso::text
