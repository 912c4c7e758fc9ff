#include "lessons/lesson_loader.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>
#include <tuple>

#include "lessons/lesson_reading.h"

namespace tramso {

namespace {

// A lesson is a few kilobytes; a huge file is a wrong file (a picture saved as .toml).
constexpr std::uintmax_t kMaxLessonBytes = 1024 * 1024;

LessonFile failure(std::string file, int line, int column, std::string problem, std::string fix) {
    LessonFile out;
    out.errors.push_back(
        Diagnostic{std::move(file), line, column, std::move(problem), std::move(fix)});
    return out;
}

// toml++ says "Error while parsing key-value pair: encountered end-of-file"; keep it, and add
// the usual causes so staff know where to look.
std::string syntax_fix(std::string_view description) {
    if (description.find("already") != std::string_view::npos ||
        description.find("redefinition") != std::string_view::npos) {
        return "each key may appear once per table; remove or rename the repeated one";
    }
    return "check this line for a missing quote, bracket, comma or '=' (the TOML format is "
           "described in content/README.md)";
}

}  // namespace

LessonFile parse_lesson(std::string_view toml_text, std::string_view file_name,
                        const std::filesystem::path& content_root) {
    const std::string file(file_name);
    try {
        toml::table root;
        try {
            root = toml::parse(toml_text, file);
        } catch (const toml::parse_error& e) {
            return failure(file, static_cast<int>(e.source().begin.line),
                           static_cast<int>(e.source().begin.column),
                           "not valid TOML: " + std::string(e.description()),
                           syntax_fix(e.description()));
        }
        lesson_detail::ReadContext ctx{file, content_root, {}};
        Lesson lesson = lesson_detail::read_lesson(ctx, root);
        LessonFile out;
        out.errors = std::move(ctx.errors);
        std::stable_sort(out.errors.begin(), out.errors.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                             return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                         });
        if (out.errors.empty()) {
            lesson.source_file = file;
            out.lesson = std::move(lesson);
        }
        return out;
    } catch (const std::exception& e) {
        // Out of memory or a filesystem error while checking a picture: skip the file, not
        // the kiosk.
        return failure(file, 0, 0, std::string("could not be read (") + e.what() + ")",
                       "check the file and try again");
    }
}

LessonFile load_lesson_file(const std::filesystem::path& file,
                            const std::filesystem::path& content_root) {
    const std::string name = file.string();
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        return failure(name, 0, 0, "cannot be read (" + ec.message() + ")",
                       "check that the file exists and can be read");
    if (size > kMaxLessonBytes) {
        return failure(name, 0, 0, "is too big for a lesson (" + std::to_string(size) + " bytes)",
                       "a lesson file is a few kilobytes of text; is this the right file?");
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        return failure(name, 0, 0, "cannot be read", "check that the file can be read");
    }
    return parse_lesson(text.str(), name, content_root);
}

}  // namespace tramso
