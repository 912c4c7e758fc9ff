// Loading one lesson file: parse the TOML, build the model, check it against content/README.md.
// Every problem found is reported (not just the first) as "file:line:column: what — fix".
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "lessons/diagnostic.h"
#include "lessons/lesson.h"

namespace tramso {

struct LessonFile {
    std::optional<Lesson> lesson;     // set only when `errors` is empty
    std::vector<Diagnostic> errors;   // in file order (line, then column)
    std::vector<Diagnostic> wording;  // house-style slips (text/wording.h), in file order; not errors

    bool ok() const { return errors.empty(); }
};

// Reads `file`. Paths inside it (image, audio, scene pictures) are relative to `content_root`
// (the folder holding lessons/, images/, audio/). Never throws.
LessonFile load_lesson_file(const std::filesystem::path& file, const std::filesystem::path& content_root);

// The same for text already in memory; `file_name` is used in the diagnostics.
LessonFile parse_lesson(std::string_view toml_text, std::string_view file_name,
                        const std::filesystem::path& content_root);

}  // namespace tramso
