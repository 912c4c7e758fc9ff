// [SECTION] creation: SDL hints, window, renderer, ImGui
// [SECTION] frame: timers, input, screens, present
// [SECTION] loop: event-driven sleeping
#include "ui/kiosk_app.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>
#include <malloc.h>
#include <stb_image_write.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

#include "app/finish_codes.h"
#include "app/slip_printer.h"
#include "app/store_jobs.h"
#include "input/keyboard.h"
#include "platform/log.h"
#include "platform/service_notifier.h"
#include "platform/stop_signals.h"
#include "store/sqlite_db.h"
#include "text/names.h"
#include "ui/kiosk_app_faults.h"
#include "ui/narrator.h"
#include "ui/screens/screens.h"
#include "ui/theme_style.h"

namespace tramso::ui {

// ---------------------------------------------------------------------------------------------
// [SECTION] creation
// ---------------------------------------------------------------------------------------------

KioskApp::KioskApp(const Config& config, const AppOptions& options, Clock& clock)
    : m_config(config), m_options(options), m_clock(clock) {}

Result<std::unique_ptr<KioskApp>> KioskApp::create(const Config& config, const AppOptions& options, Clock& clock) {
    std::unique_ptr<KioskApp> app(new KioskApp(config, options, clock));
    if (Status s = app->init(); !s) return s.error();
    return app;
}

Status KioskApp::init() {
    // Spoken sentences are audio buffers of a few hundred KB, made and freed all day. glibc's
    // mmap threshold otherwise climbs after the first such free, and the buffers are then
    // carved from the heap, leaving holes that keep RSS wandering by megabytes over weeks
    // while the live heap stays flat. A fixed threshold gives each large buffer its own
    // mapping, returned whole when it is freed.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    auto strings = StringTable::load(m_config.paths.strings_dir);
    if (!strings) return strings.error();
    m_strings = std::move(*strings);
    // A broken lesson file is skipped, never fatal: the rest still teach (staff mode lists these).
    auto content = std::make_shared<const Content>(load_content(m_config.paths.content_dir));
    if (content->folder_error) std::fprintf(stderr, "tramso: %s\n", content->folder_error->to_string().c_str());
    for (const auto& skipped : content->skipped)
        for (const auto& e : skipped.errors)
            std::fprintf(stderr, "tramso: skipped lesson: %s\n", e.to_string().c_str());

    // The store opens before the first frame: recovery and quick_check may take a second.
    store::StoreOptions so;
    so.db_path = m_config.paths.database;
    so.kiosk_id = m_config.kiosk.id;
    so.backup_dir = m_config.storage.backup_dir;
    so.backup_keep = m_config.storage.backup_keep;
    so.retention_personal_days = m_config.storage.retention_personal_days;
    so.utc_offset_minutes = m_config.hours.utc_offset_minutes;          // report days are the kiosk's local days
    so.log_durable_seq = std::getenv("TRAMSO_LOG_DURABLE") != nullptr;  // crash test
    so.log = [this](std::string_view line) { warn(std::string(line)); };
    so.search_key = [](std::string_view name) { return text::search_key(name); };
    auto opened = store::Store::open(so, m_clock);
    if (!opened) return opened.error();
    m_store = std::move(*opened);

    const bool software = m_options.headless || m_config.display.renderer == "software";
    if (m_options.headless) SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    // A kiosk must not minimise when something else grabs focus, nor blank the screen.
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_AUTO_CAPTURE, "0");
    // Touches arrive as finger events; don't also turn mouse input into touches.
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    // SIGTERM, SIGINT and SIGHUP are platform::StopSignals' (see stop_signals.h): SDL would
    // turn them into SDL_QUIT, which the kiosk ignores, so they would not stop it.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    // The software renderer would otherwise present through OpenGL and map Mesa/LLVM, tens of MiB.
    if (software) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0)
        return Error{"SDL", std::string("cannot start the display: ") + SDL_GetError()};
    SDL_DisableScreenSaver();
    // Narration: never fatal; a silent kiosk still teaches, and staff see why.
    m_narrator =
        std::make_unique<Narrator>(m_config, m_options.make_synthesizer, [this](const std::string& m) { warn(m); });
    if (!m_narrator->status().ok()) warn(m_narrator->status().summary());

    // The runtime: the flow and its adapters. Slips print on the printer's own thread, store
    // work runs on the store worker, speech on the narrator's; each answer wakes this loop.
    app::RuntimeAdapters adapters;
    adapters.store = m_store.get();
    auto jobs = std::make_unique<app::KioskStoreJobs>(*m_store, m_config, m_clock, m_strings, m_options.random_seed);
    const std::optional<Lang> staff_language = jobs->staff().saved_default_language();  // before the first frame
    adapters.store_jobs = std::move(jobs);
    adapters.printer = std::make_unique<app::SlipPrinter>(m_config, [this](const std::string& line) { warn(line); });
    adapters.speech = m_narrator.get();
    app::FlowInputs inputs{app::make_finish_codes(m_config.followup, m_options.random_seed)};
    m_runtime =
        std::make_unique<app::Runtime>(m_config, m_clock, std::move(content), std::move(inputs), std::move(adapters));
    app::Flow& flow = m_runtime->flow();
    // Idle warning and attract: the flow speaks the warning's question when it appears.
    flow.set_idle_question(
        LocalText{m_strings.get(Lang::vi, "idle.question"), m_strings.get(Lang::en, "idle.question")});
    if (staff_language) flow.set_default_language(*staff_language);

    int w = m_options.width, h = m_options.height;
    Uint32 flags = SDL_WINDOW_SHOWN | SDL_WINDOW_ALLOW_HIGHDPI;
    if (m_options.headless) {
        if (!w) w = 1920, h = 1080;
    } else if (m_options.windowed) {
        if (!w) w = m_config.display.windowed_width, h = m_config.display.windowed_height;
        flags |= SDL_WINDOW_RESIZABLE;
    } else {
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
        if (!w) w = 1920, h = 1080;  // replaced by the desktop size
    }
    m_window = SDL_CreateWindow("Trạm Số", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (!m_window) return Error{"SDL", std::string("cannot open the window: ") + SDL_GetError()};

    if (!software) m_renderer = SDL_CreateRenderer(m_window, -1, SDL_RENDERER_ACCELERATED);
    if (!m_renderer && m_config.display.renderer == "accelerated")
        return Error{"display.renderer", std::string("no accelerated renderer: ") + SDL_GetError()};
    if (!m_renderer) {
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
        m_renderer = SDL_CreateRenderer(m_window, -1, SDL_RENDERER_SOFTWARE);
    }
    if (!m_renderer) return Error{"SDL", std::string("cannot create a renderer: ") + SDL_GetError()};
    if (!m_options.windowed) SDL_ShowCursor(SDL_DISABLE);
    m_images = std::make_unique<ImageCache>(m_renderer);

    m_imgui = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing to remember between runs; never write files
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    if (!ImGui_ImplSDLRenderer_Init(m_renderer)) return Error{"ImGui", "cannot start the renderer backend"};
    m_imgui_renderer_ready = true;
    {
        // See create_font_texture(): the backend's own texture stays one glyph small.
        ImFontConfig tiny;
        static const ImWchar space[] = {0x20, 0x20, 0};
        tiny.GlyphRanges = space;
        tiny.SizePixels = 8;
        io.Fonts->AddFontDefault(&tiny);
        ImGui_ImplSDLRenderer_CreateFontsTexture();
        io.Fonts->Clear();
    }
    return rebuild_fonts();
}

