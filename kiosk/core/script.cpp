#include "core/script.h"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

namespace tramso {
namespace {

// Splits a line into words; "quoted strings" are one word (\" and \\ escape inside).
Result<std::vector<std::string>> tokenize(std::string_view line, std::vector<bool>& quoted) {
    std::vector<std::string> words;
    size_t i = 0;
    while (i < line.size()) {
        if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
            ++i;
            continue;
        }
        if (line[i] == '#') break;
        std::string word;
        if (line[i] == '"') {
            ++i;
            bool closed = false;
            while (i < line.size()) {
                if (line[i] == '\\' && i + 1 < line.size()) {
                    word += line[i + 1];
                    i += 2;
                    continue;
                }
                if (line[i] == '"') {
                    closed = true;
                    ++i;
                    break;
                }
                word += line[i++];
            }
            if (!closed) return Error{"", "a quoted text is not closed with \""};
            quoted.push_back(true);
        } else {
            while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') word += line[i++];
            quoted.push_back(false);
        }
        words.push_back(word);
    }
    return words;
}

bool parses_whole(const std::string& s, double& out) {
    char* end = nullptr;
    out = std::strtod(s.c_str(), &end);
    return !s.empty() && end == s.c_str() + s.size();
}

// strtod also reads "inf" and "nan" (and 1e999 as infinity): only finite numbers count.
bool to_number(const std::string& s, double& out) { return parses_whole(s, out) && std::isfinite(out); }

bool is_infinite_or_nan(const std::string& s) {
    double d = 0;
    return parses_whole(s, d) && !std::isfinite(d);
}

// Shots are written as SHOTS_DIR/NAME.png: a plain name cannot reach outside that folder.
bool is_plain_file_name(const std::string& name) {
    if (name.empty() || name.size() > 100 || name[0] == '.') return false;
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.';
        if (!ok) return false;
    }
    return true;
}

// What is wrong with the command's numbers, or empty.
std::string check_numbers(const ScriptCommand& cmd) {
    using K = ScriptCommand::Kind;
    auto seconds = [&](double max) -> std::string {
        const double s = cmd.nums.back();
        if (s < 0) return "seconds must not be negative";
        if (s > max) return "at most " + std::to_string(int(max)) + " seconds";
        return "";
    };
    switch (cmd.kind) {
        case K::PressLabel:
            return seconds(kMaxPressSeconds);
        case K::Wait:
            return seconds(kMaxWaitSeconds);
        case K::TapAt:
        case K::Drag:
            for (double n : cmd.nums)
                if (n < 0) return "coordinates must not be negative";
            return "";
        default:
            return "";
    }
}

}  // namespace

Result<Script> parse_script(std::string_view source, const std::string& file) {
    using K = ScriptCommand::Kind;
    Script script{file, {}};
    std::istringstream in{std::string(source)};
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        const std::string where = file + ":" + std::to_string(line_no);
        std::vector<bool> quoted;
        auto words = tokenize(line, quoted);
        if (!words) return Error{where, words.error().message};
        if (words->empty()) continue;
        const std::string& verb = words->front();
        std::vector<std::string> args(words->begin() + 1, words->end());
        std::vector<bool> args_quoted(quoted.begin() + 1, quoted.end());

        // Shapes: 'q' a quoted text, 'n' a number.
        auto matches = [&](std::string_view shape) {
            if (args.size() != shape.size()) return false;
            for (size_t i = 0; i < shape.size(); ++i) {
                double d;
                if (shape[i] == 'q' && !args_quoted[i]) return false;
                if (shape[i] == 'n' && (args_quoted[i] || !to_number(args[i], d))) return false;
                if (shape[i] == 'w' && args[i].empty()) return false;
            }
            return true;
        };
        ScriptCommand cmd{K::Wait, "", "", {}, line_no};
        auto take_numbers = [&](size_t from) {
            for (size_t i = from; i < args.size(); ++i) {
                double d = 0;
                to_number(args[i], d);
                cmd.nums.push_back(d);
            }
        };
        if (verb == "tap" && matches("q")) {
            cmd.kind = K::TapLabel, cmd.text = args[0];
        } else if (verb == "tap" && matches("qnn")) {
            cmd.kind = K::TapOffset, cmd.text = args[0], take_numbers(1);
        } else if (verb == "tap" && matches("nn")) {
            cmd.kind = K::TapAt, take_numbers(0);
        } else if (verb == "press" && matches("qn")) {
            cmd.kind = K::PressLabel, cmd.text = args[0], take_numbers(1);
        } else if (verb == "drag" && matches("nnnn")) {
            cmd.kind = K::Drag, take_numbers(0);
        } else if (verb == "keys" && matches("q")) {
            cmd.kind = K::Keys, cmd.text = args[0];
        } else if (verb == "wait" && matches("n")) {
            cmd.kind = K::Wait, take_numbers(0);
        } else if (verb == "shot" && matches("w")) {
            if (!is_plain_file_name(args[0]))
                return Error{where, "shot names are letters, digits, '-', '_' and '.', not starting with '.'"};
            cmd.kind = K::Shot, cmd.text = args[0];
        } else if (verb == "expect" && matches("q")) {
            cmd.kind = K::Expect, cmd.text = args[0];
        } else if (verb == "scroll-to" && matches("qq")) {
            cmd.kind = K::ScrollTo, cmd.text = args[0], cmd.text2 = args[1];
        } else if (verb == "expect-not" && matches("q")) {
            cmd.kind = K::ExpectNot, cmd.text = args[0];
        } else if (verb == "fault" && matches("w") && (args[0] == "draw" || args[0] == "flow")) {
            // Idle warning and attract: test tooling, see script.h.
            cmd.kind = K::Fault, cmd.text = args[0];
        } else {
            static const std::map<std::string, std::string> usage = {
                {"tap", "tap \"Label\", tap \"Label\" DX DY or tap X Y"},
                {"press", "press \"Label\" SECONDS"},
                {"drag", "drag X1 Y1 X2 Y2"},
                {"keys", "keys \"text\""},
                {"wait", "wait SECONDS"},
                {"shot", "shot NAME"},
                {"expect", "expect \"text\""},
                {"expect-not", "expect-not \"text\""},
                {"scroll-to", "scroll-to \"Label\" \"Button\""},
                {"fault", "fault draw|flow"}};
            auto it = usage.find(verb);
            if (it == usage.end()) return Error{where, "unknown command '" + verb + "'"};
            for (size_t i = 0; i < args.size(); ++i)
                if (!args_quoted[i] && is_infinite_or_nan(args[i]))
                    return Error{where, "'" + args[i] + "' is not a finite number"};
            return Error{where, "expected " + it->second};
        }
        if (const std::string wrong = check_numbers(cmd); !wrong.empty()) return Error{where, wrong};
        script.commands.push_back(std::move(cmd));
    }
    return script;
}

Result<Script> load_script(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{path, "cannot open the script"};
    std::stringstream s;
    s << in.rdbuf();
    return parse_script(s.str(), path);
}

}  // namespace tramso
