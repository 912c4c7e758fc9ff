// Staff mode: the rules. Entry by the hidden logo, the PIN pad
// with its growing lockout, pages and their filters, learner edits and erasure, maintenance.
// Everything that touches the store, the PIN hash or the disk is an effect; the adapter's
// answers come back as events, so doctest drives every rule with a ManualClock.
#include <algorithm>

#include "app/session_flow.h"
#include "app/staff_flow.h"
#include "text/names.h"

namespace tramso::app {

const char* staff_page_name(StaffPage page) {
    switch (page) {
        case StaffPage::Pin:
            return "pin";
        case StaffPage::Dashboard:
            return "dashboard";
        case StaffPage::Sessions:
            return "sessions";
        case StaffPage::SessionDetail:
            return "session";
        case StaffPage::Learners:
            return "learners";
        case StaffPage::LearnerDetail:
            return "learner";
        case StaffPage::LearnerEdit:
            return "learner_edit";
        case StaffPage::Exports:
            return "exports";
        case StaffPage::Maintenance:
            return "maintenance";
    }
    return "?";
}

Millis staff_lockout_ms(int failed_attempts) {
    if (failed_attempts < kStaffFreeAttempts) return 0;
    const std::size_t level =
        std::min<std::size_t>(std::size_t(failed_attempts - kStaffFreeAttempts), std::size(kStaffLockoutsMs) - 1);
    return kStaffLockoutsMs[level];
}

namespace {

template <class T>
const T* as(const Event& e) {
    return std::get_if<T>(&e);
}

}  // namespace

void StaffFlow::staff_enter(std::vector<Effect>& effects) {
    StaffState& st = m_state.staff;
    st.returns_to = int(m_state.screen);
    st.logged_in = false;
    st.pin_digits.clear();
    st.pin_set.reset();
    st.page = StaffPage::Pin;
    st.notice_key.clear();
    st.data.reset();
    st.shown_learner.reset();
    st.loading = false;
    go(Screen::Staff);
    // Staff work in Vietnamese unless they switch; the learner's choice comes back on leaving.
    effects.push_back(fx::StopSpeech{});
    effects.push_back(fx::StaffCheckPinSet{});
}

void StaffFlow::staff_leave(std::vector<Effect>& effects, const char* why) {
    StaffState& st = m_state.staff;
    if (st.logged_in) effects.push_back(fx::StaffAudit{"logout", why});
    // Someone logged in while she waited for help: she goes back to the screen she left.
    if (st.logged_in) close_help(effects, "staff");
    // The lockout and failure count outlive the visit: leaving and holding again must not reset them.
    StaffState fresh;
    fresh.failed_attempts = st.failed_attempts;
    fresh.locked_until_ms = st.locked_until_ms;
    const Screen back = Screen(st.returns_to);
    st = std::move(fresh);
    go(back);
}

void StaffFlow::staff_show(StaffPage page, std::vector<Effect>& effects) {
    StaffState& st = m_state.staff;
    st.page = page;
    st.notice_key.clear();
    st.notice_detail.clear();
    st.erase_confirmations = 0;
    // Another page: nothing of the last one shows while this one loads.
    st.data.reset();
    st.shown_learner.reset();
    if (page == StaffPage::Learners) st.editor.set_text(st.search);
    st.keyboard.sync_with(st.editor);
    staff_load(effects);
}

void StaffFlow::staff_load(std::vector<Effect>& effects) {
    StaffState& st = m_state.staff;
    st.loading = true;
    effects.push_back(fx::StaffLoad{++st.load_ticket, st.page, st.filter, st.session_id, st.learner_id, st.search});
}

void StaffFlow::staff_pin_event(const Event& event, std::vector<Effect>& effects) {
    StaffState& st = m_state.staff;
    const Millis now = m_clock.monotonic_ms();
    // While the hash is checked the pad waits: no digits, no second submit.
    const bool locked = now < st.locked_until_ms || st.checking_pin;
    if (const auto* e = as<ev::StaffPinKnown>(event)) {
        st.pin_set = e->set;
        // What the database remembers from before a restart; never more than that count's lockout
        // (a wall clock set back must not lock staff out for days).
        st.failed_attempts = std::max(st.failed_attempts, e->failed_attempts);
        const Millis remaining = std::clamp<Millis>(e->locked_for_ms, 0, staff_lockout_ms(st.failed_attempts));
        if (remaining > 0) st.locked_until_ms = std::max(st.locked_until_ms, now + remaining);
    } else if (const auto* e = as<ev::StaffPinKey>(event)) {
        if (locked || st.pin_set != true) return;
        if (e->key == '<') {
            if (!st.pin_digits.empty()) st.pin_digits.pop_back();
        } else if (e->key >= '0' && e->key <= '9' && st.pin_digits.size() < kStaffPinMaxDigits) {
            st.pin_digits += e->key;
        }
        st.notice_key.clear();
    } else if (as<ev::StaffPinSubmit>(event)) {
        if (locked || st.pin_set != true || st.pin_digits.size() < kStaffPinMinDigits) return;
        effects.push_back(fx::StaffVerifyPin{st.pin_digits});
        st.pin_digits.clear();
        st.checking_pin = true;
    } else if (const auto* e = as<ev::StaffPinChecked>(event)) {
        if (!st.checking_pin) return;  // not asked (or asked before staff mode was left)
        st.checking_pin = false;
        if (e->right) {
            effects.push_back(fx::StaffAudit{"login", "after " + std::to_string(st.failed_attempts) + " wrong PIN(s)"});
            if (st.failed_attempts > 0) effects.push_back(fx::StaffSavePinAttempts{});
            st.failed_attempts = 0;
            st.locked_until_ms = 0;
            st.logged_in = true;
            staff_show(StaffPage::Dashboard, effects);
            return;
        }
        ++st.failed_attempts;
        const Millis lock = staff_lockout_ms(st.failed_attempts);
        std::string detail = "attempt " + std::to_string(st.failed_attempts);
        if (lock > 0) {
            st.locked_until_ms = now + lock;
            detail += ", locked for " + std::to_string(lock / 1000) + " s";
        }
        effects.push_back(fx::StaffAudit{"pin_failed", detail});
        effects.push_back(fx::StaffSavePinAttempts{st.failed_attempts, lock});
        st.notice_key = lock > 0 ? "staff.pin.locked" : "staff.pin.wrong";
        st.notice_error = true;
    }
}

void StaffFlow::staff_learner_event(const Event& event, std::vector<Effect>& effects) {
    StaffState& st = m_state.staff;
    if (const auto* k = as<ev::KeyTap>(event)) {
        // The same keyboard learners type on (Telex and the diacritic keys); Xong does nothing here.
        if (st.keyboard.tap(k->label, st.editor) != input::TapResult::Typed) return;
        if (st.page == StaffPage::Learners) {
            st.search = st.editor.text();
            staff_load(effects);
        } else if (st.page == StaffPage::LearnerEdit) {
            const std::string text = st.editor.text();
            switch (st.edit_field) {
                case LearnerField::Name:
                    st.edit.full_name = text;
                    break;
                case LearnerField::BirthYear:
                    st.edit_birth_year = text;
                    break;
                case LearnerField::Phone:
                    st.edit.phone = text;
                    break;
                case LearnerField::Ward:
                    st.edit.ward = text;
                    break;
            }
        }
    } else if (const auto* e = as<ev::StaffOpenLearner>(event)) {
        st.learner_id = e->id;
        effects.push_back(fx::StaffAudit{"view_learner", "learner " + std::to_string(e->id)});
        staff_show(StaffPage::LearnerDetail, effects);
    } else if (as<ev::StaffEditLearner>(event)) {
        if (st.loading || !st.shown_learner) return;
        st.edit = *st.shown_learner;
        st.edit_birth_year = st.edit.birth_year ? std::to_string(*st.edit.birth_year) : "";
        st.edit_field = LearnerField::Name;
        st.editor.set_text(st.edit.full_name);
        st.keyboard.sync_with(st.editor);
        st.page = StaffPage::LearnerEdit;
        st.notice_key.clear();
    } else if (const auto* e = as<ev::StaffEditField>(event)) {
        st.edit_field = e->field;
        switch (e->field) {
            case LearnerField::Name:
                st.editor.set_text(st.edit.full_name);
                st.keyboard.sync_with(st.editor);
                break;
            case LearnerField::BirthYear:
                st.editor.set_text(st.edit_birth_year);
                st.keyboard.sync_with(st.editor);
                break;
            case LearnerField::Phone:
                st.editor.set_text(st.edit.phone);
                st.keyboard.sync_with(st.editor);
                break;
            case LearnerField::Ward:
                st.editor.set_text(st.edit.ward);
                st.keyboard.sync_with(st.editor);
                break;
        }
    } else if (as<ev::StaffToggleMember>(event)) {
        st.edit.union_member = !st.edit.union_member;
    } else if (as<ev::StaffSaveLearner>(event)) {
        LearnerForm d = st.edit;
        d.full_name = text::title_case_name(d.full_name);
        d.ward = text::tidy_spaces(d.ward);
        if (d.full_name.empty()) {
            st.notice_key = "staff.learner.name_required";
            st.notice_error = true;
            return;
        }
        d.search_key = text::search_key(d.full_name);
        d.birth_year.reset();
        if (!st.edit_birth_year.empty()) {
            const int year = std::atoi(st.edit_birth_year.c_str());
            if (year < 1900 || year > 2100) {
                st.notice_key = "staff.learner.bad_year";
                st.notice_error = true;
                return;
            }
            d.birth_year = year;
        }
        effects.push_back(fx::StaffCommand{fx::StaffCommand::Kind::SaveLearner, st.learner_id, d});
        effects.push_back(fx::StaffAudit{"edit_learner", "learner " + std::to_string(st.learner_id)});
        staff_show(StaffPage::LearnerDetail, effects);
    } else if (as<ev::StaffEraseLearner>(event)) {
        // Two questions, then the erasure (the store audits it in the same transaction).
        if (++st.erase_confirmations < 3) return;
        st.erase_confirmations = 0;
        effects.push_back(fx::StaffCommand{fx::StaffCommand::Kind::EraseLearner, st.learner_id});
        staff_load(effects);
    } else if (as<ev::StaffCancel>(event)) {
        st.erase_confirmations = 0;
        if (st.page == StaffPage::LearnerEdit) staff_show(StaffPage::LearnerDetail, effects);
    }
}

void StaffFlow::staff_event(const Event& event, std::vector<Effect>& effects) {
    StaffState& st = m_state.staff;
    if (as<ev::StaffLogout>(event)) return staff_leave(effects, "logout");
    if (!st.logged_in) return staff_pin_event(event, effects);

    using Kind = fx::StaffCommand::Kind;
    if (const auto* e = as<ev::StaffGo>(event)) {
        if (e->page != StaffPage::Pin) staff_show(e->page, effects);
    } else if (const auto* e = as<ev::StaffLoaded>(event)) {
        if (e->ticket != st.load_ticket) return;  // she moved on before it came
        st.data = e->data;
        st.shown_learner = e->learner;
        st.sessions_total = e->sessions_total;
        st.loading = false;

    } else if (const auto* e = as<ev::StaffDone>(event)) {
        st.notice_key = e->notice_key;
        st.notice_detail = e->detail;
        st.notice_error = e->error;
    } else if (const auto* e = as<ev::StaffFilterDay>(event)) {
        if (e->all)
            st.filter.days_ago.reset();
        else
            st.filter.days_ago = std::max(0, st.filter.days_ago.value_or(e->delta > 0 ? -1 : 1) + e->delta);
        st.filter.offset = 0;
        staff_load(effects);
    } else if (as<ev::StaffFilterLesson>(event)) {
        // Cycles through the loaded lessons, then back to "every lesson".
        std::string next;
        if (m_content && !m_content->lessons.empty()) {
            const auto& lessons = m_content->lessons;
            auto it = std::find_if(lessons.begin(), lessons.end(),
                                   [&](const Lesson& l) { return l.id == st.filter.lesson_id; });
            if (st.filter.lesson_id.empty())
                next = lessons.front().id;
            else if (it != lessons.end() && it + 1 != lessons.end())
                next = (it + 1)->id;
        }
        st.filter.lesson_id = next;
        st.filter.offset = 0;
        staff_load(effects);
    } else if (as<ev::StaffFilterReason>(event)) {
        // Every reason in turn, then back to every reason.
        const std::optional<EndReason> now = end_reason_from_string(st.filter.end_reason);
        const auto it = now ? std::find(kEndReasons.begin(), kEndReasons.end(), *now) : kEndReasons.end();
        if (st.filter.end_reason.empty())
            st.filter.end_reason = to_string(kEndReasons.front());
        else
            st.filter.end_reason = (it == kEndReasons.end() || it + 1 == kEndReasons.end()) ? "" : to_string(*(it + 1));
        st.filter.offset = 0;
        staff_load(effects);
    } else if (const auto* e = as<ev::StaffFilterLearner>(event)) {
        st.filter = StaffSessionFilter{};
        st.filter.learner_id = e->id;
        st.filter.learner_label = e->label;
        staff_show(StaffPage::Sessions, effects);
    } else if (const auto* e = as<ev::StaffSessionsPage>(event)) {
        const int total = st.sessions_total;
        const int offset = st.filter.offset + e->delta * kStaffSessionsPerPage;
        if (offset < 0 || offset >= std::max(total, 1)) return;
        st.filter.offset = offset;
        staff_load(effects);
    } else if (const auto* e = as<ev::StaffOpenSession>(event)) {
        st.session_id = e->id;
        effects.push_back(fx::StaffAudit{"view_session", "session " + std::to_string(e->id)});
        staff_show(StaffPage::SessionDetail, effects);
    } else if (const auto* e = as<ev::StaffExportMonth>(event)) {
        st.export_month_offset = std::min(0, st.export_month_offset + e->delta);
    } else if (as<ev::StaffExport>(event)) {
        effects.push_back(fx::StaffCommand{Kind::Export, 0, {}, st.export_month_offset});
    } else if (as<ev::StaffReloadLessons>(event)) {
        // A lesson in progress points into the lessons being replaced: end that visit first.
        if (Screen(st.returns_to) == Screen::Lesson) {
            reset_to_attract(effects, EndReason::staff);
            st.returns_to = int(Screen::Attract);
            go(Screen::Staff);
        }
        effects.push_back(fx::StaffCommand{Kind::ReloadLessons});
    } else if (const auto* e = as<ev::StaffSetLanguage>(event)) {
        m_visit.parts.session->set_default_language(e->lang);
        effects.push_back(fx::StaffCommand{Kind::SetLanguage, 0, {}, 0, e->lang});
        effects.push_back(fx::StaffAudit{"set_language", std::string(lang_code(e->lang))});
        st.notice_key = "staff.maintenance.language_set";
        st.notice_error = false;
    } else if (as<ev::StaffEndSession>(event)) {
        const Screen back = Screen(st.returns_to);
        if (back == Screen::Attract) {
            st.notice_key = "staff.maintenance.no_session";
            st.notice_error = false;
            return;
        }
        reset_to_attract(effects, EndReason::staff);
        st.returns_to = int(Screen::Attract);
        go(Screen::Staff);
        effects.push_back(fx::StaffAudit{"end_session", std::string("from ") + screen_name(back)});
        st.notice_key = "staff.maintenance.session_ended";
        st.notice_error = false;
    } else if (as<ev::StaffExitKiosk>(event)) {
        effects.push_back(fx::StaffAudit{"exit", "the service manager restarts the kiosk unless stopped"});
        effects.push_back(fx::StaffCommand{Kind::ExitKiosk});
    } else if (as<ev::StaffPrintTest>(event)) {
        effects.push_back(fx::StaffAudit{"print_test", ""});
        effects.push_back(fx::StaffPrintTestSlip{m_clock.wall_ms()});
        st.notice_key = "staff.maintenance.printing";
        st.notice_detail.clear();
        st.notice_error = false;
    } else {
        staff_learner_event(event, effects);
    }
}

}  // namespace tramso::app