// The font atlas texture is ours, in the renderer's native ARGB8888 format: SDL's software
// renderer converts a texture of another format on every textured draw, which cost more
// than all other drawing put together (callgrind, bench.sh). The packaged backend only
// ever gets a one-glyph atlas so that it never creates a big texture of its own.
Status KioskApp::create_font_texture() {
    unsigned char* rgba = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&rgba, &w, &h);
    std::vector<Uint32> argb(size_t(w) * h);
    for (size_t i = 0; i < argb.size(); ++i) {
        const unsigned char* p = rgba + i * 4;
        argb[i] = Uint32(p[3]) << 24 | Uint32(p[0]) << 16 | Uint32(p[1]) << 8 | p[2];
    }
    if (m_font_texture) SDL_DestroyTexture(m_font_texture);
    m_font_texture = SDL_CreateTexture(m_renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, w, h);
    if (!m_font_texture) return Error{"SDL", std::string("cannot create the font texture: ") + SDL_GetError()};
    SDL_UpdateTexture(m_font_texture, nullptr, argb.data(), w * 4);
    m_font_atlas_bytes = argb.size() * sizeof(Uint32);
    SDL_SetTextureBlendMode(m_font_texture, SDL_BLENDMODE_BLEND);
    ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(m_font_texture));
    // The pixels now live in the texture; drop our copies (the largest block we would hold).
    ImGui::GetIO().Fonts->ClearTexData();
    return Ok{};
}

