// The whole content folder: every lesson in content/lessons/*.toml, loaded for the kiosk and
// checked for staff (`tramso check-content [DIR]`). A broken file is skipped with its errors;
// the other lessons still load.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <vector>

#include "core/config.h"
#include "lessons/diagnostic.h"
#include "lessons/lesson.h"

namespace tramso {

struct SkippedFile {
    std::filesystem::path file;
    std::vector<Diagnostic> errors;  // never empty
};

struct Content {
    std::vector<Lesson> lessons;             // sorted by order, then id
    std::vector<SkippedFile> skipped;        // sorted by file name
    std::optional<Diagnostic> folder_error;  // the folder is missing or holds no lessons
    std::vector<Diagnostic> wording;         // house-style slips in the loaded lessons, by file

    bool ok() const { return skipped.empty() && !folder_error; }
};

// Content as the kiosk holds it: immutable once loaded. A reload makes a new snapshot; the flow
// and whatever a screen shows keep theirs alive, so nothing points into freed lessons.
using ContentSnapshot = std::shared_ptr<const Content>;
// One lesson of a snapshot: keeps the whole snapshot alive (an aliasing shared_ptr).
using LessonRef = std::shared_ptr<const Lesson>;
inline LessonRef lesson_ref(const ContentSnapshot& content, const Lesson& lesson) {
    return LessonRef(content, &lesson);
}
// A snapshot of these lessons (tests, tools).
ContentSnapshot make_snapshot(std::vector<Lesson> lessons);

// Loads `content_dir`/lessons/*.toml (pictures and recordings are relative to `content_dir`).
// Lesson ids must be unique: of two files with the same id, the later one (by file name) is
// skipped with an error naming both. Never throws.
Content load_content(const std::filesystem::path& content_dir);

// Prints every error and a one-line summary ("12 lessons OK", "2 files with errors (10 lessons
// OK)") to `out`. Returns the exit code of `tramso check-content`: 0 when all is well, 1 when a
// lesson file has errors or text to reword (text/wording.h; such a lesson still loads), 2 when
// the folder itself is unusable.
// With `followup` (the kiosk's [followup] settings) each lesson's QR link is built as the
// finish screen builds it and must fit the QR code (check_followup_fits_qr); a lesson whose
// link does not is reported at its `followup` line.
int check_content(const std::filesystem::path& content_dir, std::ostream& out,
                  const Config::Followup* followup = nullptr);

}  // namespace tramso
