// The kiosk's flow: a pure state machine. The UI turns touches into Events; handle() returns
// the new State (read through state()) and Effects for adapters to carry out (record, speak,
// print). Nothing here knows SDL or ImGui, so doctest drives every journey and every timeout.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/clock.h"
#include "core/config.h"
#include "core/lang.h"
#include "app/finish.h"
#include "app/lesson_run.h"
#include "app/registration.h"
#include "app/staff_state.h"
#include "lessons/content.h"
#include "lessons/lesson.h"

namespace tramso::app {

// One line per screen; each feature keeps its screens under its own heading so that work on
// different features never edits the same lines.
enum class Screen {
    Attract,
    Home,
    Lesson,
    // Finish screen, QR and printing:
    Finish,
    // Registration and returning learners:
    Register,    // consent, one question a screen, review, her resume code
    Returning,   // find her again, then "Chào chị …" and her progress
    // Staff mode:
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
    // Finish screen, QR and printing:
    std::optional<FinishInfo> finish;  // set while the finish screen shows
    // Idle warning and attract:
    // Set while "Chị vẫn đang học chứ?" covers the screen (monotonic time it appeared, or the
    // countdown restarted); the screen underneath and its lesson stay exactly as they were.
    std::optional<Millis> idle_warning_since_ms;
    // Registration and returning learners:
    std::optional<LearnerInfo> learner;
    std::optional<Registration> registration;  // kept while the session lasts: answers survive leaving
    std::optional<Returning> returning;
    // Staff mode:
    StaffState staff;
};

namespace ev {
struct Wake {};            // first touch on the attract screen: wakes only, presses nothing
struct Touch {};           // any touch anywhere: keeps the session alive
struct ToggleLanguage {};
struct Goodbye {};         // learner says she is done → attract
struct Shutdown {};        // the kiosk is being stopped (a stop signal): the open visit ends
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
// Idle warning and attract:
struct StillHere {};                       // any touch on the idle warning: continue where she was
}  // namespace ev
using Event = std::variant<
    // Session
    ev::Wake, ev::Touch, ev::ToggleLanguage, ev::Goodbye, ev::Shutdown, ev::OpenEntry,
    // Finish screen, QR and printing:
    ev::FinishHome, ev::FinishNextLesson, ev::PrintSlip, ev::PrintFinished,
    // Idle warning and attract:
    ev::StillHere,
    // Registration and returning learners:
    ev::LearnerReply, ev::KeyTap, ev::ConsentAnswer, ev::PickWard, ev::PickMember, ev::EditAnswer,
    ev::SaveRegistration, ev::ChooseReturnMethod, ev::PickLearner, ev::ResumeLesson, ev::LeaveRegistration, ev::TypeText,
    // Staff mode:
    ev::StaffHold, ev::StaffPinKnown, ev::StaffPinKey, ev::StaffPinSubmit, ev::StaffPinChecked, ev::StaffGo,
    ev::StaffLogout, ev::StaffLoaded, ev::StaffContentReloaded, ev::StaffFilterDay, ev::StaffFilterLesson, ev::StaffFilterReason,
    ev::StaffFilterLearner, ev::StaffSessionsPage, ev::StaffOpenSession, ev::StaffOpenLearner,
    ev::StaffEditLearner, ev::StaffEditField, ev::StaffToggleMember, ev::StaffSaveLearner, ev::StaffEraseLearner,
    ev::StaffCancel, ev::StaffExportMonth, ev::StaffExport, ev::StaffReloadLessons, ev::StaffSetLanguage,
    ev::StaffEndSession, ev::StaffExitKiosk, ev::StaffPrintTest, ev::StaffDone,
    // Narration:
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
    // Finish screen, QR and printing:
    fx::PrintSlip,
    // Registration and returning learners:
    fx::LearnerQuery,
    // Staff mode:
    fx::StaffAudit, fx::StaffCheckPinSet, fx::StaffVerifyPin, fx::StaffSavePinAttempts, fx::StaffPrintTestSlip, fx::StaffLoad, fx::StaffCommand,
    // Narration:
    fx::Speak, fx::StopSpeech,
    fx::Record>;

// What the flow is given rather than making itself, so that it stays a pure function of its
// events: the finish screen's random reference and QR code (app/finish_codes.h on the kiosk).
struct FlowInputs {
    FinishCodeMaker finish_code;  // empty: finished lessons show no QR code
};

class Flow {
public:
    // Home lists the snapshot's lessons in order; a lesson or finish screen keeps its snapshot.
    Flow(const Config& config, const Clock& clock, ContentSnapshot content = nullptr, FlowInputs inputs = {});