// Sizes follow the window; fonts are rebuilt only when the size changes.
Status KioskApp::rebuild_fonts() {
    int w = 0, h = 0;
    SDL_GetRendererOutputSize(m_renderer, &w, &h);
    if (w == int(m_width) && h == int(m_height) && m_fonts.body) return Ok{};
    m_width = float(w), m_height = float(h);
    m_theme.metrics = compute_metrics(w, h, m_config.display.diagonal_inches, m_config.display.scale);
    m_input.set_drag_threshold(m_theme.metrics.drag_threshold);
    m_input.set_forgiveness(&m_registry, m_theme.metrics.tap_reach, m_theme.metrics.tremor_radius);
    std::string display_text = m_config.kiosk.center_name;
    for (Lang lang : {Lang::vi, Lang::en})
        for (const std::string& key : m_strings.keys(lang)) display_text += m_strings.get(lang, key);
    auto fonts = load_fonts(*ImGui::GetIO().Fonts, m_config.paths.font_dir, m_theme.metrics, display_text);
    if (!fonts) return fonts.error();
    m_fonts = *fonts;
    apply_theme_style(ImGui::GetStyle(), m_theme);
    if (Status s = create_font_texture(); !s) return s;
    m_frames_pending = std::max(m_frames_pending, 2);
    return Ok{};
}

KioskApp::~KioskApp() {
    if (m_stop_signals) m_stop_signals->set_waker(nullptr);  // its thread outlives SDL's queue
    m_images.reset();                                        // textures go before their renderer
    // The store work asked for is done, and no adapter thread posts or speaks any more.
    m_runtime.reset();
    m_narrator.reset();  // its worker thread and audio device go before SDL_Quit
    // Whatever the learner did is on disk before the process goes.
    if (m_store) m_store->recorder().flush(std::chrono::seconds(5));
    if (m_font_texture) SDL_DestroyTexture(m_font_texture);
    if (m_imgui_renderer_ready) ImGui_ImplSDLRenderer_Shutdown();
    if (m_imgui) ImGui::DestroyContext(m_imgui);
    if (m_renderer) SDL_DestroyRenderer(m_renderer);
    if (m_window) SDL_DestroyWindow(m_window);
    SDL_Quit();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] frame
// ---------------------------------------------------------------------------------------------

void KioskApp::warn(const std::string& message) {
    if (m_log)
        m_log->warn(message);
    else
        std::fprintf(stderr, "tramso: %s\n", message.c_str());
}

void KioskApp::info(const std::string& message) {
    if (m_log)
        m_log->info(message);
    else
        std::fprintf(stderr, "tramso: %s\n", message.c_str());
}

bool KioskApp::pump() {
    bool handled = false;
    guarded("the flow", false, [&] {
        throw_if_injected(FaultSite::flow);
        handled = m_runtime->pump() > 0;
    });
    return handled;
}

namespace {
Status write_png(SDL_Renderer* renderer, int w, int h, const std::string& path) {
    std::vector<unsigned char> pixels(size_t(w) * h * 4);
    if (SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_ABGR8888, pixels.data(), w * 4) != 0)
        return Error{path, std::string("cannot read the frame: ") + SDL_GetError()};
    if (!stbi_write_png(path.c_str(), w, h, 4, pixels.data(), w * 4))
        return Error{path, "cannot write the screenshot (does the folder exist and is it writable?)"};
    return Ok{};
}
}  // namespace

namespace {
double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
}  // namespace

std::string KioskApp::frame_stats() const {
    if (m_frame_cpu_ms.empty()) return "frames=0";
    std::vector<double> v = m_frame_cpu_ms;
    std::sort(v.begin(), v.end());
    char buf[160];
    std::snprintf(buf, sizeof buf, "frames=%zu cpu_ms_median=%.2f cpu_ms_p99=%.2f cpu_ms_max=%.2f", v.size(),
                  v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 99 / 100)], v.back());
    return buf;
}

