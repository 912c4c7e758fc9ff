// Pieces the registration and returning-learner screens share: the message texts,
// what Listen reads, how a phone number and a resume code are shown, and the two entry
// layouts (name on the keyboard; digits on the number pad).
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "app/registration.h"
#include "ui/screens/screens.h"

namespace tramso::ui {

// Non-empty parts joined into one text for the Listen button.
std::string join_speech(const std::vector<std::string>& parts);

// The message for a problem key, with its numbers filled in ("Chị mới nhập 9 số").
std::string problem_text(const UiContext& ui, const std::string& key, std::size_t name_length,
                         std::size_t phone_digits);

// "0912345678" → "0912 345 678": read in the groups people say aloud.
std::string format_phone(const std::string& digits);
// "K7MQ2P" → "K 7 M Q 2 P": the speech engine reads each character.
std::string spell_code(const std::string& code);
// The name as it will be saved (capitals, spaces tidied).
std::string text_title_case(const std::string& name);

// Her resume code, huge and spaced, in a box centred on centre_x. Returns the height used.
float code_box(const UiContext& ui, const std::string& code, float centre_x, float y);

// Field + message + keyboard filling `body`.
void name_entry(const UiContext& ui, Rect body, const app::TypedField& field, const std::string& problem, Events& out);
// Field + message + number pad (or the code pad) filling `body`.
void digits_entry(const UiContext& ui, Rect body, const std::string& shown, const std::string& placeholder,
                  const std::string& problem, Events& out, bool code_pad = false);

}  // namespace tramso::ui
