// Keyed UI strings (assets/strings/vi.toml, en.toml, and vi/, en/ per feature). Screens never hard-code text: they ask
// for a key, so the language switch and later translations touch data only.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/lang.h"
#include "core/result.h"

namespace tramso {

class StringTable {
public:
    // Loads <dir>/vi.toml, <dir>/vi/*.toml and the same for en. Both languages must define
    // the same keys; a key defined in two files is an error.
    static Result<StringTable> load(const std::string& dir);
    static Result<StringTable> parse(std::string_view vi_text, std::string_view en_text);

    // The text for `key`; a missing key shows as "[key]" so it is visible, never a crash.
    const std::string& get(Lang lang, std::string_view key) const;
    // Replaces {name} placeholders, e.g. format(vi, "home.greeting", {{"name", "Hoa"}}).
    std::string format(Lang lang, std::string_view key,
                       const std::vector<std::pair<std::string, std::string>>& args) const;
    std::vector<std::string> keys(Lang lang) const;

private:
    Status check_same_keys(const std::string& where_prefix) const;

    std::map<std::string, std::string, std::less<>> m_text[2];
    mutable std::map<std::string, std::string, std::less<>> m_missing;
};

}  // namespace tramso
