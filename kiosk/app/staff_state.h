// Staff mode: what the flow keeps while a staff member is logged in, the events her
// taps produce and the effects the adapter (staff_service.h) carries out. The flow itself stays
// pure: PIN checks, store queries and exports are effects whose answers come back as events.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/lang.h"
#include "input/keyboard.h"
#include "input/telex_editor.h"
#include "lessons/content.h"

namespace tramso::app {

enum class StaffPage {
    Pin,  // the PIN pad (or, with no PIN set, how to set one)
    Dashboard,
    Sessions,
    SessionDetail,
    Learners,
    LearnerDetail,
    LearnerEdit,
    Exports,
    Maintenance,
};
const char* staff_page_name(StaffPage page);

// Wrong PINs allowed before the first lockout, and how long each lockout lasts (the last one
// repeats): a guesser gets 5 tries, then 30 s, 1 min, 5 min, 15 min, 1 h between tries.
constexpr int kStaffFreeAttempts = 5;
constexpr Millis kStaffLockoutsMs[] = {30'000, 60'000, 300'000, 900'000, 3'600'000};
constexpr Millis kStaffHoldMs = 3'000;  // press and hold the logo this long
constexpr std::size_t kStaffPinMaxDigits = 8;
constexpr std::size_t kStaffPinMinDigits = 4;

Millis staff_lockout_ms(int failed_attempts);  // 0 while attempts remain

// What the sessions list shows. Days count back from today (0 = today, 1 = yesterday).
struct StaffSessionFilter {
    std::optional<int> days_ago;
    std::string lesson_id;   // empty: every lesson
    std::string end_reason;  // empty: every reason
    std::optional<std::int64_t> learner_id;
    std::string learner_label;  // her code, to show on the filter chip
    int offset = 0;             // first row shown (pages of kStaffSessionsPerPage)
};
constexpr int kStaffSessionsPerPage = 12;

// Fields of the learner edit form, in the order they are shown.
enum class LearnerField { Name, BirthYear, Phone, Ward };

// A learner's details as the edit form holds them (the adapter maps them to the store's row).
struct LearnerForm {
    std::string full_name;   // NFC
    std::string search_key;  // text::search_key of the name, set when saving
    std::optional<int> birth_year;
    std::string phone;
    std::string ward;
    bool union_member = false;
};

struct StaffData;  // query results, built by the adapter (staff_data.h)

struct StaffState {
    bool logged_in = false;
    std::optional<bool> pin_set;  // unknown until the adapter answers
    std::string pin_digits;       // typed so far; drawn as dots only
    bool checking_pin = false;    // submitted; the adapter's slow hash has not answered yet
    int failed_attempts = 0;      // wrong PINs since the last right one
    Millis locked_until_ms = 0;   // monotonic; 0 = not locked
    StaffPage page = StaffPage::Pin;
    int returns_to = 0;         // the Screen staff mode was entered from (an int: Screen is in flow.h)
    std::string notice_key;     // string key of a one-line result ("staff.export.done", …)
    std::string notice_detail;  // e.g. the folder written to, an error message
    bool notice_error = false;

    StaffSessionFilter filter;
    std::int64_t session_id = 0;
    std::int64_t learner_id = 0;
    std::string search;         // learner search text as typed
    input::TelexEditor editor;  // the field being typed (search or an edit field)
    input::Keyboard keyboard;   // the learners' on-screen keyboard (shift, pages), typing into editor
    LearnerField edit_field = LearnerField::Name;
    LearnerForm edit;             // the learner edit form
    std::string edit_birth_year;  // as typed
    int erase_confirmations = 0;  // 0, 1 ("are you sure?"), 2 ("really erase?")
    int export_month_offset = 0;  // 0 = this month, -1 = last month, …

