// The window layer: the SDL window, renderer, ImGui context, fonts and touch input, around the
// SDL-free app::Runtime that owns the flow, its event queue and the adapters. Each frame it draws
// the runtime's state and posts the events the screens' taps made; it never carries out an
// effect itself. run() is the event-driven frame loop of the real kiosk; the headless script
// driver calls frame() and feeds input() itself on a simulated clock.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/flow.h"
#include "app/runtime.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/string_table.h"
#include "core/theme.h"
#include "lessons/content.h"
#include "store/store.h"
#include "ui/fonts.h"
#include "ui/image_cache.h"
#include "ui/memory_figures.h"
#include "ui/touch_input.h"
#include "ui/widget_registry.h"

struct SDL_Window;
union SDL_Event;
struct SDL_Renderer;
struct SDL_Texture;
struct ImGuiContext;

namespace tramso::platform {
class Logger;
class ServiceNotifier;
class StopSignals;
}  // namespace tramso::platform

namespace tramso::voice {
class Synthesizer;
struct NarrationStatus;
}  // namespace tramso::voice

namespace tramso::ui {

class Narrator;

struct AppOptions {
    bool windowed = false;                // development: a normal window; Escape and close quit
    bool headless = false;                // offscreen video driver + software renderer (tests, screenshots)
    int width = 0, height = 0;            // forced size (headless, windowed); 0 = config / desktop
    bool exit_after_first_frame = false;  // benchmarks: print the wall time of the first frame
    bool frame_stats = false;             // benchmarks: print median/p99 CPU time per frame at exit
    // Narration: the speech engine; empty = espeak-ng as configured. Tests pass a slow fake.
    std::function<std::unique_ptr<voice::Synthesizer>()> make_synthesizer;
    // Registration: a fixed seed makes resume codes repeatable (headless scripts).
    std::optional<std::uint32_t> random_seed;
};

class KioskApp {
public:
    static Result<std::unique_ptr<KioskApp>> create(const Config& config, const AppOptions& options, Clock& clock);
    ~KioskApp();
    KioskApp(const KioskApp&) = delete;
    KioskApp& operator=(const KioskApp&) = delete;

    // The real kiosk logs and reports to systemd (readiness, watchdog); tests need neither.
    // With stop signals, SIGTERM, SIGINT and SIGHUP end run(); without, they kill the process.
    void attach(platform::Logger* log, platform::ServiceNotifier* notifier, platform::StopSignals* stop_signals) {
        m_log = log;
        m_notifier = notifier;
        m_stop_signals = stop_signals;
    }
    // The stop signal that arrived (SIGTERM, SIGINT, SIGHUP), 0 if none; the headless tools ask
    // between their steps.
    int stop_signal() const;

    // The kiosk's main loop; returns the process exit code.
    int run();

    // Renders one frame (running timers first). With `capture_png`, writes it to that file.
    Status frame(const std::string& capture_png = "");
    // True when something would change on screen now (input, timers, animation).
    bool needs_frame() const;
    // Monotonic time when a frame is next needed with no input (timers, animation).
    Millis next_wake_ms() const;

    // "frames=N cpu_ms_median=… cpu_ms_p99=…" for benchmarks.
    std::string frame_stats() const;

    TouchInput& input() { return m_input; }
    const WidgetRegistry& registry() const { return m_registry; }
    const app::Flow& flow() const { return m_runtime->flow(); }
    const app::Runtime& runtime() const { return *m_runtime; }
    const Content& content() const { return *m_runtime->flow().content(); }
    store::Store* store() { return m_store.get(); }
    // Idle warning and attract:
    // Test tooling (the script driver's `fault` command): the next frame throws from inside the
    // screen's drawing or the flow, to prove the kiosk recovers. No learner touch reaches it.
    enum class FaultSite { none, draw, flow };
    void inject_fault(FaultSite site) { m_injected_fault = site; }
    int faults() const { return m_faults; }  // faults caught and recovered from since start
    const Config& config() const { return m_config; }
    // Finish screen, QR and printing: how the receipt printer is doing (staff mode),
    // and whether a slip is still on its way (the headless driver lets it finish in `wait`).
    const PrinterStatus& printer_status() const { return m_runtime->printer_status(); }
    bool printing() const { return m_runtime->printing(); }
    // Adapters are still at work on something the screen waits for (a store answer, a slip):
    // the headless driver lets it finish, in real time, before it looks at the screen.
    bool working() const { return m_runtime->busy(); }
    float width() const { return m_width; }
    float height() const { return m_height; }
    const Theme& theme() const { return m_theme; }
    // Narration: whether the kiosk reads aloud and, if not, why (staff dashboard).
    const voice::NarrationStatus& voice_status() const;
    bool speaking() const;
    // Hands finished speech to the speaker and notices its end; the loop calls it every turn.
    void poll_narration();
    // Each cache's size now (the soak's day lines).
    MemoryFigures memory_figures() const;

private:
    KioskApp(const Config& config, const AppOptions& options, Clock& clock);
    Status init();
    Status rebuild_fonts();
    Status create_font_texture();
    void handle_sdl_events(bool& quit);
    void handle_sdl_event(const SDL_Event& e, bool& quit);
    void warn(const std::string& message);
    void info(const std::string& message);
    // After a stop signal: ends the open visit through the flow, waits for the store.
    void stop_on_signal(int sig);
    // Hands the queued events to the flow (inside the fault net); true if any were handled.
    bool pump();
    // Idle warning and attract: the fault net (kiosk_app_faults.cpp).
    template <class F>
    bool guarded(const char* where, bool mid_frame, F&& body);
    void recover_from_fault(const char* where, const std::string& what, bool mid_frame);
    void throw_if_injected(FaultSite site);
    Millis attract_next_change_ms() const;

    Config m_config;
    AppOptions m_options;
    Clock& m_clock;
    StringTable m_strings;
    Theme m_theme;
    Fonts m_fonts;
    TouchInput m_input;
    WidgetRegistry m_registry;

    std::unique_ptr<store::Store> m_store;
    app::Screen m_last_screen = app::Screen::Attract;  // as the last frame ended
    platform::Logger* m_log = nullptr;
    platform::ServiceNotifier* m_notifier = nullptr;
    platform::StopSignals* m_stop_signals = nullptr;
    SDL_Window* m_window = nullptr;
    SDL_Renderer* m_renderer = nullptr;
    ImGuiContext* m_imgui = nullptr;
    SDL_Texture* m_font_texture = nullptr;
    std::size_t m_font_atlas_bytes = 0;
    std::unique_ptr<ImageCache> m_images;
    bool m_imgui_renderer_ready = false;
    float m_width = 0, m_height = 0;
    int m_frames_pending = 2;
    Millis m_last_frame_ms = 0;
    Millis m_last_attract_frame_ms = 0;
    Millis m_animate_until_ms = 0;       // a screen asked for its next animation frame at this time
    std::vector<double> m_frame_cpu_ms;  // only with options.frame_stats
    // Idle warning and attract:
    FaultSite m_injected_fault = FaultSite::none;
    int m_faults = 0;
    // Narration:
    std::unique_ptr<Narrator> m_narrator;
    // Last: its workers post to the queue until it is gone, and it speaks through m_narrator.
    std::unique_ptr<app::Runtime> m_runtime;
    std::uint32_t m_wake_event = 0;  // SDL event type an adapter thread pushes to wake the loop
};

}  // namespace tramso::ui
