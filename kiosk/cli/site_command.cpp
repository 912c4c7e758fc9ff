// `tramso site`: writes the static follow-up site the finish screen's QR codes point at.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "cli/commands.h"
#include "core/config.h"
#include "lessons/content.h"
#include "site/site_builder.h"
#include "ui/phone/phone_picture.h"

namespace tramso::cli {

// Settings as check-content finds them: --config, else config/kiosk.toml in a checkout, else
// the built-in defaults; the pages' paths follow followup.base_url, so both must agree.
int site(const std::vector<std::string>& in) {
    std::vector<std::string> args = in;
    std::string out, content_dir, config_path;
    if (!take_option(args, "--out", out) || !take_option(args, "--content", content_dir) ||
        !take_option(args, "--config", config_path) || out.empty() || !args.empty())
        return fail("usage: tramso site --out DIR [--content DIR] [--config FILE]");
    if (config_path.empty() && std::filesystem::exists("config/kiosk.toml")) config_path = "config/kiosk.toml";
    Config config;
    if (!config_path.empty()) {
        auto loaded = load_config(config_path);
        if (!loaded) return fail(loaded.error().to_string());
        config = *loaded;
    }
    if (content_dir.empty()) content_dir = config.paths.content_dir;
    auto strings = StringTable::load(config.paths.strings_dir);
    if (!strings) return fail(strings.error().to_string());

    const auto start = std::chrono::steady_clock::now();
    auto camera = ui::PhonePicture::create(config, *strings);
    if (!camera) return fail(camera.error().to_string());
    const Content content = load_content(content_dir);
    auto report = site::build_site(content, config, *strings, out,
                                   [&](const Scene& scene, Lang lang) { return (*camera)->draw(scene, lang); });
    if (!report) return fail(report.error().to_string());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    for (const Diagnostic& d : report->skipped)
        std::fprintf(stderr, "tramso: skipped lesson: %s\n", d.to_string().c_str());
    for (const std::string& id : report->elsewhere)
        std::printf("lesson %s: its follow-up is an absolute address, no page written\n", id.c_str());
    std::vector<std::uintmax_t> sizes;
    for (const auto& page : report->lesson_pages) sizes.push_back(page.bytes);
    std::sort(sizes.begin(), sizes.end());
    std::printf("wrote %zu lesson pages to %s in %.1f s (QR links: %s<slug>)", sizes.size(), out.c_str(), seconds,
                config.followup.base_url.c_str());
    if (!sizes.empty())
        std::printf("; bytes per page with pictures: median %ju, max %ju", sizes[sizes.size() / 2], sizes.back());
    std::printf("\n");
    return report->skipped.empty() ? 0 : 1;
}

}  // namespace tramso::cli
