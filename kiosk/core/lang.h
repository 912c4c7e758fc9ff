// The languages the kiosk speaks. Vietnamese is the default and the fallback.
#pragma once

#include <string_view>

namespace tramso {

enum class Lang { vi, en };

inline std::string_view lang_code(Lang l) { return l == Lang::vi ? "vi" : "en"; }
inline Lang lang_from_code(std::string_view code) { return code == "en" ? Lang::en : Lang::vi; }
inline Lang other_lang(Lang l) { return l == Lang::vi ? Lang::en : Lang::vi; }

}  // namespace tramso
