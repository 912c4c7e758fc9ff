// The kiosk's flow: a pure state machine. The UI turns touches into Events; handle() returns
// the new State (read through state()) and Effects for adapters to carry out (record, speak,
// print). Nothing here knows SDL or ImGui, so doctest drives every journey and every timeout.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/clock.h"
#include "core/config.h"
#include "core/lang.h"
#include "app/lesson_run.h"
#include "app/staff_state.h"
#include "lessons/lesson.h"

namespace tramso::app {

// One line per screen; each feature keeps its screens under its own heading so that work on
// different features never edits the same lines.
enum class Screen {
    Attract,
    Home,
    Lesson,
    // Finish screen, QR and printing (issue 6):
    // Registration and returning learners (issue 5):
    // Staff mode (issue 7):
    Staff,
};

// What the home screen offers; later features add entries as data, not new screen code.
struct HomeEntry {
    std::string id;          // what OpenEntry carries back: "lesson:<id>", "register", …
    LocalText title;
    LocalText subtitle;      // e.g. "10 phút"
    std::string pictogram;
    std::string group_key;   // string-table key of the heading it is listed under
};

// The registered learner a session belongs to, once she registered or came back. Personal
// details: cleared with everything else when the session ends (reset_to_attract).
struct LearnerInfo {
    std::int64_t id = 0;
    std::string name;         // as she typed it (NFC), shown only on her own screens
    std::string resume_code;  // six characters, printed on her slip
};

struct State {
    Screen screen = Screen::Attract;
    Lang lang = Lang::vi;
    Millis last_touch_ms = 0;      // monotonic time of the last touch
    Millis screen_since_ms = 0;    // when the current screen appeared
    std::vector<HomeEntry> home_entries;
    std::optional<LessonRun> lesson;   // set while a lesson is open
    // Finish screen, QR and printing (issue 6):
    // Idle warning and attract (issue 8):
    // Registration and returning learners (issue 5):
    std::optional<LearnerInfo> learner;
    // Staff mode (issue 7):
    StaffState staff;
};

namespace ev {
struct Wake {};            // first touch on the attract screen: wakes only, presses nothing
struct Touch {};           // any touch anywhere: keeps the session alive
struct ToggleLanguage {};
struct Goodbye {};         // learner says she is done → attract
struct OpenEntry { std::string id; };
// Narration: read `text` aloud (or play `audio_file`, a recorded voice, when given).
struct Listen { std::string text; std::string audio_file = {}; };
struct StopListening {};
// Lesson player.
struct Next {};
struct Back {};
struct PhoneTap { std::string target; };   // element id / "id.part"; empty: the screen, no element
struct QuizAnswer { int index; };
struct AskLeaveLesson {};                  // the Home button inside a lesson
struct AnswerLeaveLesson { bool leave; };
}  // namespace ev
using Event = std::variant<
    // Session
    ev::Wake, ev::Touch, ev::ToggleLanguage, ev::Goodbye, ev::OpenEntry,
    // Finish screen, QR and printing (issue 6):
    // Idle warning and attract (issue 8):
    // Registration and returning learners (issue 5):
    // Staff mode (issue 7):
    ev::StaffHold, ev::StaffPinKnown, ev::StaffPinKey, ev::StaffPinSubmit, ev::StaffPinChecked, ev::StaffGo,
    ev::StaffLogout, ev::StaffLoaded, ev::StaffFilterDay, ev::StaffFilterLesson, ev::StaffFilterReason,
    ev::StaffFilterLearner, ev::StaffSessionsPage, ev::StaffOpenSession, ev::StaffKey, ev::StaffOpenLearner,
    ev::StaffEditLearner, ev::StaffEditField, ev::StaffToggleMember, ev::StaffSaveLearner, ev::StaffEraseLearner,
    ev::StaffCancel, ev::StaffExportMonth, ev::StaffExport, ev::StaffReloadLessons, ev::StaffSetLanguage,
    ev::StaffEndSession, ev::StaffExitKiosk, ev::StaffPrintTest, ev::StaffDone,
    // Narration (issue 9):
    ev::Listen, ev::StopListening,
    // Lesson player
    ev::Next, ev::Back, ev::PhoneTap, ev::QuizAnswer, ev::AskLeaveLesson, ev::AnswerLeaveLesson>;

namespace fx {
// An entry for the session log (the store records it when one is attached).
// `kind` names what happened; lesson and step say where; detail is a small JSON object.
struct Record {
    std::string kind;
    std::string detail;
    std::string lesson_id = {};
    int lesson_version = 0;
    int step = -1;
    // The same facts, typed, for the session store.
    std::string target = {};       // practice tap: element; session_end / lesson_left: reason
    std::optional<bool> ok = {};   // practice tap / quiz answer: right or wrong
    long long value = 0;           // quiz answer index; step_left: milliseconds
};
// Narration: the audio adapter speaks (stopping whatever spoke before); lang is the screen's.
struct Speak {
    std::string text;
    std::string audio_file;
    Lang lang;
};
struct StopSpeech {};
}  // namespace fx
using Effect = std::variant<
    // Finish screen, QR and printing (issue 6):
    // Registration and returning learners (issue 5):
    // Staff mode (issue 7):
    fx::StaffAudit, fx::StaffCheckPinSet, fx::StaffVerifyPin, fx::StaffLoad, fx::StaffCommand,
    // Narration (issue 9):
    fx::Speak, fx::StopSpeech,
    fx::Record>;

class Flow {
public:
    // `lessons` must outlive the flow; home lists them in order.
    Flow(const Config& config, const Clock& clock, const std::vector<Lesson>* lessons = nullptr);