    const State& state() const { return m_state; }
    std::vector<Effect> handle(const Event& event);
    // Runs the timers (idle reset); call every frame or when next_deadline_ms() passes.
    std::vector<Effect> tick();
    // Monotonic time at which tick() has something to do, if any: lets the frame loop sleep.
    std::optional<Millis> next_deadline_ms() const;

    void set_home_entries(std::vector<HomeEntry> entries) { m_state.home_entries = std::move(entries); }
    const ContentSnapshot& content() const { return m_content; }
    // Staff mode: the language each new visitor starts in, as staff last set it.
    void set_default_language(Lang lang);

    // Idle warning and attract:
    // What the idle warning says aloud when it appears (the flow holds no string table).
    void set_idle_question(LocalText question) { m_idle_question = std::move(question); }
    // Called by the app when an exception escaped a screen or the flow: ends the visit with
    // reason "error" (recording the step she was on), clears her details, back to attract.
    std::vector<Effect> end_after_error();

private:
    void go(Screen s);
    void reset_to_attract(std::vector<Effect>& effects, const char* reason);
    void open_lesson(LessonRef lesson, std::vector<Effect>& effects);
    LessonRef find_lesson(std::string_view id) const;
    // The lessons were read again: home lists the new ones (staff_flow.cpp).
    void content_reloaded(ContentSnapshot content);
    void show_step(std::vector<Effect>& effects);
    void leave_step(std::vector<Effect>& effects);
    void lesson_event(const Event& event, std::vector<Effect>& effects);
    fx::Record lesson_record(std::string kind, std::string detail) const;
    fx::Record left_record(const char* reason) const;
    void build_home_entries();
    // Finish screen, QR and printing:
    void open_finish(LessonRef lesson, std::vector<Effect>& effects);
    void finish_event(const Event& event, std::vector<Effect>& effects);
    void print_finished(const ev::PrintFinished& result, std::vector<Effect>& effects);
    // Idle warning and attract:
    std::optional<Millis> idle_deadline_ms() const;
    void idle_tick(std::vector<Effect>& effects);
    bool idle_warning_event(const Event& event, std::vector<Effect>& effects);
    // ev::Shutdown: ends the visit with reason "shutdown" (staff mode logs out first).
    void shut_down(std::vector<Effect>& effects);
    // Registration and returning learners:
    void open_learner_entry(const std::string& id, std::vector<Effect>& effects);
    void clear_learner();
    void registration_event(const Event& event, std::vector<Effect>& effects);
    void returning_event(const Event& event, std::vector<Effect>& effects);
    void registration_next(std::vector<Effect>& effects);
    void registration_back();
    void registration_reply(const ev::LearnerReply& reply, std::vector<Effect>& effects);
    void returning_search(std::vector<Effect>& effects);
    void returning_reply(const ev::LearnerReply& reply, std::vector<Effect>& effects);
    void identify(const FoundLearner& learner, std::vector<Effect>& effects);
    void resume_lesson(std::vector<Effect>& effects);
    TypedField blank_name_field() const;
    int current_year() const;
    std::uint64_t m_next_ticket = 0;
    // Staff mode:
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
    ContentSnapshot m_content;
    FlowInputs m_inputs;
    State m_state;
    // Idle warning and attract:
    LocalText m_idle_question;
    // Finish screen, QR and printing:
    std::uint64_t m_print_requests = 0;
    std::uint64_t m_print_requests_before_session = 0;
    std::optional<Lang> m_default_lang;  // Staff mode: set by staff, else the config's
};

const char* screen_name(Screen s);

}  // namespace tramso::app
