// Internal to kiosk/lessons: read typed values out of toml++ tables, turning every surprise
// (missing key, wrong type, unknown key, text too long, not NFC) into a Diagnostic at the
// position toml++ recorded, and carrying on so one run lists every problem in a file.
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lessons/diagnostic.h"
#include "lessons/local_text.h"

namespace tramso::lesson_detail {

struct ReadContext {
    std::string file;
    std::filesystem::path content_root;
    std::vector<Diagnostic> errors;
    // Text that breaks the house wording (text/wording.h): check-content reports it, but the
    // lesson still loads, since a learner can read it.
    std::vector<Diagnostic> wording = {};

    void error(const toml::source_region& at, std::string problem, std::string fix);
    void error(const toml::node& at, std::string problem, std::string fix) {
        error(at.source(), std::move(problem), std::move(fix));
    }
};

using Keys = std::span<const std::string_view>;

// The entry of `known` a writer most likely meant by `word` (a typo), or empty.
std::string closest_match(std::string_view word, Keys known);

// Reports each key of `table` not in `allowed`. `misplaced` may return a fix for a key that is
// valid elsewhere ("remove it (hint is for practice steps)"); empty means "unknown key".
void check_keys(ReadContext& ctx, const toml::table& table, Keys allowed, std::string_view owner,
                const std::function<std::string(std::string_view)>& misplaced = {});

// "text in quotes", "a whole number", … for "must be X, not Y" messages.
std::string describe_type(const toml::node& node);

// Reports a missing required key at the table. `example` shows how to write it.
void report_missing(ReadContext& ctx, const toml::table& table, std::string_view key, std::string_view owner,
                    std::string_view example);

// Each reader reports a missing required key (at its table) or a wrong type (at the value),
// then returns nullopt; an absent optional key returns nullopt silently.
std::optional<std::string> read_string(ReadContext& ctx, const toml::table& table, std::string_view key,
                                       std::string_view owner, bool required, std::string_view example = {});
std::optional<std::int64_t> read_int(ReadContext& ctx, const toml::table& table, std::string_view key,
                                     std::string_view owner, bool required);
std::optional<bool> read_bool(ReadContext& ctx, const toml::table& table, std::string_view key, std::string_view owner);

// localised: only { vi = "…", en = "…" }; scene: that, or a plain string for both languages.
enum class TextForm { localised, scene };

// `limit` in characters (0: none). Empty optional on any problem.
std::optional<LocalText> read_text(ReadContext& ctx, const toml::table& table, std::string_view key,
                                   std::string_view owner, bool required, int limit, TextForm form);
std::optional<LocalText> read_text_value(ReadContext& ctx, const toml::node& node, std::string_view key, int limit,
                                         TextForm form);

enum class AssetKind { png, wav };

// Reads a path relative to the content folder and checks the file; returns the resolved path.
std::optional<std::filesystem::path> read_asset(ReadContext& ctx, const toml::table& table, std::string_view key,
                                                std::string_view owner, AssetKind kind);

}  // namespace tramso::lesson_detail
