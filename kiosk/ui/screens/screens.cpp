#include "ui/screens/screens.h"

namespace tramso::ui {

Events draw_screen(const UiContext& ui, const app::State& s) {
    Events out;
    switch (s.screen) {
        case app::Screen::Attract: draw_attract(ui, s, out); break;
        case app::Screen::Home: draw_home(ui, s, out); break;
        case app::Screen::Lesson: draw_lesson(ui, s, out); break;
        // Staff mode (issue 7):
        case app::Screen::Staff: draw_staff(ui, s, out); break;
    }
    staff_hidden_entry(ui, s, out);  // Staff mode (issue 7): covers every screen
    return out;
}

}  // namespace tramso::ui
