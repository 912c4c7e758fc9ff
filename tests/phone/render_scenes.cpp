// render_phone_scenes OUT_DIR [CONTENT_DIR] [--lang en] [--sheets]
// Renders every phone scene of every bundled lesson at 1920×1080 and 1280×800 into PNGs, as
// the lesson screen would place it (step text left, phone right), for a person to look at.
// With --sheets it writes instead, per lesson and size, pictures of four phones side by side
// at full resolution (quicker to review).
// Practice steps also get a "-hl" picture with the target highlighted and a "-wrong" one with
// the wrong-tap feedback on another element. Offscreen SDL, software renderer: no display needed.
#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "lessons/content.h"
#include "phone_stage.h"

using namespace tramso;
using namespace tramso::ui;

namespace {

struct Window {
    SDL_Window* window = nullptr;
    SDL_Renderer* renderer = nullptr;
    SDL_Texture* fonts = nullptr;
    ~Window() {
        if (fonts) SDL_DestroyTexture(fonts);
        if (renderer) SDL_DestroyRenderer(renderer);
        if (window) SDL_DestroyWindow(window);
    }
};

// As kiosk_app.cpp: the atlas as an ARGB8888 texture, the software renderer's native format.
SDL_Texture* font_texture(SDL_Renderer* r) {
    unsigned char* rgba = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&rgba, &w, &h);
    std::vector<Uint32> argb(size_t(w) * h);
    for (size_t i = 0; i < argb.size(); ++i) {
        const unsigned char* p = rgba + i * 4;
        argb[i] = Uint32(p[3]) << 24 | Uint32(p[0]) << 16 | Uint32(p[1]) << 8 | p[2];
    }
    SDL_Texture* t = SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, w, h);
    if (!t) return nullptr;
    SDL_UpdateTexture(t, nullptr, argb.data(), w * 4);
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(t));
    return t;
}

struct Picture {
    int w = 0, h = 0;
    std::vector<unsigned char> rgba;
};

bool read_pixels(SDL_Renderer* r, SDL_Rect rect, Picture& out) {
    out.w = rect.w, out.h = rect.h;
    out.rgba.assign(size_t(rect.w) * rect.h * 4, 0);
    return SDL_RenderReadPixels(r, &rect, SDL_PIXELFORMAT_ABGR8888, out.rgba.data(), rect.w * 4) == 0;
}

bool write_png(const Picture& p, const std::string& path) {
    return stbi_write_png(path.c_str(), p.w, p.h, 4, p.rgba.data(), p.w * 4) != 0;
}

// Pictures in rows of four (a row fits an image viewer at full resolution), with small gaps.
Picture contact_sheet(const std::vector<Picture>& pics) {
    constexpr int kPerRow = 4, kGap = 12;
    Picture s;
    int cell_w = 0, cell_h = 0;
    for (const Picture& p : pics) cell_w = std::max(cell_w, p.w), cell_h = std::max(cell_h, p.h);
    const int n = int(pics.size());
    s.w = std::min(n, kPerRow) * (cell_w + kGap);
    s.h = ((n + kPerRow - 1) / kPerRow) * (cell_h + kGap);
    s.rgba.assign(size_t(s.w) * s.h * 4, 255);
    for (int i = 0; i < n; ++i) {
        const Picture& p = pics[size_t(i)];
        const int x0 = (i % kPerRow) * (cell_w + kGap), y0 = (i / kPerRow) * (cell_h + kGap);
        for (int y = 0; y < p.h; ++y)
            std::copy_n(&p.rgba[size_t(y) * p.w * 4], size_t(p.w) * 4, &s.rgba[(size_t(y0 + y) * s.w + x0) * 4]);
    }
    return s;
}

void present(PhoneStage& stage, SDL_Renderer* r) {
    const Rgb bg = stage.background();
    SDL_SetRenderDrawColor(r, bg.r, bg.g, bg.b, 255);
    SDL_RenderClear(r);
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
}

// Another element than the target, for the wrong-tap picture.
std::string other_element(const Scene& s, const std::string& target) {
    const std::string id = target.substr(0, target.find('.'));
    for (const SceneElement& e : s.elements)
        if (e.id != id && e.type != ElementType::tabs && e.type != ElementType::keypad) return e.id;
    return "";
}

