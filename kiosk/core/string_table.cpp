#include "core/string_table.h"

#include <fstream>
#include <sstream>
#include <toml++/toml.h>

namespace tramso {
namespace {

// Flattens nested tables into dotted keys: [home] greeting = "…" → "home.greeting".
Status flatten(const toml::table& t, const std::string& prefix, const std::string& file,
               std::map<std::string, std::string, std::less<>>& out) {
    for (const auto& [k, node] : t) {
        const std::string key = prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
        if (const auto* sub = node.as_table()) {
            if (Status s = flatten(*sub, key, file, out); !s) return s;
        } else if (const auto* str = node.as_string()) {
            out[key] = str->get();
        } else {
            return Error{file + ":" + std::to_string(node.source().begin.line), key + " must be a quoted string"};
        }
    }
    return Ok{};
}

Status parse_one(std::string_view text, const std::string& file,
                 std::map<std::string, std::string, std::less<>>& out) {
    try {
        toml::table t = toml::parse(text, file);
        return flatten(t, "", file, out);
    } catch (const toml::parse_error& e) {
        return Error{file + ":" + std::to_string(e.source().begin.line), std::string(e.description())};
    }
}

Result<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{path, "cannot open the string table"};
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

Result<StringTable> StringTable::parse(std::string_view vi_text, std::string_view en_text) {
    StringTable table;
    if (Status s = parse_one(vi_text, "vi.toml", table.m_text[0]); !s) return s.error();
    if (Status s = parse_one(en_text, "en.toml", table.m_text[1]); !s) return s.error();
    for (int i = 0; i < 2; ++i)
        for (const auto& [k, v] : table.m_text[i])
            if (!table.m_text[1 - i].count(k))
                return Error{i == 0 ? "en.toml" : "vi.toml", "missing key " + k + " (every key must exist in both languages)"};
    return table;
}

Result<StringTable> StringTable::load(const std::string& dir) {
    auto vi = read_file(dir + "/vi.toml");
    if (!vi) return vi.error();
    auto en = read_file(dir + "/en.toml");
    if (!en) return en.error();
    auto table = parse(*vi, *en);
    if (!table) return Error{dir + "/" + table.error().where, table.error().message};
    return table;
}

const std::string& StringTable::get(Lang lang, std::string_view key) const {
    const auto& m = m_text[lang == Lang::vi ? 0 : 1];
    if (auto it = m.find(key); it != m.end()) return it->second;
    auto [it, _] = m_missing.emplace(std::string(key), "[" + std::string(key) + "]");
    return it->second;
}

std::string StringTable::format(Lang lang, std::string_view key,
                                const std::vector<std::pair<std::string, std::string>>& args) const {
    std::string text = get(lang, key);
    for (const auto& [name, value] : args) {
        const std::string token = "{" + name + "}";
        for (size_t pos = text.find(token); pos != std::string::npos; pos = text.find(token, pos + value.size()))
            text.replace(pos, token.size(), value);
    }
    return text;
}

std::vector<std::string> StringTable::keys(Lang lang) const {
    std::vector<std::string> out;
    for (const auto& [k, v] : m_text[lang == Lang::vi ? 0 : 1]) out.push_back(k);
    return out;
}

}  // namespace tramso
