#include "ui/screens/listen_control.h"

#include <algorithm>

#include "ui/widgets.h"
#include "voice/speech_text.h"

namespace tramso::ui {

bool listen_control(const UiContext& ui, Rect r, const std::string& speech_text, Events& out,
                    const std::string& audio_file, const std::string& stop_label) {
    if (!ui.voice_available && !(ui.can_play_recordings && !audio_file.empty())) return false;
    if (ui.speaking) {
        if (big_button(ui, stop_label.empty() ? ui.t("common.stop") : stop_label, r, ButtonKind::Secondary, "stop"))
            out.push_back(app::ev::StopListening{});
    } else if (big_button(ui, ui.t("common.listen"), r, ButtonKind::Secondary, "speaker")) {
        out.push_back(app::ev::Listen{speech_text, audio_file});
    }
    return true;
}

Rect listen_button_rect(const UiContext& ui) {
    const Metrics& m = ui.m();
    // Back and Next are max(min width, 22 % of the screen) wide at the two bottom corners.
    const float side_w = std::max(m.button_min_width, ui.width * 0.22f);
    const float w = std::min(side_w, ui.width - 2 * (m.margin + side_w + m.gap));
    return Rect{(ui.width - w) / 2, ui.height - m.margin - m.button_height, w, m.button_height};
}

std::string spoken_code(const UiContext& ui, std::string_view code) { return voice::spell_code(code, ui.lang); }

}  // namespace tramso::ui