int render_size(const Content& content, int w, int h, const std::filesystem::path& out, Lang lang, bool sheets) {
    Window win;
    win.window = SDL_CreateWindow("phone scenes", 0, 0, w, h, SDL_WINDOW_HIDDEN);
    if (win.window) win.renderer = SDL_CreateRenderer(win.window, -1, SDL_RENDERER_SOFTWARE);
    if (!win.renderer) {
        std::fprintf(stderr, "render_phone_scenes: cannot create a %dx%d renderer: %s\n", w, h, SDL_GetError());
        return 1;
    }
    PhoneStage stage(w, h);
    if (!stage.error().empty()) {
        std::fprintf(stderr, "render_phone_scenes: %s\n", stage.error().c_str());
        return 1;
    }
    ImGui_ImplSDLRenderer_Init(win.renderer);
    win.fonts = font_texture(win.renderer);
    stage.before_new_frame = [] { ImGui_ImplSDLRenderer_NewFrame(); };
    int written = 0, failed = 0;
    std::vector<Picture> sheet;
    auto save = [&](const Picture& p, const std::string& name) {
        const std::string path = (out / name).string();
        if (write_png(p, path))
            ++written;
        else {
            ++failed;
            std::fprintf(stderr, "render_phone_scenes: cannot write %s\n", path.c_str());
        }
    };
    auto shoot = [&](const Scene& scene, const PhoneSceneOptions& o, const std::string& text, const std::string& name) {
        for (int i = 0; i < 2; ++i) stage.frame(scene, o, text);  // the second frame has settled scroll sizes
        present(stage, win.renderer);
        Picture p;
        const Rect b = stage.geometry(scene, o.lang).body;
        const SDL_Rect rect =
            sheets ? SDL_Rect{int(b.x) - 6, int(b.y) - 6, int(b.w) + 12, int(b.h) + 12} : SDL_Rect{0, 0, w, h};
        if (!read_pixels(win.renderer, rect, p)) {
            ++failed;
            return;
        }
        if (sheets)
            sheet.push_back(std::move(p));
        else
            save(p, name);
    };
    for (const Lesson& lesson : content.lessons) {
        sheet.clear();
        for (size_t i = 0; i < lesson.steps.size(); ++i) {
            const Step& step = lesson.steps[i];
            if (!step.scene) continue;
            char base[200];
            std::snprintf(base, sizeof base, "%02d-%s-s%02zu-%s-%dx%d", lesson.order, lesson.id.c_str(), i + 1,
                          std::string(step_kind_name(step.kind)).c_str(), w, h);
            PhoneSceneOptions o;
            o.lang = lang;
            o.interactive = step.kind == StepKind::practice;
            const std::string text = step.kind == StepKind::quiz ? step.question.get(lang) : step.text.get(lang);
            shoot(*step.scene, o, text, std::string(base) + ".png");
            if (step.kind != StepKind::practice) continue;
            o.highlight = step.target;
            stage.clock().advance(800);  // mid-pulse
            shoot(*step.scene, o, text, std::string(base) + "-hl.png");
            o.highlight.clear();
            o.flash_wrong = other_element(*step.scene, step.target);
            if (o.flash_wrong.empty()) continue;
            for (int f = 0; f < 2; ++f) stage.frame(*step.scene, o, text);
            stage.clock().advance(150);  // mid-shake
            shoot(*step.scene, o, text, std::string(base) + "-wrong.png");
            PhoneSceneOptions reset = o;
            reset.flash_wrong.clear();
            stage.frame(*step.scene, reset, text);
        }
        // One row of four phones per sheet: viewable at full resolution.
        for (size_t first = 0; sheets && first < sheet.size(); first += 4) {
            char name[160];
            std::snprintf(name, sizeof name, "%02d-%s-%dx%d-%zu.png", lesson.order, lesson.id.c_str(), w, h,
                          first / 4 + 1);
            const std::vector<Picture> row(sheet.begin() + long(first),
                                           sheet.begin() + long(std::min(sheet.size(), first + 4)));
            save(contact_sheet(row), name);
        }
    }
    ImGui_ImplSDLRenderer_Shutdown();
    std::printf("%dx%d: %d pictures in %s\n", w, h, written, out.string().c_str());
    return failed ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    Lang lang = Lang::vi;
    bool sheets = false;
    std::vector<std::string> positional;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang" && i + 1 < args.size())
            lang = lang_from_code(args[++i]);
        else if (args[i] == "--sheets")
            sheets = true;
        else
            positional.push_back(args[i]);
    }
    if (positional.empty()) {
        std::fprintf(stderr, "usage: render_phone_scenes OUT_DIR [CONTENT_DIR] [--lang vi|en] [--sheets]\n");
        return 2;
    }
    const std::filesystem::path out = positional[0];
    const std::filesystem::path content_dir = positional.size() > 1
                                                  ? std::filesystem::path(positional[1])
                                                  : std::filesystem::path(TRAMSO_SOURCE_DIR) / "content";
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    const Content content = load_content(content_dir);
    if (content.lessons.empty()) {
        std::fprintf(stderr, "render_phone_scenes: no lessons loaded from %s\n", content_dir.string().c_str());
        return 1;
    }
    for (const SkippedFile& s : content.skipped)
        std::fprintf(stderr, "render_phone_scenes: skipped %s (errors)\n", s.file.string().c_str());

    SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        std::fprintf(stderr, "render_phone_scenes: SDL: %s\n", SDL_GetError());
        return 1;
    }
    int rc = 0;
    for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1280, 800}})
        rc |= render_size(content, w, h, out, lang, sheets);
    SDL_Quit();
    return rc;
}
