#include "lessons/content.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <system_error>
#include <tuple>

#include "lessons/asset_checks.h"
#include "lessons/followup.h"
#include "lessons/lesson_loader.h"

namespace tramso {

namespace {

// A center runs a dozen lessons; the bound keeps a folder of copies (or a wrong folder) from
// holding the kiosk up at start. Files past it, in name order, are reported and not read.
constexpr std::size_t kMaxLessonFiles = 500;

std::vector<std::filesystem::path> lesson_files(const std::filesystem::path& dir,
                                                std::optional<Diagnostic>& folder_error) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    std::filesystem::directory_iterator it(dir, ec);
    if (ec) {
        folder_error = Diagnostic{dir.string(), 0, 0, "cannot open the lessons folder (" + ec.message() + ")",
                                  "give the content folder, the one that holds lessons/"};
        return files;
    }
    for (const auto end = std::filesystem::directory_iterator(); it != end; it.increment(ec)) {
        if (ec) break;
        const auto& path = it->path();
        // Not only regular files: a pipe or folder named *.toml is reported by the loader
        // (which never blocks on it) instead of vanishing without a word.
        if (path.extension() == ".toml") files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    if (files.empty() && !folder_error) {
        folder_error = Diagnostic{dir.string(), 0, 0, "holds no lesson files (*.toml)",
                                  "copy a lesson file there (see content/README.md)"};
    }
    return files;
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace

Content load_content(const std::filesystem::path& content_dir) {
    Content content;
    try {
        const auto files = lesson_files(content_dir / "lessons", content.folder_error);
        std::map<std::string, const Lesson*> by_id;
        std::vector<Lesson> loaded;
        loaded.reserve(files.size());  // by_id points into it
        for (std::size_t i = 0; i < files.size(); ++i) {
            const auto& file = files[i];
            if (i >= kMaxLessonFiles) {
                content.skipped.push_back({file,
                                           {Diagnostic{file.string(), 0, 0,
                                                       "is past the limit of " + std::to_string(kMaxLessonFiles) +
                                                           " lesson files in one folder, so it was not read",
                                                       "move lessons the center does not use out of the folder"}}});
                continue;
            }
            if (auto outside = check_inside_folder(content_dir, file)) {
                content.skipped.push_back({file, {Diagnostic{file.string(), 0, 0, outside->problem, outside->fix}}});
                continue;
            }
            LessonFile result = load_lesson_file(file, content_dir);
            if (!result.ok()) {
                content.skipped.push_back({file, std::move(result.errors)});
                continue;
            }
            const Lesson& lesson = *result.lesson;
            if (auto it = by_id.find(lesson.id); it != by_id.end()) {
                const Lesson& first = *it->second;
                content.skipped.push_back(
                    {file,
                     {Diagnostic{file.string(), lesson.id_pos.line, lesson.id_pos.column,
                                 "lesson id \"" + lesson.id + "\" is already used by " + first.source_file.string() +
                                     ":" + std::to_string(first.id_pos.line),
                                 "give one of the two lessons another id"}}});
                continue;
            }
            content.wording.insert(content.wording.end(), result.wording.begin(), result.wording.end());
            loaded.push_back(std::move(*result.lesson));
            by_id[loaded.back().id] = &loaded.back();
        }
        content.lessons = std::move(loaded);
    } catch (const std::exception& e) {
        content.folder_error =
            Diagnostic{content_dir.string(), 0, 0, std::string("could not be read (") + e.what() + ")",
                       "check the folder and try again"};
    }
    std::sort(content.lessons.begin(), content.lessons.end(),
              [](const Lesson& a, const Lesson& b) { return std::tie(a.order, a.id) < std::tie(b.order, b.id); });
    return content;
}

int check_content(const std::filesystem::path& content_dir, std::ostream& out, const Config::Followup* followup) {
    const Content content = load_content(content_dir);
    std::vector<SkippedFile> failed = content.skipped;
    std::size_t ok_lessons = content.lessons.size();
    if (followup) {
        for (const Lesson& lesson : content.lessons) {
            auto p = check_followup_fits_qr(lesson, followup->base_url, followup->ref_param);
            if (!p) continue;
            failed.push_back({lesson.source_file,
                              {Diagnostic{lesson.source_file.string(), lesson.followup_pos.line,
                                          lesson.followup_pos.column, p->problem, p->fix}}});
            --ok_lessons;
        }
        std::sort(failed.begin(), failed.end(),
                  [](const SkippedFile& a, const SkippedFile& b) { return a.file < b.file; });
    }
    for (const SkippedFile& skipped : failed) {
        for (const Diagnostic& d : skipped.errors) out << d.to_string() << "\n";
    }
    if (content.folder_error) {
        out << content.folder_error->to_string() << "\n";
        return 2;
    }
    for (const Diagnostic& d : content.wording) out << d.to_string() << "\n";
    const std::string reword =
        content.wording.empty()
            ? ""
            : "; " + plural(content.wording.size(), "text to reword", "texts to reword") + " (the lessons still load)";
    if (failed.empty()) {
        out << plural(ok_lessons, "lesson OK", "lessons OK") << reword << "\n";
        return content.wording.empty() ? 0 : 1;
    }
    out << plural(failed.size(), "file with errors", "files with errors") << " ("
        << plural(ok_lessons, "lesson OK", "lessons OK") << ")" << reword << "\n";
    return 1;
}

ContentSnapshot make_snapshot(std::vector<Lesson> lessons) {
    auto content = std::make_shared<Content>();
    content->lessons = std::move(lessons);
    return content;
}

}  // namespace tramso
