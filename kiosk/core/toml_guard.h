// The one way the kiosk parses TOML. toml++ reads dotted keys and nested values by
// recursion, so a file with tens of thousands of `a.a.a…` parts overflows the stack before
// toml++ can report anything. The guard scans the text first, bounding what recursion can
// meet, and reports the first offending spot as a toml::parse_error so every reader shows it
// with file:line like any other syntax error.
#pragma once

#include <toml++/toml.h>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tramso {

// Wide margins over real files: lessons are ~15 KB with lines under 500 bytes, keys of at
// most four parts and values nested three deep.
struct TomlLimits {
    std::size_t max_bytes = 1024 * 1024;
    std::size_t max_line_bytes = 8 * 1024;
    int max_key_parts = 16;  // a.b.c is three parts, in a [header] or before '='
    int max_nesting = 16;    // open '[' and '{' at once, headers included
};

struct TomlShapeProblem {
    int line = 1;    // 1-based
    int column = 1;  // 1-based, in bytes
    std::string message;
};

// The first place the text breaks a limit, or nothing. Does not check TOML syntax.
std::optional<TomlShapeProblem> check_toml_shape(std::string_view text, const TomlLimits& limits = {});

// check_toml_shape, then toml::parse. Throws toml::parse_error for either kind of problem.
toml::table parse_toml_guarded(std::string_view text, std::string_view source_name, const TomlLimits& limits = {});

}  // namespace tramso
