#include "app/narration.h"

namespace tramso::app {
namespace {

bool ends_sentence(std::string_view s) {
    // The last character, looking through a closing quote or bracket: 'chạm nút "Gửi".'
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
    if (s.empty()) return true;
    const char c = s.back();
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',') return true;
    return s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6";  // …
}

}  // namespace

std::string join_sentences(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += ends_sentence(out) ? " " : ". ";
        out += p;
    }
    return out;
}

std::string lesson_step_speech(const LessonRun& run, Lang lang, const StringTable& strings) {
    const Step& step = run.current();
    const StepProgress& p = run.here();
    std::vector<std::string> parts;
    // A narration written only in Vietnamese must not be read on the English screen: there the
    // English text it stands in for is the better thing to hear.
    const std::string& narration = lang == Lang::vi ? step.narration.vi : step.narration.en;
    auto main_text = [&](const LocalText& shown) { parts.push_back(narration.empty() ? shown.get(lang) : narration); };
    switch (step.kind) {
        case StepKind::explain:
            main_text(step.text);
            break;
        case StepKind::practice:
            main_text(step.text);
            if (p.done) {
                parts.push_back(step.success.empty() ? strings.get(lang, "lesson.practice_right")
                                                     : step.success.get(lang));
                parts.push_back(strings.get(lang, "lesson.press_next"));
            } else if (p.wrong_taps > 0) {
                parts.push_back(strings.get(lang, p.wrong_taps >= kWrongTapsBeforeHighlight
                                                      ? "lesson.practice_look"
                                                      : "lesson.practice_try_again"));
                parts.push_back(step.hint.get(lang));
            }
            break;
        case StepKind::quiz:
            main_text(step.question);
            for (size_t i = 0; i < step.answers.size(); ++i) {
                parts.push_back(step.answers[i].text.get(lang));
                if (p.chosen == int(i)) {
                    parts.push_back(step.answers[i].feedback.get(lang));
                    if (!step.answers[i].correct) parts.push_back(strings.get(lang, "lesson.quiz_try_again"));
                }
            }
            break;
        case StepKind::finish:
            parts.push_back(strings.get(lang, "lesson.finished_title"));
            main_text(step.text);
            parts.push_back(strings.get(lang, "lesson.you_learned"));
            for (const LocalText& line : step.learned) parts.push_back(line.get(lang));
            break;
    }
    return join_sentences(parts);
}

std::string step_recording(const Step& step, Lang lang) {
    return lang == Lang::vi && !step.audio.empty() ? step.audio.string() : std::string();
}

NarrationPlace narration_place(const State& s) {
    NarrationPlace place{s.screen, s.lang, {}, -1, false};
    if (s.lesson && s.screen == Screen::Lesson) {
        place.lesson_id = s.lesson->lesson->id;
        place.step = int(s.lesson->step);
        place.asking_to_leave = s.lesson->confirm_leave;
    }
    return place;
}

}  // namespace tramso::app