    // What the current page shows, and what the flow needs of it; null while it loads.
    std::shared_ptr<const StaffData> data;
    std::optional<LearnerForm> shown_learner;  // LearnerDetail: her details, to start an edit
    int sessions_total = 0;                    // Sessions: rows matching the filter
    std::uint64_t load_ticket = 0;             // the load in flight (or last answered)
    bool loading = false;                      // a load is in flight: "Đang tải…"
};

namespace ev {
struct StaffHold {};  // the hidden logo held for kStaffHoldMs
// Adapter: whether a PIN hash is stored, and the wrong PINs on record with what is left of their
// lockout, so switching the kiosk off and on does not hand a guesser five fresh tries.
struct StaffPinKnown {
    bool set;
    int failed_attempts = 0;
    Millis locked_for_ms = 0;
};
struct StaffPinKey {
    char key;
};  // '0'–'9', '<' deletes the last digit
struct StaffPinSubmit {};
struct StaffPinChecked {
    bool right;
};  // adapter: the verification result
struct StaffGo {
    StaffPage page;
};  // tabs and Back
struct StaffLogout {};
// Adapter: what a fx::StaffLoad asked for. An answer to an earlier load (she moved on) is ignored.
struct StaffLoaded {
    std::shared_ptr<const StaffData> data;
    std::uint64_t ticket = 0;
    std::optional<LearnerForm> learner = {};
    int sessions_total = 0;
};
// Adapter: the lessons were read again; `content` replaces the flow's snapshot.
struct StaffContentReloaded {
    ContentSnapshot content;
    std::string detail;     // the counts in words, for the notice
    bool problems = false;  // some files were skipped
};
// Sessions list.
struct StaffFilterDay {
    int delta;
    bool all = false;
};                            // older (+1) / newer (-1) / every day
struct StaffFilterLesson {};  // next lesson in the list (then all)
struct StaffFilterReason {};  // next end reason (then all)
struct StaffFilterLearner {
    std::optional<std::int64_t> id;
    std::string label = {};
};
struct StaffSessionsPage {
    int delta;
};
struct StaffOpenSession {
    std::int64_t id;
};
// Learners.
struct StaffOpenLearner {
    std::int64_t id;
};
struct StaffEditLearner {};
struct StaffEditField {
    LearnerField field;
};
struct StaffToggleMember {};
struct StaffSaveLearner {};
struct StaffEraseLearner {};  // asks twice, erases on the third tap
struct StaffCancel {};
// Exports and maintenance.
struct StaffExportMonth {
    int delta;
};
struct StaffExport {};
struct StaffReloadLessons {};
struct StaffSetLanguage {
    Lang lang;
};
struct StaffEndSession {};
struct StaffExitKiosk {};
struct StaffPrintTest {};
// Adapter: a command finished.
struct StaffDone {
    std::string notice_key;
    std::string detail = {};
    bool error = false;
};
}  // namespace ev

namespace fx {
struct StaffAudit {
    std::string action;
    std::string detail;
};
struct StaffCheckPinSet {};
struct StaffVerifyPin {
    std::string pin;
};
// Keep the wrong-PIN count and the lockout in the database (they must outlive a power cut).
struct StaffSavePinAttempts {
    int failed_attempts = 0;
    Millis locked_for_ms = 0;  // from now; 0 = not locked
};
// Load what `page` shows; the adapter answers with ev::StaffLoaded.
struct StaffLoad {
    std::uint64_t ticket = 0;
    StaffPage page = StaffPage::Dashboard;
    StaffSessionFilter filter;
    std::int64_t session_id = 0;
    std::int64_t learner_id = 0;
    std::string search;
};
// The sample slip from the maintenance page, printed by the same worker as learners' slips
// (never on the frame loop); the printer adapter answers with ev::StaffDone.
struct StaffPrintTestSlip {
    Millis wall_ms = 0;  // the date printed
};
struct StaffCommand {
    enum class Kind { SaveLearner, EraseLearner, Export, ReloadLessons, SetLanguage, ExitKiosk };
    Kind kind;
    std::int64_t learner_id = 0;
    LearnerForm details = {};
    int month_offset = 0;
    Lang lang = Lang::vi;
};
}  // namespace fx

}  // namespace tramso::app
