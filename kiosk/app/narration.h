// Narration: what the Listen button reads on a lesson step, and when speech must stop.
// Pure: the UI's Listen button and the automatic reading on arrival both take their text from
// here, so a learner hears the same sentence either way and doctest checks it without audio.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/flow.h"
#include "core/string_table.h"

namespace tramso::app {

// The screen text a lesson step is read as, top to bottom as the learner sees it:
// the step's `narration` if the author wrote one, else its text (quiz: the question), then what
// the screen adds around it — quiz answers and the feedback under the chosen one, a practice
// step's hint or praise once she has tapped, a finish step's title and what she learned.
// Screen text, not yet prepared for the synthesiser (voice::speech_text does that on the worker).
std::string lesson_step_speech(const LessonRun& run, Lang lang, const StringTable& strings);

// The step's recorded voice for the screen in `lang`, or "" to read the text. Recordings are
// Vietnamese (one `audio` per step): the English screen reads its English text instead.
std::string step_recording(const Step& step, Lang lang);

// Sentences joined so each ends in punctuation: the synthesiser pauses between them instead
// of running an answer into the question ("…mã OTP của chị Không ai cả").
std::string join_sentences(const std::vector<std::string>& parts);

// Where the learner is, as far as speech cares: a different place stops whatever is being read
// (she left the screen, went to the next step, switched language).
struct NarrationPlace {
    Screen screen = Screen::Attract;
    Lang lang = Lang::vi;
    std::string lesson_id;  // "" outside a lesson
    int step = -1;
    bool asking_to_leave = false;  // the "leave the lesson?" question covers the step
    bool operator==(const NarrationPlace&) const = default;
};
NarrationPlace narration_place(const State& s);

}  // namespace tramso::app
