// `tramso site`: the whole static follow-up site from the lesson files, written to a folder.
// Pages and pictures come only from the lessons, the settings and the UI strings, so the same
// input always gives the same bytes; the phone pictures are drawn by the caller (the UI layer)
// so that this library needs no window.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/lang.h"
#include "core/result.h"
#include "core/string_table.h"
#include "lessons/content.h"
#include "site/palette_png.h"

namespace tramso::site {

// Draws the phone showing `scene` in `lang`, as the kiosk shows it.
using PhoneCamera = std::function<Result<RgbaImage>(const Scene& scene, Lang lang)>;

// Colours per picture: enough for the phone's text to stay smooth, few enough that a lesson
// page with all its pictures stays far below 150 KB.
inline constexpr int kPictureColours = 32;

struct SitePage {
    std::filesystem::path file;  // relative to the output folder ("otp/index.html")
    std::uintmax_t bytes = 0;    // the HTML and every picture it shows
};

struct SiteReport {
    std::vector<SitePage> lesson_pages;  // every language
    std::vector<Diagnostic> skipped;     // lessons left out, with file:line and what to fix
    std::vector<std::string> elsewhere;  // ids of lessons whose follow-up is an absolute address
};

// Writes DIR/index.html, DIR/<slug>/index.html with its pictures, and the same under DIR/en/.
// A lesson that `check-content` rejects is skipped (in `skipped`); an output folder that cannot
// be made or written is an error naming it.
Result<SiteReport> build_site(const Content& content, const Config& config, const StringTable& strings,
                              const std::filesystem::path& out_dir, const PhoneCamera& camera);

}  // namespace tramso::site
