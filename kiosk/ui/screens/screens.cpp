#include "ui/screens/screens.h"

#include "ui/screens/help.h"

namespace tramso::ui {

Events draw_screen(const UiContext& ui, const app::State& s) {
    Events out;
    // Idle warning and attract: the warning covers the screen she left, untouched.
    if (s.idle_warning_since_ms) {
        draw_idle_warning(ui, s, out);
        return out;
    }
    // Asking for a person: the waiting screen covers the screen she left, untouched; staff
    // reach staff mode from it as from any screen.
    if (s.help && s.screen != app::Screen::Staff) {
        draw_help_waiting(ui, s, out);
        staff_hidden_entry(ui, s, out);
        return out;
    }
    switch (s.screen) {
        case app::Screen::Attract:
            draw_attract(ui, s, out);
            break;
        case app::Screen::Home:
            draw_home(ui, s, out);
            break;
        case app::Screen::Lesson:
            draw_lesson(ui, s, out);
            break;
        // Registration and returning learners:
        case app::Screen::Register:
            draw_register(ui, s, out);
            break;
        case app::Screen::Returning:
            draw_returning(ui, s, out);
            break;
        // Finish screen, QR and printing:
        case app::Screen::Finish:
            draw_finish(ui, s, out);
            break;
        // Staff mode:
        case app::Screen::Staff:
            draw_staff(ui, s, out);
            break;
    }
    if (s.end_question) draw_end_visit_question(ui, out);
    draw_help_button(ui, s, out);    // the same place on every learner screen
    staff_hidden_entry(ui, s, out);  // Staff mode: covers every screen
    return out;
}

}  // namespace tramso::ui
