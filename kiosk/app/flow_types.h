// The flow's vocabulary: the screens, the State they draw, the Events that come in and the
// Effects that go out (app/flow.h is the state machine that uses them).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "app/finish.h"
#include "app/help.h"
#include "app/lesson_run.h"
#include "app/records.h"
#include "app/registration.h"
#include "app/staff_state.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/lang.h"
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
    Register,   // consent, one question a screen, review, her resume code
    Returning,  // find her again, then "Chào chị …" and her progress
    // Staff mode:
    Staff,
};

// What the home screen offers; later features add entries as data, not new screen code.
struct HomeEntry {
    std::string id;  // what OpenEntry carries back: "lesson:<id>", "register", …
    LocalText title;
    LocalText subtitle;  // e.g. "10 phút"
    std::string pictogram;
    std::string group_key;  // string-table key of the heading it is listed under
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
    Millis last_touch_ms = 0;    // monotonic time of the last touch
    Millis screen_since_ms = 0;  // when the current screen appeared
    std::vector<HomeEntry> home_entries;
    // Which page of lessons home shows, when they do not all fit on one (the screen clamps it).
    int home_page = 0;
    // Lessons she finished: in this visit, and for a registered learner also before. Home
    // ticks them; "Học ngay" skips them.
    std::set<std::string> lessons_finished;
    // Ending a visit that has progress, before she registered: "Chị muốn lưu bài đã học
    // không?" covers the screen until she answers. Asked once a visit.
    bool made_progress = false;  // a step passed or a lesson finished in this visit
    bool end_question = false;
    bool end_question_asked = false;
    std::optional<LessonRun> lesson;  // set while a lesson is open
    // Finish screen, QR and printing:
    std::optional<FinishInfo> finish;  // set while the finish screen shows
    // Idle warning and attract:
    // Set while "Chị vẫn đang học chứ?" covers the screen (monotonic time it appeared, or the
    // countdown restarted); the screen underneath and its lesson stay exactly as they were.
    std::optional<Millis> idle_warning_since_ms;
    // Asking for a person: set while "Chị chờ một chút…" covers the screen she left, which
    // stays exactly as it was (app/help.h).
    std::optional<HelpWait> help;
    // Registration and returning learners:
    std::optional<LearnerInfo> learner;
    std::optional<Registration> registration;  // kept while the session lasts: answers survive leaving
    std::optional<Returning> returning;
    // Staff mode:
    StaffState staff;
};

namespace ev {
struct Wake {};   // first touch on the attract screen: wakes only, presses nothing
struct Touch {};  // any touch anywhere: keeps the session alive
struct ToggleLanguage {};
struct Goodbye {};   // learner says she is done → attract
struct Shutdown {};  // the kiosk is being stopped (a stop signal): the open visit ends
struct OpenEntry {
    std::string id;
};
// The answer to "Chị muốn lưu bài đã học không?": register to keep it, or end the visit.
struct AnswerEndVisit {
    bool save;
};
struct HomePage {
    int page;  // 0-based
};
// Narration: read `text` aloud (or play `audio_file`, a recorded voice, when given).
struct Listen {
    std::string text;
    std::string audio_file = {};
};
struct StopListening {};
// Lesson player.
struct Next {};
struct Back {};
struct PhoneTap {
    std::string target;
};  // element id / "id.part"; empty: the screen, no element
struct QuizAnswer {
    int index;
};
struct AskLeaveLesson {};  // the Home button inside a lesson
struct AnswerLeaveLesson {
    bool leave;
};
// Idle warning and attract:
struct StillHere {};  // any touch on the idle warning: continue where she was
// Asking for a person:
struct AskHelp {};   // "Nhờ cán bộ giúp", on every learner screen
struct HelpBack {};  // the waiting screen's one way back to where she was
}  // namespace ev
using Event = std::variant<
    // Session
    ev::Wake, ev::Touch, ev::ToggleLanguage, ev::Goodbye, ev::Shutdown, ev::OpenEntry, ev::HomePage, ev::AnswerEndVisit,
    // Finish screen, QR and printing:
    ev::FinishHome, ev::FinishNextLesson, ev::PrintSlip, ev::PrintFinished,
    // Idle warning and attract:
    ev::StillHere,
    // Asking for a person:
    ev::AskHelp, ev::HelpBack,
    // Registration and returning learners:
    ev::LearnerReply, ev::KeyTap, ev::ConsentAnswer, ev::PickWard, ev::PickMember, ev::EditAnswer, ev::SaveRegistration,
    ev::ChooseReturnMethod, ev::PickLearner, ev::ResumeLesson, ev::LeaveRegistration, ev::TypeText,
    // Staff mode:
    ev::StaffHold, ev::StaffPinKnown, ev::StaffPinKey, ev::StaffPinSubmit, ev::StaffPinChecked, ev::StaffGo,
    ev::StaffLogout, ev::StaffLoaded, ev::StaffContentReloaded, ev::StaffFilterDay, ev::StaffFilterLesson,
    ev::StaffFilterReason, ev::StaffFilterLearner, ev::StaffSessionsPage, ev::StaffOpenSession, ev::StaffOpenLearner,
    ev::StaffEditLearner, ev::StaffEditField, ev::StaffToggleMember, ev::StaffSaveLearner, ev::StaffEraseLearner,
    ev::StaffCancel, ev::StaffExportMonth, ev::StaffExport, ev::StaffReloadLessons, ev::StaffSetLanguage,
    ev::StaffEndSession, ev::StaffExitKiosk, ev::StaffPrintTest, ev::StaffDone,
    // Narration:
    ev::Listen, ev::StopListening,
    // Lesson player
    ev::Next, ev::Back, ev::PhoneTap, ev::QuizAnswer, ev::AskLeaveLesson, ev::AnswerLeaveLesson>;

namespace fx {
// Narration: the audio adapter speaks (stopping whatever spoke before); lang is the screen's.
struct Speak {
    std::string text;
    std::string audio_file;
    Lang lang;
};
struct StopSpeech {};
// Asking for a person: a short soft sound for the room ([help] chime), if a speaker is there.
struct Chime {};
}  // namespace fx
using Effect = std::variant<
    // Finish screen, QR and printing:
    fx::PrintSlip,
    // Registration and returning learners:
    fx::LearnerQuery,
    // Staff mode:
    fx::StaffAudit, fx::StaffCheckPinSet, fx::StaffVerifyPin, fx::StaffSavePinAttempts, fx::StaffPrintTestSlip,
    fx::StaffLoad, fx::StaffCommand,
    // Narration:
    fx::Speak, fx::StopSpeech, fx::Record,
    // Asking for a person:
    fx::Chime>;

// What the flow is given rather than making itself, so that it stays a pure function of its
// events: the finish screen's random reference and QR code (app/finish_codes.h on the kiosk).
struct FlowInputs {
    FinishCodeMaker finish_code;  // empty: finished lessons show no QR code
};

const char* screen_name(Screen s);

}  // namespace tramso::app
