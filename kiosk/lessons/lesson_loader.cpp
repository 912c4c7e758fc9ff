#include "lessons/lesson_loader.h"

#include <algorithm>
#include <tuple>

#include "core/regular_file.h"
#include "core/toml_guard.h"
#include "lessons/lesson_reading.h"

namespace tramso {

namespace {

// A lesson is a few kilobytes; a huge file is a wrong file (a picture saved as .toml).
constexpr std::size_t kMaxLessonBytes = 1024 * 1024;

LessonFile failure(std::string file, int line, int column, std::string problem, std::string fix) {
    LessonFile out;
    out.errors.push_back(Diagnostic{std::move(file), line, column, std::move(problem), std::move(fix)});
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
            root = parse_toml_guarded(toml_text, file);
        } catch (const toml::parse_error& e) {
            return failure(file, static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column),
                           "not valid TOML: " + std::string(e.description()), syntax_fix(e.description()));
        }
        lesson_detail::ReadContext ctx{file, content_root, {}};
        Lesson lesson = lesson_detail::read_lesson(ctx, root);
        LessonFile out;
        out.errors = std::move(ctx.errors);
        out.wording = std::move(ctx.wording);
        for (auto* list : {&out.errors, &out.wording}) {
            std::stable_sort(list->begin(), list->end(), [](const Diagnostic& a, const Diagnostic& b) {
                return std::tie(a.line, a.column) < std::tie(b.line, b.column);
            });
        }
        if (out.errors.empty()) {
            lesson.source_file = file;
            out.lesson = std::move(lesson);
        }
        return out;
    } catch (const std::exception& e) {
        // Out of memory or a filesystem error while checking a picture: skip the file, not
        // the kiosk.
        return failure(file, 0, 0, std::string("could not be read (") + e.what() + ")", "check the file and try again");
    }
}

LessonFile load_lesson_file(const std::filesystem::path& file, const std::filesystem::path& content_root) {
    const std::string name = file.string();
    auto text = read_regular_file(name, kMaxLessonBytes);
    if (!text)
        return failure(name, 0, 0, text.error().message,
                       "a lesson is a text file of a few kilobytes in content/lessons");
    return parse_lesson(*text, name, content_root);
}

}  // namespace tramso