    const State& state() const { return m_state; }
    std::vector<Effect> handle(const Event& event);
    // Runs the timers (idle reset); call every frame or when next_deadline_ms() passes.
    std::vector<Effect> tick();
    // Monotonic time at which tick() has something to do, if any: lets the frame loop sleep.
    std::optional<Millis> next_deadline_ms() const;

    void set_home_entries(std::vector<HomeEntry> entries) { m_state.home_entries = std::move(entries); }
    // Staff mode (issue 7): the lessons were reloaded (home lists them again); the language
    // each new visitor starts in, as staff last set it.
    void lessons_reloaded();
    void set_default_language(Lang lang);

private:
    void go(Screen s);
    void reset_to_attract(std::vector<Effect>& effects, const char* reason);
    void open_lesson(const Lesson& lesson, std::vector<Effect>& effects);
    void show_step(std::vector<Effect>& effects);
    void leave_step(std::vector<Effect>& effects);
    void lesson_event(const Event& event, std::vector<Effect>& effects);
    fx::Record lesson_record(std::string kind, std::string detail) const;
    fx::Record left_record(const char* reason) const;
    void build_home_entries();
    // Finish screen, QR and printing (issue 6):
    // Idle warning and attract (issue 8):
    // Registration and returning learners (issue 5):
    // Staff mode (issue 7):
    void staff_event(const Event& event, std::vector<Effect>& effects);
    void staff_enter(std::vector<Effect>& effects);
    void staff_leave(std::vector<Effect>& effects, const char* why);
    void staff_show(StaffPage page, std::vector<Effect>& effects);
    void staff_pin_event(const Event& event, std::vector<Effect>& effects);
    void staff_learner_event(const Event& event, std::vector<Effect>& effects);
    void staff_load(std::vector<Effect>& effects);
    Lang default_lang() const;

    const Config& m_config;
    const Clock& m_clock;
    const std::vector<Lesson>* m_lessons;
    State m_state;
    std::optional<Lang> m_default_lang;  // Staff mode (issue 7): set by staff, else the config's
};

const char* screen_name(Screen s);

}  // namespace tramso::app