Status KioskApp::frame(const std::string& capture_png) {
    const double cpu_start = m_options.frame_stats ? thread_cpu_ms() : 0;
    const Millis now = m_clock.monotonic_ms();
    // Timers, and the answers adapters posted since the last frame (store replies, slips that
    // came out). A fault in the flow or a screen ends the visit, not the kiosk.
    const bool answered = pump();

    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(m_width, m_height);
    io.DeltaTime = std::clamp(float(now - m_last_frame_ms) / 1000.0f, 0.001f, 1.0f);
    m_last_frame_ms = now;
    const bool had_input = m_input.pending();
    m_input.before_frame(io, now);

    ImGui_ImplSDLRenderer_NewFrame();
    ImGui::NewFrame();
    m_input.after_new_frame();
    m_registry.begin_frame();
    Rgb bg = m_theme.palette.background;
    bool animating = false;
    UiContext ctx{
        m_config, m_theme,  m_fonts, m_strings,         m_registry, m_input,    m_runtime->flow().state().lang,
        m_width,  m_height, now,     m_clock.wall_ms(), &bg,        &animating, m_images.get()};
    // Narration:
    poll_narration();
    ctx.voice_available = m_narrator->can_speak(ctx.lang);
    ctx.can_play_recordings = m_narrator->can_play();
    ctx.speaking = m_narrator->speaking();
    ctx.voice_status = &m_narrator->status();
    ctx.printer_status = &printer_status();
    m_narrator->drawn();
    Events events;
    const bool drawn = guarded("drawing the screen", true, [&] {
        throw_if_injected(FaultSite::draw);
        events = draw_screen(ctx, m_runtime->flow().state());
    });
    if (m_input.pressed_this_frame()) events.insert(events.begin(), app::ev::Touch{});
    ImGui::Render();

    SDL_SetRenderDrawColor(m_renderer, bg.r, bg.g, bg.b, 255);
    SDL_RenderClear(m_renderer);
    if (drawn) ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());  // never half a screen
    Status captured = Ok{};
    if (!capture_png.empty()) captured = write_png(m_renderer, int(m_width), int(m_height), capture_png);
    SDL_RenderPresent(m_renderer);
    m_images->end_frame();
    // Screenshots are test tooling, not frame cost: leave them out of the figures.
    if (m_options.frame_stats && capture_png.empty() && m_frame_cpu_ms.size() < 1'000'000)
        m_frame_cpu_ms.push_back(thread_cpu_ms() - cpu_start);

    const app::Screen before = m_runtime->state().screen;
    for (auto& e : events) m_runtime->post(std::move(e));
    const bool handled = pump();
    m_narrator->follow(m_runtime->flow().state(), m_strings);  // Narration: a new screen stops speech
    if (m_runtime->flow().state().screen == app::Screen::Attract) m_last_attract_frame_ms = now;
    // A visit just ended: hand the heap's free pages back to the system while nobody waits
    // (the soak saw RSS creep ~0.5 MB a day from fragmentation without it).
    if (m_runtime->flow().state().screen == app::Screen::Attract && m_last_screen != app::Screen::Attract)
        malloc_trim(0);
    m_last_screen = m_runtime->flow().state().screen;
    m_animate_until_ms = animating ? now + 100 : 0;
    // After input or a change, draw a few more frames so ImGui settles (hover, active ids).
    if (had_input || answered || handled || m_runtime->state().screen != before)
        m_frames_pending = std::max(m_frames_pending, 3);
    else if (m_frames_pending > 0)
        --m_frames_pending;
    return captured;
}

bool KioskApp::needs_frame() const {
    return m_frames_pending > 0 || m_input.pending() || m_clock.monotonic_ms() >= next_wake_ms() ||
           m_narrator->redraw_due();
}

// Narration:
const voice::NarrationStatus& KioskApp::voice_status() const { return m_narrator->status(); }
bool KioskApp::speaking() const { return m_narrator->speaking(); }

