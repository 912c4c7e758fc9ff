#include "ui/phone/phone_picture.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>

#include <cmath>

#include "ui/image_cache.h"
#include "ui/phone/phone_frame.h"
#include "ui/phone/phone_scene.h"
#include "ui/theme_style.h"
#include "ui/touch_input.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace tramso::ui {

namespace {

// The panel the kiosk's sizes are worked out for (theme metrics follow it).
constexpr int kPanelW = 1920, kPanelH = 1080;
// The phone's outline with its side keys, in mm.
constexpr float kPhoneW = kPhoneBodyWidthMm + 2 * kPhoneKeyOutMm, kPhoneH = kPhoneBodyHeightMm;
// The status bar's clock: a fixed moment, so the same lesson gives the same picture.
constexpr Millis kShownTimeMs = 1767227400000;  // 2026-01-01 00:30 UTC
// ImGui lays a window out on its first frame and draws it settled on the next.
constexpr int kFramesPerPicture = 2;
constexpr Rgb kWhite{255, 255, 255};

}  // namespace

struct PhonePicture::Parts {
    Config config;
    StringTable strings;
    Theme theme;
    Fonts fonts;
    WidgetRegistry registry;
    TouchInput input;
    int width = 0, height = 0;
    SDL_Surface* surface = nullptr;
    SDL_Renderer* renderer = nullptr;
    ImGuiContext* imgui = nullptr;
    bool backend = false;
    std::unique_ptr<ImageCache> images;

    ~Parts() {
        images.reset();
        if (imgui) {
            ImGui::SetCurrentContext(imgui);
            if (backend) ImGui_ImplSDLRenderer_Shutdown();
            ImGui::DestroyContext(imgui);
        }
        if (renderer) SDL_DestroyRenderer(renderer);
        if (surface) SDL_FreeSurface(surface);
    }
};

PhonePicture::PhonePicture(std::unique_ptr<Parts> parts) : m(std::move(parts)) {}
PhonePicture::~PhonePicture() = default;

Result<std::unique_ptr<PhonePicture>> PhonePicture::create(const Config& config, const StringTable& strings) {
    auto p = std::make_unique<Parts>();
    p->config = config;
    p->strings = strings;
    p->theme.metrics = compute_metrics(kPanelW, kPanelH, config.display.diagonal_inches, config.display.scale);
    const float mm = p->theme.metrics.px_per_mm;
    p->width = int(std::ceil(kPhoneW * mm));
    p->height = int(std::ceil(kPhoneH * mm));
    p->surface = SDL_CreateRGBSurfaceWithFormat(0, p->width, p->height, 32, SDL_PIXELFORMAT_ARGB8888);
    if (p->surface) p->renderer = SDL_CreateSoftwareRenderer(p->surface);
    if (!p->renderer) return Error{"SDL", std::string("cannot make an offscreen renderer: ") + SDL_GetError()};
    p->images = std::make_unique<ImageCache>(p->renderer);

    p->imgui = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = ImVec2(float(p->width), float(p->height));
    auto fonts = load_fonts(*io.Fonts, config.paths.font_dir, p->theme.metrics, "");
    if (!fonts) return fonts.error();
    p->fonts = *fonts;
    apply_theme_style(ImGui::GetStyle(), p->theme);
    if (!ImGui_ImplSDLRenderer_Init(p->renderer)) return Error{"ImGui", "cannot start the renderer backend"};
    p->backend = true;
    return std::unique_ptr<PhonePicture>(new PhonePicture(std::move(p)));
}

Result<site::RgbaImage> PhonePicture::draw(const Scene& scene, Lang lang) {
    ImGui::SetCurrentContext(m->imgui);
    ImGuiIO& io = ImGui::GetIO();
    Rgb background = kWhite;
    bool animating = false;
    for (int frame = 0; frame < kFramesPerPicture; ++frame) {
        io.DeltaTime = 1.0f / 60;
        m->input.before_frame(io, 0);
        ImGui_ImplSDLRenderer_NewFrame();
        ImGui::NewFrame();
        m->input.after_new_frame();
        m->registry.begin_frame();
        UiContext ui{m->config,    m->theme,    m->fonts,        m->strings,       m->registry,
                     m->input,     lang,        float(m->width), float(m->height), 0,
                     kShownTimeMs, &background, &animating,      m->images.get()};
        begin_screen(ui, "phone picture", kWhite);
        PhoneSceneOptions options;
        options.lang = lang;
        options.interactive = false;
        draw_phone_scene(ui, scene, Rect{0, 0, float(m->width), float(m->height)}, options);
        end_screen();
        ImGui::Render();
        SDL_SetRenderDrawColor(m->renderer, background.r, background.g, background.b, 255);
        SDL_RenderClear(m->renderer);
        ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
        m->images->end_frame();
    }
    site::RgbaImage image;
    image.width = m->width;
    image.height = m->height;
    image.pixels.resize(std::size_t(m->width) * m->height * 4);
    if (SDL_RenderReadPixels(m->renderer, nullptr, SDL_PIXELFORMAT_ABGR8888, image.pixels.data(), m->width * 4) != 0)
        return Error{"SDL", std::string("cannot read the phone picture: ") + SDL_GetError()};
    return image;
}

}  // namespace tramso::ui
