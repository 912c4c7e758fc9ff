// The row on the home screen for registration. Before she is known: "Học ngay" (learn
// now, nothing kept), "Đăng ký" (register), "Tôi đã đăng ký" (I registered before). Once she
// registered or came back: her name and code, and a way back to her own page.
#include <imgui.h>
#include <algorithm>
#include <string_view>

#include "app/home_entries.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace tramso::ui {

float draw_learner_bar(const UiContext& ui, const app::State& s, float y, Events& out) {
    const Metrics& m = ui.m();
    const float w = ui.width - 2 * m.margin;
    const float h = m.button_height;
    if (s.learner) {
        const float bw = std::max(m.button_min_width, ui.width * 0.25f);
        const std::string who = ui.strings.format(ui.lang, "home_learner.signed_in",
                                                  {{"name", s.learner->name}, {"code", s.learner->resume_code}});
        text_block(ui, who, ui.fonts.bold, m.margin, y + (h - ui.fonts.bold->FontSize * 1.18f) / 2, w - bw - m.gap,
                   ui.p().text);
        if (big_button(ui, ui.t("home_learner.my_progress"), Rect{ui.width - m.margin - bw, y, bw, h},
                       ButtonKind::Secondary, "user"))
            out.push_back(app::ev::OpenEntry{"progress"});
        return h;
    }
    const float bw = (w - 2 * m.gap) / 3;
    const struct {
        const char* key;
        const char* id;
        ButtonKind kind;
        const char* icon;
    } entries[] = {{"home_learner.learn_now", "learn_now", ButtonKind::Primary, "next"},
                   {"home_learner.register", "register", ButtonKind::Secondary, "user"},
                   {"home_learner.returning", "returning", ButtonKind::Secondary, "key"}};
    // "Học ngay" names the lesson it opens, so a tap on it is never a surprise.
    const app::HomeEntry* next_lesson = app::learn_now_entry(s);
    float x = m.margin;
    for (const auto& e : entries) {
        std::string label = ui.t(e.key);
        if (std::string_view(e.id) == "learn_now" && next_lesson)
            label = ui.strings.format(ui.lang, "home_learner.learn_now_lesson",
                                      {{"lesson", next_lesson->title.get(ui.lang)}});
        if (big_button(ui, label, Rect{x, y, bw, h}, e.kind, e.icon)) out.push_back(app::ev::OpenEntry{e.id});
        x += bw + m.gap;
    }
    return h;
}

}  // namespace tramso::ui