MemoryFigures KioskApp::memory_figures() const {
    MemoryFigures f;
    f.heap_in_use_bytes = heap_in_use_bytes();
    f.speech = m_narrator->speech_cache();
    f.pictures = m_images->stats();
    f.font_atlas_bytes = m_font_atlas_bytes;
    f.sqlite_bytes = store::sqlite_heap_bytes();
    return f;
}
void KioskApp::poll_narration() { m_narrator->poll(); }

Millis KioskApp::next_wake_ms() const {
    Millis wake = m_clock.monotonic_ms() + 60'000;
    if (auto d = m_runtime->flow().next_deadline_ms()) wake = std::min(wake, *d);
    // Idle warning and attract: the attract screen draws only when its picture changes
    // (drift step, panel, minute of the closed clock), which keeps an idle kiosk near 0 % CPU;
    // the idle warning's countdown changes once a second.
    const app::State& st = m_runtime->flow().state();
    if (st.screen == app::Screen::Attract) wake = std::min(wake, attract_next_change_ms());
    if (st.idle_warning_since_ms) {
        const Millis shown = std::max<Millis>(0, m_last_frame_ms - *st.idle_warning_since_ms);
        wake = std::min(wake, *st.idle_warning_since_ms + (shown / 1000 + 1) * 1000);
    }
    if (m_animate_until_ms) wake = std::min(wake, m_animate_until_ms);
    // Finish screen, QR and printing: look for the printer's answer ten times a second.
    if (m_runtime->printing()) wake = std::min(wake, m_clock.monotonic_ms() + 100);
    return wake;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] loop
// ---------------------------------------------------------------------------------------------

void KioskApp::handle_sdl_events(bool& quit) {
    SDL_Event e;
    while (SDL_PollEvent(&e)) handle_sdl_event(e, quit);
}

void KioskApp::handle_sdl_event(const SDL_Event& e, bool& quit) {
    {
        switch (e.type) {
            case SDL_QUIT:
                // Alt+F4 and the close button do nothing on a kiosk; only staff may exit, or a
                // stop signal (which SDL does not turn into this: SDL_HINT_NO_SIGNAL_HANDLERS).
                if (m_options.windowed) quit = true;
                break;
            case SDL_KEYDOWN: {
                if (m_options.windowed && e.key.keysym.sym == SDLK_ESCAPE) quit = true;
                // Registration: a staff member's keyboard edits the field on screen.
                const app::Screen s = m_runtime->flow().state().screen;
                if (s != app::Screen::Register && s != app::Screen::Returning) break;
                if (e.key.keysym.sym == SDLK_BACKSPACE)
                    m_runtime->post(app::ev::KeyTap{std::string(input::key_labels::kBackspace)});
                if (e.key.keysym.sym == SDLK_RETURN || e.key.keysym.sym == SDLK_KP_ENTER)
                    m_runtime->post(app::ev::Next{});
                m_frames_pending = std::max(m_frames_pending, 2);
                break;
            }
            case SDL_TEXTINPUT:
                m_runtime->post(app::ev::TypeText{e.text.text});
                m_frames_pending = std::max(m_frames_pending, 2);
                break;
            case SDL_FINGERDOWN:
            case SDL_FINGERMOTION:
            case SDL_FINGERUP: {
                const PointerEvent::Type t = e.type == SDL_FINGERDOWN ? PointerEvent::Type::Down
                                             : e.type == SDL_FINGERUP ? PointerEvent::Type::Up
                                                                      : PointerEvent::Type::Move;
                m_input.push({t, e.tfinger.x * m_width, e.tfinger.y * m_height});
                break;
            }
            case SDL_MOUSEBUTTONDOWN:
            case SDL_MOUSEBUTTONUP:
                // Touches also arrive as synthetic mouse events: those are handled as fingers.
                if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT) break;
                m_input.push({e.type == SDL_MOUSEBUTTONDOWN ? PointerEvent::Type::Down : PointerEvent::Type::Up,
                              float(e.button.x), float(e.button.y)});
                break;
            case SDL_MOUSEMOTION:
                if (e.motion.which == SDL_TOUCH_MOUSEID || !(e.motion.state & SDL_BUTTON_LMASK)) break;
                m_input.push({PointerEvent::Type::Move, float(e.motion.x), float(e.motion.y)});
                break;
            case SDL_WINDOWEVENT:
                if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED || e.window.event == SDL_WINDOWEVENT_EXPOSED) {
                    if (Status s = rebuild_fonts(); !s) warn(s.error().to_string());
                    m_frames_pending = std::max(m_frames_pending, 2);
                }
                break;
            default:
                // An adapter posted an answer: draw a frame, which hands it to the flow.
                if (m_wake_event != 0 && e.type == m_wake_event) m_frames_pending = std::max(m_frames_pending, 1);
                break;
        }
    }
}

