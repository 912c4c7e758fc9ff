// A piece of text a learner reads in either.
// Vietnamese is the lesson's own language and always present; English is a courtesy
// translation that falls back to Vietnamese where a writer left it out.
#pragma once

#include <string>

#include "core/lang.h"

namespace tramso {

struct LocalText {
    std::string vi;
    std::string en;  // empty: show the Vietnamese text

    const std::string& get(Lang lang) const { return lang == Lang::en && !en.empty() ? en : vi; }
    bool empty() const { return vi.empty() && en.empty(); }
    bool operator==(const LocalText&) const = default;
};

}  // namespace tramso
