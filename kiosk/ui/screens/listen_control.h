// The Listen button every learner screen carries (issue 9). Screens call it with the text a
// learner would hear; it turns the tap into ev::Listen or, while speaking, ev::StopListening.
// When narration cannot work on this kiosk it draws nothing and takes no space.
#pragma once

#include <string>

#include "ui/screens/screens.h"

namespace tramso::ui {

// Returns false (and draws nothing) when narration is unavailable.
bool listen_control(const UiContext& ui, Rect r, const std::string& speech_text, Events& out,
                    const std::string& audio_file = {});

}  // namespace tramso::ui
