#include "ui/screens/listen_control.h"

#include "ui/widgets.h"

namespace tramso::ui {

bool listen_control(const UiContext& ui, Rect r, const std::string& speech_text, Events& out,
                    const std::string& audio_file) {
    if (!ui.voice_available) return false;
    if (ui.speaking) {
        if (big_button(ui, ui.t("common.stop"), r, ButtonKind::Secondary, "stop")) out.push_back(app::ev::StopListening{});
    } else if (big_button(ui, ui.t("common.listen"), r, ButtonKind::Secondary, "speaker")) {
        out.push_back(app::ev::Listen{speech_text, audio_file});
    }
    return true;
}

}  // namespace tramso::ui
