#include "core/string_table.h"

#include <algorithm>
#include <filesystem>

#include "core/regular_file.h"
#include "core/toml_guard.h"

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

Status parse_one(std::string_view text, const std::string& file, std::map<std::string, std::string, std::less<>>& out) {
    try {
        toml::table t = parse_toml_guarded(text, file);
        std::map<std::string, std::string, std::less<>> mine;
        if (Status s = flatten(t, "", file, mine); !s) return s;
        for (auto& [k, v] : mine)
            if (!out.emplace(k, std::move(v)).second)
                return Error{file, "key " + k + " is already defined in another string file"};
        return Ok{};
    } catch (const toml::parse_error& e) {
        return Error{file + ":" + std::to_string(e.source().begin.line), std::string(e.description())};
    }
}

// A string table is a few kilobytes; the bound keeps a wrong file from being read whole.
constexpr std::size_t kMaxStringTableBytes = 1024 * 1024;

Result<std::string> read_file(const std::string& path) {
    auto text = read_regular_file(path, kMaxStringTableBytes);
    if (!text) return Error{path, "the string table " + text.error().message};
    return text;
}

}  // namespace

Result<StringTable> StringTable::parse(std::string_view vi_text, std::string_view en_text) {
    StringTable table;
    if (Status s = parse_one(vi_text, "vi.toml", table.m_text[0]); !s) return s.error();
    if (Status s = parse_one(en_text, "en.toml", table.m_text[1]); !s) return s.error();
    if (Status s = table.check_same_keys(""); !s) return s.error();
    return table;
}

// <dir>/<lang>.toml holds the shared strings; each feature keeps its own in <dir>/<lang>/*.toml
// so that screens added side by side never edit the same file.
Result<StringTable> StringTable::load(const std::string& dir) {
    StringTable table;
    for (int i = 0; i < 2; ++i) {
        const std::string lang = i == 0 ? "vi" : "en";
        std::vector<std::string> files{dir + "/" + lang + ".toml"};
        std::error_code ec;
        std::vector<std::string> feature_files;
        for (const auto& entry : std::filesystem::directory_iterator(dir + "/" + lang, ec))
            if (entry.path().extension() == ".toml") feature_files.push_back(entry.path().string());
        std::sort(feature_files.begin(), feature_files.end());
        files.insert(files.end(), feature_files.begin(), feature_files.end());
        for (const std::string& file : files) {
            auto text = read_file(file);
            if (!text) return text.error();
            if (Status s = parse_one(*text, file, table.m_text[i]); !s) return s.error();
        }
    }
    if (Status s = table.check_same_keys(dir + "/"); !s) return s.error();
    return table;
}

Status StringTable::check_same_keys(const std::string& where_prefix) const {
    for (int i = 0; i < 2; ++i)
        for (const auto& [k, v] : m_text[i])
            if (!m_text[1 - i].count(k))
                return Error{where_prefix + (i == 0 ? "en" : "vi"),
                             "missing key " + k + " (every key must exist in both languages)"};
    return Ok{};
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
