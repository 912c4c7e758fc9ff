#include "ui/screens/screens.h"

namespace tramso::ui {

Events draw_screen(const UiContext& ui, const app::State& s) {
    Events out;
    switch (s.screen) {
        case app::Screen::Attract: draw_attract(ui, s, out); break;
        case app::Screen::Home: draw_home(ui, s, out); break;
        case app::Screen::Lesson: draw_lesson(ui, s, out); break;
        // Finish screen, QR and printing (issue 6):
        case app::Screen::Finish: draw_finish(ui, s, out); break;
    }
    return out;
}

}  // namespace tramso::ui
