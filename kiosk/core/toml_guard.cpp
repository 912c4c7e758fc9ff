#include "core/toml_guard.h"

#include <memory>

namespace tramso {
namespace {

enum class Mode { code, comment, basic, literal, multi_basic, multi_literal };

class ShapeScanner {
public:
    ShapeScanner(std::string_view text, const TomlLimits& limits) : m_text(text), m_limits(limits) {}

    std::optional<TomlShapeProblem> run() {
        if (m_text.size() > m_limits.max_bytes)
            return TomlShapeProblem{1, 1,
                                    "the file is " + std::to_string(m_text.size()) + " bytes; at most " +
                                        std::to_string(m_limits.max_bytes) + " are read"};
        while (m_pos < m_text.size()) {
            if (auto problem = step()) return problem;
        }
        return std::nullopt;
    }

private:
    bool starts_with(std::string_view s) const { return m_text.substr(m_pos).starts_with(s); }

    TomlShapeProblem problem_here(std::string message) const {
        return TomlShapeProblem{m_line, static_cast<int>(m_pos - m_line_start) + 1, std::move(message)};
    }

    // Moves past n bytes that are not a line break.
    void advance(std::size_t n = 1) { m_pos += n; }

    std::optional<TomlShapeProblem> new_line() {
        ++m_pos;
        ++m_line;
        m_line_start = m_pos;
        return std::nullopt;
    }

    std::optional<TomlShapeProblem> check_line_length() const {
        if (m_pos - m_line_start >= m_limits.max_line_bytes)
            return TomlShapeProblem{m_line, 1,
                                    "this line is longer than " + std::to_string(m_limits.max_line_bytes) +
                                        " bytes; break it up or shorten it"};
        return std::nullopt;
    }

    std::optional<TomlShapeProblem> step() {
        if (auto problem = check_line_length()) return problem;
        const char c = m_text[m_pos];
        if (c == '\n') {
            if (m_mode == Mode::comment || m_mode == Mode::basic || m_mode == Mode::literal) m_mode = Mode::code;
            if (m_mode == Mode::code) m_dots = 0;
            return new_line();
        }
        switch (m_mode) {
            case Mode::comment:
                advance();
                return std::nullopt;
            case Mode::basic:
                if (c == '\\')
                    advance(m_pos + 1 < m_text.size() && m_text[m_pos + 1] != '\n' ? 2 : 1);
                else {
                    if (c == '"') m_mode = Mode::code;
                    advance();
                }
                return std::nullopt;
            case Mode::literal:
                if (c == '\'') m_mode = Mode::code;
                advance();
                return std::nullopt;
            case Mode::multi_basic:
                if (c == '\\' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] != '\n')
                    advance(2);
                else if (starts_with("\"\"\"")) {
                    m_mode = Mode::code;
                    advance(3);
                } else
                    advance();
                return std::nullopt;
            case Mode::multi_literal:
                if (starts_with("'''")) {
                    m_mode = Mode::code;
                    advance(3);
                } else
                    advance();
                return std::nullopt;
            case Mode::code:
                return step_code(c);
        }
        return std::nullopt;
    }

    std::optional<TomlShapeProblem> step_code(char c) {
        switch (c) {
            case '#':
                m_mode = Mode::comment;
                break;
            case '"':
                if (starts_with("\"\"\"")) {
                    m_mode = Mode::multi_basic;
                    advance(3);
                    return std::nullopt;
                }
                m_mode = Mode::basic;
                break;
            case '\'':
                if (starts_with("'''")) {
                    m_mode = Mode::multi_literal;
                    advance(3);
                    return std::nullopt;
                }
                m_mode = Mode::literal;
                break;
            case '.':
                // Dots between separators belong to one key (or one float, which has one).
                if (++m_dots >= m_limits.max_key_parts)
                    return problem_here("a key has more than " + std::to_string(m_limits.max_key_parts) +
                                        " dotted parts; the kiosk reads at most that many");
                break;
            case '[':
            case '{':
                m_dots = 0;
                if (++m_depth > m_limits.max_nesting)
                    return problem_here("lists and tables are nested more than " +
                                        std::to_string(m_limits.max_nesting) + " deep");
                break;
            case ']':
            case '}':
                m_dots = 0;
                if (m_depth > 0) --m_depth;
                break;
            case '=':
            case ',':
                m_dots = 0;
                break;
            default:
                break;
        }
        advance();
        return std::nullopt;
    }

    std::string_view m_text;
    const TomlLimits& m_limits;
    std::size_t m_pos = 0;
    std::size_t m_line_start = 0;
    int m_line = 1;
    Mode m_mode = Mode::code;
    int m_dots = 0;
    int m_depth = 0;
};

}  // namespace

std::optional<TomlShapeProblem> check_toml_shape(std::string_view text, const TomlLimits& limits) {
    return ShapeScanner(text, limits).run();
}

toml::table parse_toml_guarded(std::string_view text, std::string_view source_name, const TomlLimits& limits) {
    if (auto problem = check_toml_shape(text, limits)) {
        const toml::source_position at{static_cast<toml::source_index>(problem->line),
                                       static_cast<toml::source_index>(problem->column)};
        toml::source_region region{at, at, std::make_shared<const std::string>(source_name)};
        // runtime_error copies the message, so the pointer need not outlive this line.
        throw toml::parse_error(problem->message.c_str(), std::move(region));
    }
    return toml::parse(text, source_name);
}

}  // namespace tramso
