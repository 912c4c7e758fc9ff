// Registration screens drawn headless at the two sizes the kiosk meets: on every
// screen (every keyboard page and layout, both pads) each tappable thing must be at least
// 16 mm each way, 4 mm clear of its neighbours, and wholly on screen.
#include <doctest/doctest.h>

#include <string>

#include "app/flow.h"
#include "screen_stage.h"

using namespace tramso;
using namespace tramso::ui;
using tramso::ui::test::Stage;

namespace {

app::TypedField name_field(input::KeyboardLayout layout) {
    input::KeyboardOptions k;
    k.layout = layout;
    k.capitalise_words = true;
    return app::TypedField(input::EditorOptions{}, k);
}

}  // namespace

TEST_CASE("every registration and returning screen has finger-sized targets 4 mm apart") {
    for (auto [width, height] : {std::pair{1920, 1080}, std::pair{1280, 800}}) {
        Stage stage(width, height);
        app::State s;
        s.screen = app::Screen::Register;
        for (auto layout : {input::KeyboardLayout::Qwerty, input::KeyboardLayout::Abc}) {
            s.registration.emplace(name_field(layout));
            app::Registration& reg = *s.registration;
            reg.name.editor.type_key("Nguyeenx Thij Hoaf");
            reg.problem = "register.problem.name_short";  // the message line is drawn too
            for (int step = int(app::RegStep::Consent); step <= int(app::RegStep::Saved); ++step) {
                reg.step = app::RegStep(step);
                reg.saved_code = "XTXNKR";
                reg.birth_year = "1958";
                for (auto page : {input::KeyboardPage::Letters, input::KeyboardPage::Symbols}) {
                    reg.name.keyboard.set_page(page);
                    stage.draw(s);
                    stage.check_targets("register step " + std::to_string(step));
                }
            }
        }
        s.screen = app::Screen::Returning;
        s.returning.emplace(name_field(input::KeyboardLayout::Qwerty));
        for (auto step : {app::ReturnStep::Choose, app::ReturnStep::Code, app::ReturnStep::Phone,
                          app::ReturnStep::PhoneYear, app::ReturnStep::Name}) {
            s.returning->step = step;
            stage.draw(s);
            stage.check_targets("returning step " + std::to_string(int(step)));
        }
    }
}
