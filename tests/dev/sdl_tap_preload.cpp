// Test tooling for tests/dev/stop_signals.sh, loaded with LD_PRELOAD into the installed tramso
// and linked into nothing. The real kiosk has no way in for a test, and the offscreen video
// driver has no input, so this stands in for the hand and the window manager at the one place
// they meet the kiosk, the SDL events it asks for:
//   TAP_AT_MS   a left-button press and release mid-window, as a learner's tap (opens a visit)
//   QUIT_AT_MS  an SDL_QUIT, as a window manager sends for Alt+F4 or the close button
// each that many milliseconds after the kiosk first asks for events (unset: never).
#include <SDL.h>
#include <dlfcn.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>

namespace {

using Steady = std::chrono::steady_clock;

struct Planned {
    long at_ms;
    Uint32 type;
    bool sent;
};

Planned g_plan[] = {{-1, SDL_MOUSEBUTTONDOWN, false}, {-1, SDL_MOUSEBUTTONUP, false}, {-1, SDL_QUIT, false}};
Steady::time_point g_start;
bool g_started = false;

long env_ms(const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? std::atol(v) : -1;
}

long elapsed_ms() {
    if (!g_started) {
        g_started = true;
        g_start = Steady::now();
        const long tap = env_ms("TAP_AT_MS");
        g_plan[0].at_ms = tap;
        g_plan[1].at_ms = tap < 0 ? -1 : tap + 150;
        g_plan[2].at_ms = env_ms("QUIT_AT_MS");
    }
    return long(std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - g_start).count());
}

// Milliseconds until the next planned event, or -1 if none is left.
long next_due_in_ms() {
    const long now = elapsed_ms();
    long next = -1;
    for (const Planned& p : g_plan)
        if (p.at_ms >= 0 && !p.sent)
            next = next < 0 ? std::max(0L, p.at_ms - now) : std::min(next, std::max(0L, p.at_ms - now));
    return next;
}

bool take_due(SDL_Event* e) {
    const long now = elapsed_ms();
    for (Planned& p : g_plan) {
        if (p.at_ms < 0 || p.sent || now < p.at_ms) continue;
        p.sent = true;
        *e = SDL_Event{};
        e->type = p.type;
        if (p.type == SDL_MOUSEBUTTONDOWN || p.type == SDL_MOUSEBUTTONUP) {
            int w = 0, h = 0;
            for (Uint32 id = 1; id < 16 && w == 0; ++id)  // the kiosk's one window
                if (SDL_Window* win = SDL_GetWindowFromID(id)) SDL_GetWindowSize(win, &w, &h);
            e->button.button = SDL_BUTTON_LEFT;
            e->button.state = p.type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
            e->button.clicks = 1;
            e->button.x = w / 2;
            e->button.y = h / 2;
        }
        return true;
    }
    return false;
}

template <class F>
F real(const char* name) {
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

}  // namespace

extern "C" int SDL_PollEvent(SDL_Event* e) {
    static auto poll = real<int (*)(SDL_Event*)>("SDL_PollEvent");
    if (e && take_due(e)) return 1;
    return poll(e);
}

extern "C" int SDL_WaitEventTimeout(SDL_Event* e, int timeout) {
    static auto wait = real<int (*)(SDL_Event*, int)>("SDL_WaitEventTimeout");
    if (e && take_due(e)) return 1;
    // Wake in time for the next planned event, as a real one would wake the kiosk.
    if (const long due = next_due_in_ms(); due >= 0) timeout = int(std::min<long>(timeout, due + 1));
    const int got = wait(e, timeout);
    if (!got && e && take_due(e)) return 1;
    return got;
}