int KioskApp::run() {
    // An adapter that posts an answer wakes the loop from SDL_WaitEventTimeout. Only here: a
    // driver that calls frame() itself never reads SDL's queue, which would fill with these.
    m_wake_event = SDL_RegisterEvents(1);
    if (m_wake_event != Uint32(-1)) {
        auto wake = [type = m_wake_event] {
            SDL_Event e{};
            e.type = type;
            SDL_PushEvent(&e);  // thread-safe (never called from a signal handler)
        };
        m_runtime->set_waker(wake);
        // A stop signal wakes the loop the same way, from the signal thread.
        if (m_stop_signals) m_stop_signals->set_waker(wake);
    }
    bool quit = false;
    bool first = true;
    while (!quit) {
        if (m_notifier) m_notifier->watchdog_ping();  // a hung loop stops pinging: systemd restarts us
        if (m_log) m_log->tick();
        if (m_store) m_store->run_daily_if_due();  // backup + retention, on a worker, once a day
        handle_sdl_events(quit);
        if (quit || m_runtime->quit_requested() || stop_signal() != 0) break;
        poll_narration();  // Narration: audio to the speaker, a redraw when it ends
        if (needs_frame()) {
            if (Status s = frame(); !s) warn(s.error().to_string());
            if (first) {
                first = false;
                if (m_notifier) {
                    m_notifier->ready();
                    m_notifier->status("showing the attract screen");
                }
                if (m_options.exit_after_first_frame) {
                    using namespace std::chrono;
                    const auto us = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
                    std::printf("first_frame_wall_us=%lld\n", static_cast<long long>(us));
                    return 0;
                }
            }
            continue;  // poll again right away: more input may be queued
        }
        // Nothing to draw: sleep until input arrives or the next timer is due.
        Millis wait = std::clamp<Millis>(next_wake_ms() - m_clock.monotonic_ms(), 1, 60'000);
        if (m_notifier && m_notifier->watchdog_interval_ms() > 0)
            wait = std::min(wait, m_notifier->watchdog_interval_ms());
        // Narration: look at the speech every 50 ms while it lasts, without drawing.
        if (m_narrator->speaking()) wait = std::min<Millis>(wait, 50);
        SDL_Event e;
        if (SDL_WaitEventTimeout(&e, int(wait))) handle_sdl_event(e, quit);
    }
    if (m_notifier) m_notifier->stopping();
    if (const int sig = stop_signal()) stop_on_signal(sig);
    if (m_log) m_log->flush();
    return 0;
}

int KioskApp::stop_signal() const { return m_stop_signals ? m_stop_signals->received() : 0; }

// systemd, a shutdown and tramso-session send SIGTERM and kill the kiosk a few seconds later
// if it is still there: whoever stands at it is leaving with it, so her visit ends now, through
// the flow like any other event, and every record is on disk before run() returns.
void KioskApp::stop_on_signal(int sig) {
    const app::State& st = m_runtime->state();
    const app::Screen visit_screen = st.screen == app::Screen::Staff ? app::Screen(st.staff.returns_to) : st.screen;
    const bool visit_open = visit_screen != app::Screen::Attract;  // staff mode alone is no visit
    m_runtime->post(app::ev::Shutdown{});
    // The events queued before it (her last taps, store answers) are handled first.
    for (int turn = 0; turn < 4 && pump(); ++turn) {}
    const std::string what = "stopping on " + platform::stop_signal_name(sig) +
                             (visit_open ? ": the open visit ended (shutdown)" : ": no visit was open");
    if (m_store && !m_store->recorder().flush(std::chrono::milliseconds(1500))) {
        warn(what + "; not every record is on disk yet, the store keeps trying until it closes");
        return;
    }
    info(what + "; every record is on disk");
}

}  // namespace tramso::ui
