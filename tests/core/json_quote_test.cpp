// JSON quoting of stored payloads: whatever the text, the payload stays valid JSON.
#include <doctest/doctest.h>

#include "core/json_quote.h"

using tramso::json_quote;

TEST_CASE("json_quote escapes quotes, backslashes and control characters and keeps Vietnamese as it is") {
    CHECK(json_quote("") == "\"\"");
    CHECK(json_quote("Chị Hoà") == "\"Chị Hoà\"");
    CHECK(json_quote("say \"hi\"") == "\"say \\\"hi\\\"\"");
    CHECK(json_quote("C:\\tmp") == "\"C:\\\\tmp\"");
    CHECK(json_quote("a\nb\tc\rd") == "\"a\\nb\\tc\\rd\"");
    CHECK(json_quote(std::string_view("\x01\x1f", 2)) == "\"\\u0001\\u001f\"");
}
