// Registration and returning learners: what the flow keeps while a woman registers
// or comes back, the checks on her answers, and the store requests the flow asks for.
//
// The flow never touches the store. It emits fx::LearnerQuery with a ticket; the adapter
// (app/learner_queries.h) runs it through Store::query and feeds ev::LearnerReply back. A
// reply whose ticket is not the one awaited (she pressed Back, the session ended) is ignored,
// so the same design works whether the adapter answers at once or from another thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "input/keyboard.h"
#include "input/telex_editor.h"
#include "lessons/local_text.h"

namespace tramso::app {

// The answers, one screen each, in this order; Consent comes first and Saved last.
enum class RegStep { Consent, Name, BirthYear, Phone, Ward, Member, Review, Saved };
inline constexpr int kRegQuestions = 5;  // Name … Member

// "Other" in the ward list: she lives outside the wards this center lists.
inline constexpr int kOtherWard = -1;
inline constexpr const char* kOtherWardStored = "Khác";

inline constexpr std::size_t kNameMaxLength = 60;
inline constexpr std::size_t kYearDigits = 4;
inline constexpr std::size_t kPhoneDigits = 10;

// A text field typed on the on-screen keyboard: the Telex engine and the keyboard's own state
// (shift, page) live together so going Back and forth never loses a letter.
struct TypedField {
    input::TelexEditor editor;
    input::Keyboard keyboard;
    TypedField(input::EditorOptions e, input::KeyboardOptions k) : editor(e), keyboard(k) {
        keyboard.sync_with(editor);
    }
};

struct Registration {
    RegStep step = RegStep::Consent;
    TypedField name;
    std::string birth_year;      // digits from the number pad
    std::string phone;           // digits; empty: she gave none (optional)
    std::optional<int> ward;     // index into config.registration.wards, or kOtherWard
    std::optional<bool> member;  // Women's Union member
    Millis consent_ms = 0;       // wall time she agreed
    bool from_review = false;    // "Sửa" from the review: Next goes back there
    std::string problem;         // string key of the message shown beside the field
    std::uint64_t awaiting = 0;  // ticket of the save in flight; 0: none
    std::string saved_code;      // after saving: her resume code

    explicit Registration(const TypedField& blank_name) : name(blank_name) {}
};

enum class ReturnStep { Choose, Code, Phone, PhoneYear, Name, NameYear, Results, Welcome };

struct FoundLearner {
    std::int64_t id = 0;
    std::string name;
    std::string code;
    std::optional<int> birth_year;
    std::string ward;
};

struct LessonProgressRow {
    std::string lesson_id;
    bool completed = false;
    int furthest_step = 0;  // 0-based
    // Filled by the flow from the loaded lessons (rows for lessons no longer here are dropped).
    LocalText title;
    int total_steps = 0;
};

struct ResumeAt {
    std::string lesson_id;
    int lesson_version = 0;
    int step = 0;
    LocalText title;  // filled by the flow; no resume if the lesson is gone
};

struct Returning {
    ReturnStep step = ReturnStep::Choose;
    ReturnStep method = ReturnStep::Code;  // which way she chose: Code, Phone or Name
    std::string code;                      // typed on the code pad
    std::string phone;
    std::string birth_year;
    TypedField name;
    std::vector<FoundLearner> matches;  // Results: more than one (or a name search)
    std::vector<LessonProgressRow> progress;
    std::optional<ResumeAt> resume;
    std::string problem;
    std::uint64_t awaiting = 0;

    explicit Returning(const TypedField& blank_name) : name(blank_name) {}
};

// Checks on her answers. Each returns the string key of a plain-Vietnamese message, or "".
std::string check_name(const std::string& name);
std::string check_birth_year(const std::string& digits, int current_year);
std::string check_phone(const std::string& digits);  // empty is fine: the phone is optional
std::string check_resume_code(const std::string& code);
// Youngest and oldest plausible learners, from the current year.
int earliest_birth_year(int current_year);
int latest_birth_year(int current_year);

namespace fx {
// A look-up or save the store does for the flow; answered by ev::LearnerReply.
struct LearnerQuery {
    enum class Kind { Create, ByCode, ByPhone, ByName, Progress };
    Kind kind = Kind::ByCode;
    std::uint64_t ticket = 0;
    // Create: the answers, already tidied (NFC name, its search key).
    std::string name, search_key, phone, ward, code;
    std::optional<int> birth_year;
    bool union_member = false;
    Millis consent_ms = 0;
    std::int64_t learner_id = 0;  // Progress
};
}  // namespace fx

namespace ev {
struct LearnerReply {
    std::uint64_t ticket = 0;
    bool ok = true;  // false: the store failed (error says why, for the log)
    std::string error;
    std::vector<FoundLearner> learners;  // Create: the new learner; look-ups: the matches
    std::vector<LessonProgressRow> progress;
    std::optional<ResumeAt> resume;
};
// A key on the on-screen keyboard, number pad or code pad, by its label.
struct KeyTap {
    std::string label;
};
struct ConsentAnswer {
    bool agree;
};
struct PickWard {
    int index;
};  // or kOtherWard
struct PickMember {
    bool member;
};
struct EditAnswer {
    RegStep step;
};  // "Sửa" on the review
struct SaveRegistration {};
struct ChooseReturnMethod {
    ReturnStep method;
};  // Code, Phone or Name
struct PickLearner {
    std::int64_t id;
};
struct ResumeLesson {};
struct LeaveRegistration {};  // the Home button on these screens
// Text from a physical keyboard (staff helping): the same Telex engine types it into the
// field on screen; on the number and code pads each character counts as its key.
struct TypeText {
    std::string text;
};
}  // namespace ev

}  // namespace tramso::app
