// The driver script parser on arbitrary text. A parsed script keeps the limits script.h
// promises (finite numbers, coordinates not negative, press and wait bounded, plain shot
// names, lines in order), and writing it back out as a script parses to the same commands.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "core/script.h"
#include "fuzz_check.h"

using tramso::Script;
using tramso::ScriptCommand;

namespace {

std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string number(double d) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    return buf;
}

std::string write_command(const ScriptCommand& c) {
    using K = ScriptCommand::Kind;
    std::string nums;
    for (double d : c.nums) nums += " " + number(d);
    switch (c.kind) {
        case K::TapLabel:
            return "tap " + quoted(c.text);
        case K::TapAt:
            return "tap" + nums;
        case K::PressLabel:
            return "press " + quoted(c.text) + nums;
        case K::Drag:
            return "drag" + nums;
        case K::Keys:
            return "keys " + quoted(c.text);
        case K::Wait:
            return "wait" + nums;
        case K::Shot:
            return "shot " + c.text;
        case K::Expect:
            return "expect " + quoted(c.text);
        case K::ExpectNot:
            return "expect-not " + quoted(c.text);
        case K::ScrollTo:
            return "scroll-to " + quoted(c.text) + " " + quoted(c.text2);
        case K::Fault:
            return "fault " + c.text;
    }
    return "";
}

void check_limits(const Script& script, std::size_t lines) {
    using K = ScriptCommand::Kind;
    int last_line = 0;
    for (const ScriptCommand& c : script.commands) {
        FUZZ_CHECK(c.line > last_line);
        FUZZ_CHECK(static_cast<std::size_t>(c.line) <= lines);
        last_line = c.line;
        for (double d : c.nums) FUZZ_CHECK(std::isfinite(d));
        switch (c.kind) {
            case K::TapAt:
                FUZZ_CHECK(c.nums.size() == 2);
                break;
            case K::Drag:
                FUZZ_CHECK(c.nums.size() == 4);
                break;
            case K::PressLabel:
                FUZZ_CHECK(c.nums.size() == 1);
                FUZZ_CHECK(c.nums[0] >= 0 && c.nums[0] <= tramso::kMaxPressSeconds);
                break;
            case K::Wait:
                FUZZ_CHECK(c.nums.size() == 1);
                FUZZ_CHECK(c.nums[0] >= 0 && c.nums[0] <= tramso::kMaxWaitSeconds);
                break;
            case K::Shot:
                FUZZ_CHECK(!c.text.empty() && c.text[0] != '.');
                FUZZ_CHECK(c.text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                    "0123456789-_.") == std::string::npos);
                break;
            case K::Fault:
                FUZZ_CHECK(c.text == "draw" || c.text == "flow");
                break;
            default:
                FUZZ_CHECK(c.nums.empty());
        }
        if (c.kind == K::TapAt || c.kind == K::Drag)
            for (double d : c.nums) FUZZ_CHECK(d >= 0);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view source(reinterpret_cast<const char*>(data), size);
    auto script = tramso::parse_script(source, "fuzz.script");
    if (!script) {
        FUZZ_CHECK(script.error().where.starts_with("fuzz.script:"));
        return 0;
    }
    std::size_t lines = 0;
    for (char c : source) lines += c == '\n';
    if (!source.empty() && source.back() != '\n') ++lines;
    check_limits(*script, lines);

    std::string again;
    for (const ScriptCommand& c : script->commands) again += write_command(c) + "\n";
    auto reparsed = tramso::parse_script(again, "again.script");
    FUZZ_CHECK(reparsed.ok());
    FUZZ_CHECK(reparsed->commands.size() == script->commands.size());
    for (std::size_t i = 0; i < script->commands.size(); ++i) {
        const ScriptCommand& a = script->commands[i];
        const ScriptCommand& b = reparsed->commands[i];
        FUZZ_CHECK(a.kind == b.kind);
        FUZZ_CHECK(a.text == b.text);
        FUZZ_CHECK(a.text2 == b.text2);
        FUZZ_CHECK(a.nums == b.nums);
    }
    return 0;
}
