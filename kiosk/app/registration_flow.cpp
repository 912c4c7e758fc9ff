// Registration: the entries on the home screen, consent, one question a screen with
// answers kept when going Back, the review with "Sửa", and the save through the store adapter.
// Part of Flow; the returning learner's rules are in returning_flow.cpp.
#include "app/registration_flow.h"

#include "app/home_entries.h"
#include "text/names.h"

namespace tramso::app {

namespace {
bool is_digit_key(const std::string& label) { return label.size() == 1 && label[0] >= '0' && label[0] <= '9'; }

// The number pad: digits up to `max`, and the delete key. True if the field changed.
bool number_pad_key(std::string& field, const std::string& label, std::size_t max) {
    if (label == input::key_labels::kBackspace) {
        if (field.empty()) return false;
        field.pop_back();
        return true;
    }
    if (!is_digit_key(label) || field.size() >= max) return false;
    field += label;
    return true;
}
}  // namespace

TypedField RegistrationFlow::blank_name_field() const {
    input::EditorOptions e;
    e.tone_style = m_config.registration.tone_style == "modern" ? input::ToneStyle::Modern : input::ToneStyle::Classic;
    e.max_length = kNameMaxLength;
    input::KeyboardOptions k;
    k.layout =
        m_config.registration.keyboard_layout == "abc" ? input::KeyboardLayout::Abc : input::KeyboardLayout::Qwerty;
    k.capitalise_words = true;  // names: each word starts with a capital, as on her ID card
    return TypedField(e, k);
}

void RegistrationFlow::clear_learner() {
    m_state.learner.reset();
    m_state.registration.reset();
    m_state.returning.reset();
}

void RegistrationFlow::identify(const FoundLearner& learner, std::vector<Effect>& effects) {
    m_state.learner = LearnerInfo{learner.id, learner.name, learner.code};
    // Only her id goes into the session log: her name stays in the learners table.
    effects.push_back(fx::Record{rec::LearnerIdentified{learner.id}});
}

void RegistrationFlow::open_learner_entry(const std::string& id, std::vector<Effect>& effects) {
    if (id == "learn_now") {
        // Straight into the first lesson she has not finished, without registering.
        if (const HomeEntry* e = learn_now_entry(m_state))
            if (LessonRef l = find_lesson(std::string_view(e->id).substr(7))) open_lesson(std::move(l), effects);
        return;
    }
    if (id == "register" && !m_state.learner) {
        if (!m_state.registration) m_state.registration.emplace(blank_name_field());
        m_state.registration->problem.clear();
        go(Screen::Register);
        return;
    }
    if (id == "returning" && !m_state.learner) {
        if (!m_state.returning || m_state.returning->step == ReturnStep::Welcome)
            m_state.returning.emplace(blank_name_field());
        m_state.returning->problem.clear();
        go(Screen::Returning);
        return;
    }
    if (id == "progress" && m_state.learner) {
        // Her own page again: "Chào chị …", her lessons and where to go on.
        m_state.returning.emplace(blank_name_field());
        Returning& r = *m_state.returning;
        r.step = ReturnStep::Welcome;
        fx::LearnerQuery q;
        q.kind = fx::LearnerQuery::Kind::Progress;
        q.ticket = r.awaiting = ++m_next_ticket;
        q.learner_id = m_state.learner->id;
        effects.push_back(std::move(q));
        go(Screen::Returning);
    }
}

void RegistrationFlow::registration_event(const Event& event, std::vector<Effect>& effects) {
    if (!m_state.registration) return go(Screen::Home);
    Registration& reg = *m_state.registration;
    if (const auto* reply = std::get_if<ev::LearnerReply>(&event)) return registration_reply(*reply, effects);
    if (reg.awaiting) return;  // saving: the answers must not change under the store

    if (const auto* c = std::get_if<ev::ConsentAnswer>(&event)) {
        if (reg.step != RegStep::Consent) return;
        if (!c->agree) {
            // No dead end: she learns without registering, and nothing of hers is kept.
            m_state.registration.reset();
            return go(Screen::Home);
        }
        reg.consent_ms = m_clock.wall_ms();
        reg.step = RegStep::Name;
        effects.push_back(fx::Record{rec::ConsentGiven{}});
    } else if (const auto* typed = std::get_if<ev::TypeText>(&event)) {
        if (reg.step == RegStep::Name) {
            if (reg.name.editor.type_key(typed->text)) reg.problem.clear();
            reg.name.keyboard.sync_with(reg.name.editor);
        } else {
            for (char c : typed->text) registration_event(ev::KeyTap{std::string(1, c)}, effects);
        }
    } else if (const auto* k = std::get_if<ev::KeyTap>(&event)) {
        bool changed = false;
        if (reg.step == RegStep::Name) {
            const input::TapResult t = reg.name.keyboard.tap(k->label, reg.name.editor);
            if (t == input::TapResult::Done) return registration_next(effects);
            changed = t == input::TapResult::Typed;
        } else if (reg.step == RegStep::BirthYear) {
            changed = number_pad_key(reg.birth_year, k->label, kYearDigits);
        } else if (reg.step == RegStep::Phone) {
            changed = number_pad_key(reg.phone, k->label, kPhoneDigits);
        }
        // The message was about what she had typed before; it goes once she corrects it.
        if (changed) reg.problem.clear();
    } else if (const auto* w = std::get_if<ev::PickWard>(&event)) {
        if (reg.step != RegStep::Ward) return;
        if (w->index != kOtherWard && (w->index < 0 || w->index >= int(m_config.registration.wards.size()))) return;
        reg.ward = w->index;
        reg.problem.clear();
    } else if (const auto* mem = std::get_if<ev::PickMember>(&event)) {
        if (reg.step != RegStep::Member) return;
        reg.member = mem->member;
        reg.problem.clear();
    } else if (const auto* edit = std::get_if<ev::EditAnswer>(&event)) {
        if (reg.step != RegStep::Review || edit->step < RegStep::Name || edit->step > RegStep::Member) return;
        reg.step = edit->step;
        reg.from_review = true;
        reg.problem.clear();
        if (reg.step == RegStep::Name) reg.name.keyboard.sync_with(reg.name.editor);
    } else if (std::holds_alternative<ev::SaveRegistration>(event)) {
        if (reg.step == RegStep::Review) registration_next(effects);
    } else if (std::holds_alternative<ev::Next>(event)) {
        registration_next(effects);
    } else if (std::holds_alternative<ev::Back>(event)) {
        registration_back();
    } else if (std::holds_alternative<ev::LeaveRegistration>(event)) {
        // Her answers stay until the session ends: "Đăng ký" again picks up where she was.
        go(Screen::Home);
    }
}

void RegistrationFlow::registration_next(std::vector<Effect>& effects) {
    Registration& reg = *m_state.registration;
    const bool has_wards = !m_config.registration.wards.empty();
    std::string problem;
    switch (reg.step) {
        case RegStep::Consent:
            return;  // answered with its own two buttons
        case RegStep::Name:
            problem = check_name(reg.name.editor.text());
            break;
        case RegStep::BirthYear:
            problem = check_birth_year(reg.birth_year, current_year());
            break;
        case RegStep::Phone:
            problem = check_phone(reg.phone);
            break;
        case RegStep::Ward:
            problem = reg.ward ? "" : "register.problem.pick_one";
            break;
        case RegStep::Member:
            problem = reg.member ? "" : "register.problem.pick_one";
            break;
        case RegStep::Review: {
            fx::LearnerQuery q;
            q.kind = fx::LearnerQuery::Kind::Create;
            q.name = text::title_case_name(reg.name.editor.text());
            q.search_key = text::search_key(q.name);
            q.birth_year = std::stoi(reg.birth_year);
            q.phone = reg.phone;
            if (reg.ward)
                q.ward = *reg.ward == kOtherWard ? kOtherWardStored : m_config.registration.wards[size_t(*reg.ward)];
            q.union_member = reg.member.value_or(false);
            q.consent_ms = reg.consent_ms;
            q.ticket = reg.awaiting = ++m_next_ticket;
            reg.problem.clear();
            effects.push_back(std::move(q));
            return;
        }
        case RegStep::Saved:
            return go(Screen::Home);
    }
    reg.problem = problem;
    if (!problem.empty()) return;
    if (reg.from_review) {
        reg.from_review = false;
        reg.step = RegStep::Review;
        return;
    }
    reg.step = RegStep(int(reg.step) + 1);
    if (reg.step == RegStep::Ward && !has_wards) reg.step = RegStep::Member;
    if (reg.step == RegStep::Name) reg.name.keyboard.sync_with(reg.name.editor);
}

void RegistrationFlow::registration_back() {
    Registration& reg = *m_state.registration;
    reg.problem.clear();
    if (reg.step == RegStep::Saved) return;
    if (reg.step == RegStep::Consent) return go(Screen::Home);
    if (reg.from_review && reg.step != RegStep::Review) {
        reg.from_review = false;
        reg.step = RegStep::Review;
        return;
    }
    reg.step = RegStep(int(reg.step) - 1);
    if (reg.step == RegStep::Ward && m_config.registration.wards.empty()) reg.step = RegStep::Phone;
}

void RegistrationFlow::registration_reply(const ev::LearnerReply& reply, std::vector<Effect>& effects) {
    Registration& reg = *m_state.registration;
    if (reply.ticket == 0 || reply.ticket != reg.awaiting) return;  // stale: not the save we wait for
    reg.awaiting = 0;
    if (!reply.ok || reply.learners.empty()) {
        // Her answers stay on the review; she can try again or learn without registering.
        reg.problem = "register.problem.save_failed";
        return;
    }
    reg.saved_code = reply.learners.front().code;
    reg.step = RegStep::Saved;
    identify(reply.learners.front(), effects);
}

}  // namespace tramso::app
