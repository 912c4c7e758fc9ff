// The Listen button every learner screen carries. Screens call it with the text a
// learner would hear; it turns the tap into ev::Listen or, while speaking, ev::StopListening.
// When narration cannot work on this kiosk it draws nothing and takes no space.
#pragma once

#include <string>
#include <string_view>

#include "ui/screens/screens.h"

namespace tramso::ui {

// Returns false (and draws nothing) when narration is unavailable. With `audio_file` (a
// recorded voice) the button also shows when only the speech engine is missing. `stop_label`
// names the button while the voice speaks where "Dừng" alone could be misread.
bool listen_control(const UiContext& ui, Rect r, const std::string& speech_text, Events& out,
                    const std::string& audio_file = {}, const std::string& stop_label = {});

// Where Listen sits on every learner screen: bottom centre, between Back and Next, the same
// size as they are (UX: "Back / Listen / Next always in the same place").
Rect listen_button_rect(const UiContext& ui);

// A code for the learner to copy (her resume code), written so it is read one character at a
// time, with a pause between: "K7Q2XM" → "K, 7, Q, 2, X, M". Put it inside the Listen text.
std::string spoken_code(const UiContext& ui, std::string_view code);

}  // namespace tramso::ui
