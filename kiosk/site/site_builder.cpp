#include "site/site_builder.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "lessons/followup.h"
#include "site/index_page.h"
#include "site/lesson_page.h"
#include "site/site_paths.h"

namespace tramso::site {

namespace fs = std::filesystem;

namespace {

constexpr Lang kLanguages[] = {Lang::vi, Lang::en};

Status make_folder(const fs::path& folder) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        return Error{folder.string(), "cannot create the folder (" + ec.message() +
                                          ") — choose a folder you may write to, or fix its permissions"};
    return Ok{};
}

Status write_file(const fs::path& file, const void* data, std::size_t size) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (out) out.write(static_cast<const char*>(data), std::streamsize(size));
    if (out) out.close();
    if (!out)
        return Error{file.string(), std::string("cannot write the file (") + std::strerror(errno) +
                                        ") — choose a folder you may write to, or fix its permissions"};
    return Ok{};
}

Status write_text(const fs::path& file, const std::string& text) { return write_file(file, text.data(), text.size()); }

// The link from a page in folder `from` to the page in folder `to` (both relative to the root).
std::string href(const fs::path& from, const fs::path& to) {
    std::string h = up_to_root(from) + (to.empty() ? "" : to.generic_string() + "/");
    return h.empty() ? "./" : h;
}

PageShell shell_for(const fs::path& folder, const fs::path& other_folder, Lang lang, const Config& config,
                    const StringTable& strings) {
    PageShell s;
    s.lang = lang;
    s.center_name = config.kiosk.center_name;
    s.other_href = href(folder, other_folder);
    s.home_href = href(folder, language_root(lang));
    s.privacy = strings.get(lang, "site.privacy");
    s.all_lessons = strings.get(lang, "site.all_lessons");
    s.other_language = strings.get(lang, "site.other_language");
    return s;
}

// Draws, squeezes and writes one picture; its size is added to `bytes`.
Result<PictureFile> write_picture(const Scene& scene, Lang lang, const fs::path& folder, const std::string& name,
                                  const PhoneCamera& camera, std::uintmax_t& bytes) {
    auto image = camera(scene, lang);
    if (!image) return image.error();
    auto png = encode_palette_png(*image, kPictureColours);
    if (!png) return png.error();
    if (Status s = write_file(folder / name, png->data(), png->size()); !s) return s.error();
    bytes += png->size();
    return PictureFile{name, image->width, image->height};
}

Result<SitePage> write_lesson_page(const Lesson& lesson, Lang lang, const Config& config, const StringTable& strings,
                                   const fs::path& out_dir, const PhoneCamera& camera) {
    const fs::path folder = *lesson_folder(lesson, lang);
    if (Status s = make_folder(out_dir / folder); !s) return s.error();
    std::uintmax_t bytes = 0;
    std::vector<StepPictures> pictures(lesson.steps.size());
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const Step& step = lesson.steps[i];
        if (step.kind != StepKind::practice || !step.scene) continue;
        const std::string stem = "buoc-" + std::to_string(i + 1);
        auto before = write_picture(*step.scene, lang, out_dir / folder, stem + "-truoc.png", camera, bytes);
        if (!before) return before.error();
        pictures[i].before = *before;
        if (step.result) {  // the phone after the right tap
            auto shown = write_picture(*step.result, lang, out_dir / folder, stem + "-sau.png", camera, bytes);
            if (!shown) return shown.error();
            pictures[i].after = *shown;
        }
    }
    const std::string html = lesson_page_html(LessonPageInput{
        lesson, lang, strings, shell_for(folder, *lesson_folder(lesson, other_lang(lang)), lang, config, strings),
        std::move(pictures)});
    if (Status s = write_text(out_dir / folder / "index.html", html); !s) return s.error();
    return SitePage{folder / "index.html", bytes + html.size()};
}

// A lesson check-content would reject: the loader already left out broken files; a follow-up
// link too long for the finish screen's QR code is the one check that needs the settings.
std::optional<Diagnostic> followup_problem(const Lesson& lesson, const Config& config) {
    auto p = check_followup_fits_qr(lesson, config.followup.base_url, config.followup.ref_param);
    if (!p) return std::nullopt;
    return Diagnostic{lesson.source_file.string(), lesson.followup_pos.line, lesson.followup_pos.column, p->problem,
                      p->fix};
}

}  // namespace

Result<SiteReport> build_site(const Content& content, const Config& config, const StringTable& strings,
                              const fs::path& out_dir, const PhoneCamera& camera) {
    if (content.folder_error) return content.folder_error->to_error();
    if (Status s = make_folder(out_dir); !s) return s.error();
    SiteReport report;
    for (const SkippedFile& f : content.skipped)
        report.skipped.insert(report.skipped.end(), f.errors.begin(), f.errors.end());

    std::vector<const Lesson*> listed;
    for (const Lesson& lesson : content.lessons) {
        if (auto d = followup_problem(lesson, config)) {
            report.skipped.push_back(*d);
            continue;
        }
        if (lesson.followup.empty()) continue;
        listed.push_back(&lesson);
        if (!lesson_folder(lesson, Lang::vi)) {
            report.elsewhere.push_back(lesson.id);
            continue;
        }
        for (Lang lang : kLanguages) {
            auto page = write_lesson_page(lesson, lang, config, strings, out_dir, camera);
            if (!page) return page.error();
            report.lesson_pages.push_back(*page);
        }
    }
    for (Lang lang : kLanguages) {
        const fs::path root = language_root(lang);
        if (Status s = make_folder(out_dir / root); !s) return s.error();
        const std::string html = index_page_html(
            listed, lang, strings, shell_for(root, language_root(other_lang(lang)), lang, config, strings));
        if (Status s = write_text(out_dir / root / "index.html", html); !s) return s.error();
    }
    return report;
}

}  // namespace tramso::site
