// Returning learners: found by resume code, by phone + year of birth, or by name +
// year of birth (diacritics-insensitive); then "Chào chị …", her progress and her last
// unfinished lesson resumed at its step. Part of Flow.
#include "app/returning_flow.h"
#include "core/resume_code.h"
#include "text/names.h"

namespace tramso::app {

namespace {
bool digit_key(std::string& field, const std::string& label, std::size_t max) {
    if (label == input::key_labels::kBackspace) {
        if (field.empty()) return false;
        field.pop_back();
        return true;
    }
    if (label.size() != 1 || label[0] < '0' || label[0] > '9' || field.size() >= max) return false;
    field += label;
    return true;
}

bool code_key(std::string& code, const std::string& label) {
    if (label == input::key_labels::kBackspace) {
        if (code.empty()) return false;
        code.pop_back();
        return true;
    }
    if (label.size() != 1 || kResumeCodeAlphabet.find(label[0]) == std::string_view::npos) return false;
    if (code.size() >= kResumeCodeLength) return false;
    code += label;
    return true;
}
}  // namespace

void ReturningFlow::returning_event(const Event& event, std::vector<Effect>& effects) {
    if (!m_state.returning) return go(Screen::Home);
    Returning& r = *m_state.returning;
    if (const auto* reply = std::get_if<ev::LearnerReply>(&event)) return returning_reply(*reply, effects);
    if (r.awaiting) return;

    if (const auto* m = std::get_if<ev::ChooseReturnMethod>(&event)) {
        if (r.step != ReturnStep::Choose) return;
        if (m->method != ReturnStep::Code && m->method != ReturnStep::Phone && m->method != ReturnStep::Name) return;
        r.method = r.step = m->method;
        r.problem.clear();
        if (r.step == ReturnStep::Name) r.name.keyboard.sync_with(r.name.editor);
    } else if (const auto* typed = std::get_if<ev::TypeText>(&event)) {
        if (r.step == ReturnStep::Name) {
            if (r.name.editor.type_key(typed->text)) r.problem.clear();
            r.name.keyboard.sync_with(r.name.editor);
        } else {
            // A code typed in small letters on a physical keyboard still matches its keys.
            for (char c : typed->text)
                returning_event(ev::KeyTap{std::string(1, char(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c))}, effects);
        }
    } else if (const auto* k = std::get_if<ev::KeyTap>(&event)) {
        bool changed = false;
        switch (r.step) {
            case ReturnStep::Code:
                changed = code_key(r.code, k->label);
                break;
            case ReturnStep::Phone:
                changed = digit_key(r.phone, k->label, kPhoneDigits);
                break;
            case ReturnStep::PhoneYear:
            case ReturnStep::NameYear:
                changed = digit_key(r.birth_year, k->label, kYearDigits);
                break;
            case ReturnStep::Name: {
                const input::TapResult t = r.name.keyboard.tap(k->label, r.name.editor);
                if (t == input::TapResult::Done) return returning_event(ev::Next{}, effects);
                changed = t == input::TapResult::Typed;
                break;
            }
            default:
                break;
        }
        if (changed) r.problem.clear();
    } else if (std::holds_alternative<ev::Next>(event)) {
        std::string problem;
        switch (r.step) {
            case ReturnStep::Code:
                problem = check_resume_code(r.code);
                if (problem.empty()) return returning_search(effects);
                break;
            case ReturnStep::Phone:
                problem = r.phone.empty() ? "returning.problem.phone_empty" : check_phone(r.phone);
                if (problem.empty()) r.step = ReturnStep::PhoneYear;
                break;
            case ReturnStep::Name:
                problem = check_name(r.name.editor.text());
                if (problem.empty()) r.step = ReturnStep::NameYear;
                break;
            case ReturnStep::PhoneYear:
            case ReturnStep::NameYear:
                problem = check_birth_year(r.birth_year, current_year());
                if (problem.empty()) return returning_search(effects);
                break;
            case ReturnStep::Welcome:
                if (r.resume) return resume_lesson(effects);
                return go(Screen::Home);
            default:
                break;
        }
        r.problem = problem;
    } else if (std::holds_alternative<ev::Back>(event)) {
        r.problem.clear();
        switch (r.step) {
            case ReturnStep::Choose:
            case ReturnStep::Welcome:
                return go(Screen::Home);
            case ReturnStep::Code:
            case ReturnStep::Phone:
            case ReturnStep::Name:
                r.step = ReturnStep::Choose;
                break;
            case ReturnStep::PhoneYear:
                r.step = ReturnStep::Phone;
                break;
            case ReturnStep::NameYear:
                r.step = ReturnStep::Name;
                break;
            case ReturnStep::Results:
                r.step = r.method == ReturnStep::Phone  ? ReturnStep::PhoneYear
                         : r.method == ReturnStep::Name ? ReturnStep::NameYear
                                                        : ReturnStep::Code;
                r.matches.clear();  // other people's names leave the screen with the list
                break;
        }
    } else if (const auto* pick = std::get_if<ev::PickLearner>(&event)) {
        if (r.step != ReturnStep::Results) return;
        for (const FoundLearner& l : r.matches) {
            if (l.id != pick->id) continue;
            const FoundLearner chosen = l;
            r.matches.clear();
            identify(chosen, effects);
            return open_learner_entry("progress", effects);
        }
    } else if (std::holds_alternative<ev::ResumeLesson>(event)) {
        if (r.step == ReturnStep::Welcome && r.resume) resume_lesson(effects);
    } else if (std::holds_alternative<ev::LeaveRegistration>(event)) {
        go(Screen::Home);
    }
}

void ReturningFlow::returning_search(std::vector<Effect>& effects) {
    Returning& r = *m_state.returning;
    fx::LearnerQuery q;
    if (r.method == ReturnStep::Code) {
        q.kind = fx::LearnerQuery::Kind::ByCode;
        q.code = r.code;
    } else if (r.method == ReturnStep::Phone) {
        q.kind = fx::LearnerQuery::Kind::ByPhone;
        q.phone = r.phone;
        q.birth_year = std::stoi(r.birth_year);
    } else {
        q.kind = fx::LearnerQuery::Kind::ByName;
        q.search_key = text::search_key(r.name.editor.text());
        q.birth_year = std::stoi(r.birth_year);
    }
    r.problem.clear();
    q.ticket = r.awaiting = ++m_next_ticket;
    effects.push_back(std::move(q));
}

void ReturningFlow::returning_reply(const ev::LearnerReply& reply, std::vector<Effect>& effects) {
    Returning& r = *m_state.returning;
    if (reply.ticket == 0 || reply.ticket != r.awaiting) return;
    r.awaiting = 0;
    if (!reply.ok) {
        r.problem = "returning.problem.store";
        return;
    }
    if (r.step == ReturnStep::Welcome) {
        // Her rows, named from the lessons this kiosk has; a lesson since removed is left out.
        r.progress.clear();
        r.resume.reset();
        LessonRef resume_lesson;
        for (const LessonProgressRow& row : reply.progress)
            if (LessonRef l = find_lesson(row.lesson_id)) {
                if (row.completed) m_state.lessons_finished.insert(row.lesson_id);
                LessonProgressRow named = row;
                named.title = l->title;
                named.total_steps = int(l->steps.size());
                r.progress.push_back(std::move(named));
            }
        if (reply.resume && (resume_lesson = find_lesson(reply.resume->lesson_id))) {
            r.resume = reply.resume;
            r.resume->title = resume_lesson->title;
        }
        return;
    }
    if (reply.learners.empty()) {
        r.problem = r.method == ReturnStep::Code ? "returning.problem.code_not_found" : "returning.problem.not_found";
        return;
    }
    // A code or a phone with her year is hers alone: straight to her page. A name may be
    // shared, so she picks herself from the list (year and ward tell the namesakes apart).
    if (reply.learners.size() == 1 && r.method != ReturnStep::Name) {
        identify(reply.learners.front(), effects);
        return open_learner_entry("progress", effects);
    }
    r.matches = reply.learners;
    r.step = ReturnStep::Results;
}

void ReturningFlow::resume_lesson(std::vector<Effect>& effects) {
    const ResumeAt at = *m_state.returning->resume;
    if (LessonRef found = find_lesson(at.lesson_id)) {
        const Lesson& l = *found;
        // The lesson may have changed since: her step only means the same thing in the same version.
        const bool same = at.lesson_version == l.version && at.step >= 0 && size_t(at.step) < l.steps.size();
        m_state.lesson.emplace(std::move(found), m_clock.monotonic_ms());
        if (same) m_state.lesson->step = size_t(at.step);
        go(Screen::Lesson);
        effects.push_back(fx::Record{rec::LessonStart{l.id, l.version, int(m_state.lesson->step)}});
        show_step(effects);
        return;
    }
    go(Screen::Home);  // the lesson is gone from this kiosk: she picks another
}

}  // namespace tramso::app
