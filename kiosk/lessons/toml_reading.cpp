#include "lessons/toml_reading.h"

#include <algorithm>
#include <cctype>

#include "lessons/asset_checks.h"
#include "lessons/lesson_limits.h"
#include "lessons/text_rules.h"
#include "text/wording.h"

namespace tramso::lesson_detail {

void ReadContext::error(const toml::source_region& at, std::string problem, std::string fix) {
    errors.push_back(Diagnostic{file, static_cast<int>(at.begin.line), static_cast<int>(at.begin.column),
                                std::move(problem), std::move(fix)});
}

namespace {

std::string backticked(std::string_view key) { return "`" + std::string(key) + "`"; }

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                              std::tolower(static_cast<unsigned char>(b[j - 1]));
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (same ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

std::string join(Keys keys) {
    std::string out;
    for (std::string_view k : keys) {
        if (!out.empty()) out += ", ";
        out += k;
    }
    return out;
}

// Shown inside "write key = { vi = "…" }" fixes; long text is cut so the message stays short.
std::string excerpt(std::string_view s) {
    if (count_code_points(s) <= 30) return std::string(s);
    std::size_t bytes = 0;
    for (int cps = 0; bytes < s.size() && cps < 30; ++cps) {
        ++bytes;
        while (bytes < s.size() && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) ++bytes;
    }
    return std::string(s.substr(0, bytes)) + "…";
}

void check_text_string(ReadContext& ctx, const toml::node& node, const std::string& label, int limit) {
    const std::string& s = node.as_string()->get();
    const std::size_t length = count_code_points(s);
    if (limit > 0 && length > static_cast<std::size_t>(limit)) {
        ctx.error(node,
                  label + " is " + std::to_string(length) + " characters long; the limit is " + std::to_string(limit),
                  "shorten it so it fits on the screen (one short idea per sentence)");
    }
    if (auto word = first_non_nfc_word(s)) {
        ctx.error(node,
                  label + " is not in Unicode NFC form: in \"" + *word + "\" an accent is typed as a separate mark",
                  "retype it with precomposed letters (Unikey: \"Unicode dựng sẵn\") or convert "
                  "the file with `uconv -x any-nfc`");
    }
}

// Columns count code points from the opening quote, as toml++ counts them.
void check_wording(ReadContext& ctx, const toml::node& node, text::WordingScope scope) {
    const std::string& s = node.as_string()->get();
    const auto& at = node.source().begin;
    for (const text::WordingProblem& p : text::wording_problems(s, scope)) {
        const auto column = at.column + 1 + count_code_points(std::string_view(s).substr(0, p.byte));
        ctx.wording.push_back(
            Diagnostic{ctx.file, static_cast<int>(at.line), static_cast<int>(column), p.problem, p.fix});
    }
}

std::string type_fix(std::string_view key, std::string_view example) {
    return "write it like " + std::string(key) + " = " + std::string(example);
}

}  // namespace

std::string closest_match(std::string_view word, Keys known) {
    // Tight enough that "zalo" does not suggest "call", loose enough for "narations".
    const std::size_t allowed = word.size() <= 4 ? 1 : word.size() <= 8 ? 2 : 3;
    std::string best;
    std::size_t best_distance = allowed + 1;
    for (std::string_view k : known) {
        const std::size_t d = edit_distance(word, k);
        if (d < best_distance) {
            best_distance = d;
            best = k;
        }
    }
    return best;
}

void check_keys(ReadContext& ctx, const toml::table& table, Keys allowed, std::string_view owner,
                const std::function<std::string(std::string_view)>& misplaced) {
    for (auto&& [key, value] : table) {
        const std::string_view k = key.str();
        if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
        if (misplaced) {
            if (std::string fix = misplaced(k); !fix.empty()) {
                ctx.error(key.source(), backticked(k) + " does not belong in " + std::string(owner), fix);
                continue;
            }
        }
        const std::string guess = closest_match(k, allowed);
        ctx.error(key.source(), "unknown key " + backticked(k) + " in " + std::string(owner),
                  guess.empty() ? "remove it; the keys allowed here are: " + join(allowed)
                                : "did you mean " + backticked(guess) + "?");
    }
}

std::string describe_type(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string:
            return "text in quotes";
        case toml::node_type::integer:
            return "a whole number";
        case toml::node_type::floating_point:
            return "a decimal number";
        case toml::node_type::boolean:
            return "true/false";
        case toml::node_type::table:
            return "a table";
        case toml::node_type::array:
            return "a list";
        default:
            return "a date or time";
    }
}

void report_missing(ReadContext& ctx, const toml::table& table, std::string_view key, std::string_view owner,
                    std::string_view example) {
    ctx.error(table, std::string(owner) + " has no " + backticked(key),
              "add " + std::string(key) + " = " + std::string(example));
}

std::optional<std::string> read_string(ReadContext& ctx, const toml::table& table, std::string_view key,
                                       std::string_view owner, bool required, std::string_view example) {
    const std::string ex = example.empty() ? "\"…\"" : std::string(example);
    const toml::node* node = table.get(key);
    if (!node) {
        if (required) report_missing(ctx, table, key, owner, ex);
        return std::nullopt;
    }
    if (!node->is_string()) {
        ctx.error(*node, backticked(key) + " must be text in quotes, not " + describe_type(*node), type_fix(key, ex));
        return std::nullopt;
    }
    const std::string& value = node->as_string()->get();
    if (value.size() > lesson_limit::plain_string) {
        ctx.error(*node,
                  backticked(key) + " is " + std::to_string(value.size()) + " bytes long; the limit is " +
                      std::to_string(lesson_limit::plain_string),
                  "shorten it");
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> read_int(ReadContext& ctx, const toml::table& table, std::string_view key,
                                     std::string_view owner, bool required) {
    const toml::node* node = table.get(key);
    if (!node) {
        if (required) report_missing(ctx, table, key, owner, "1");
        return std::nullopt;
    }
    if (!node->is_integer()) {
        ctx.error(*node, backticked(key) + " must be a whole number, not " + describe_type(*node),
                  type_fix(key, "10") + " (no quotes, no decimal point)");
        return std::nullopt;
    }
    return node->as_integer()->get();
}

std::optional<bool> read_bool(ReadContext& ctx, const toml::table& table, std::string_view key,
                              std::string_view owner) {
    (void)owner;
    const toml::node* node = table.get(key);
    if (!node) return std::nullopt;
    if (!node->is_boolean()) {
        ctx.error(*node, backticked(key) + " must be true or false, not " + describe_type(*node),
                  type_fix(key, "true") + " (no quotes)");
        return std::nullopt;
    }
    return node->as_boolean()->get();
}

std::optional<LocalText> read_text(ReadContext& ctx, const toml::table& table, std::string_view key,
                                   std::string_view owner, bool required, int limit, TextForm form) {
    const toml::node* node = table.get(key);
    if (!node) {
        if (required) {
            report_missing(ctx, table, key, owner, form == TextForm::scene ? "\"…\"" : "{ vi = \"…\", en = \"…\" }");
        }
        return std::nullopt;
    }
    return read_text_value(ctx, *node, key, limit, form);
}

std::optional<LocalText> read_text_value(ReadContext& ctx, const toml::node& node, std::string_view key, int limit,
                                         TextForm form) {
    const std::string label = backticked(key);
    if (const auto* plain = node.as_string()) {
        if (form == TextForm::scene) {
            check_text_string(ctx, node, label, limit);
            check_wording(ctx, node, text::WordingScope::phone_screen);
            return LocalText{plain->get(), {}};
        }
        ctx.error(
            node, label + " must be a table with Vietnamese text, not plain text",
            "write " + std::string(key) + " = { vi = \"" + excerpt(plain->get()) + "\" } (en = \"…\" may follow)");
        return std::nullopt;
    }
    const auto* table = node.as_table();
    if (!table) {
        ctx.error(node, label + " must be a table { vi = \"…\", en = \"…\" }, not " + describe_type(node),
                  type_fix(key, "{ vi = \"…\", en = \"…\" }"));
        return std::nullopt;
    }
    static constexpr std::string_view kLangKeys[] = {"vi", "en"};
    check_keys(ctx, *table, kLangKeys, label);
    LocalText text;
    bool ok = true;
    for (std::string_view lang : kLangKeys) {
        const toml::node* value = table->get(lang);
        const std::string lang_label = label + " (" + std::string(lang) + ")";
        if (!value) {
            if (lang == "vi") {
                ctx.error(*table, label + " has no Vietnamese text (`vi`)",
                          "add vi = \"…\" — every text needs Vietnamese; `en` is optional");
                ok = false;
            }
            continue;
        }
        if (!value->is_string()) {
            ctx.error(*value, lang_label + " must be text in quotes, not " + describe_type(*value),
                      type_fix(lang, "\"…\""));
            ok = false;
            continue;
        }
        const std::string& s = value->as_string()->get();
        if (lang == "vi" && s.find_first_not_of(" \t\n") == std::string::npos) {
            ctx.error(*value, lang_label + " is empty", "write the Vietnamese text");
            ok = false;
        }
        check_text_string(ctx, *value, lang_label, limit);
        if (lang == "vi") {
            check_wording(ctx, *value,
                          form == TextForm::scene ? text::WordingScope::phone_screen : text::WordingScope::explanation);
        }
        (lang == "vi" ? text.vi : text.en) = s;
    }
    if (!ok) return std::nullopt;
    return text;
}

std::optional<std::filesystem::path> read_asset(ReadContext& ctx, const toml::table& table, std::string_view key,
                                                std::string_view owner, AssetKind kind) {
    const auto written =
        read_string(ctx, table, key, owner, false, kind == AssetKind::png ? "\"images/….png\"" : "\"audio/….wav\"");
    if (!written) return std::nullopt;
    const toml::node& node = *table.get(key);
    if (auto p = check_asset_path(*written)) {
        ctx.error(node, backticked(key) + ": " + p->problem, p->fix);
        return std::nullopt;
    }
    const std::filesystem::path full = (ctx.content_root / *written).lexically_normal();
    auto problem = check_inside_folder(ctx.content_root, full);
    if (!problem) problem = kind == AssetKind::png ? check_png_file(full) : check_wav_file(full);
    if (problem) {
        ctx.error(node, backticked(key) + ": " + problem->problem, problem->fix);
        return std::nullopt;
    }
    return full;
}

}  // namespace tramso::lesson_detail
