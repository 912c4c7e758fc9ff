// The kiosk without a window or a runtime: the pure flow, the session log and a real store
// (a scratch SQLite file), wired as the runtime wires them. Learner look-ups run at once on
// the store, the way the store worker runs them, and their replies go back into the flow;
// `on_effects` sees every batch of effects first (to answer a printer, to count records).
#pragma once

#include <doctest/doctest.h>

#include <chrono>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "app/flow.h"
#include "app/learner_queries.h"
#include "app/session_log.h"
#include "common/scratch_dir.h"
#include "input/keyboard.h"
#include "store/store.h"

namespace tramso::test {

struct FlowWithStore {
    ScratchDir dir;
    Config config;
    ManualClock clock;
    std::vector<Lesson> lessons;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<app::SessionLog> log;
    std::unique_ptr<app::Flow> flow;
    std::mt19937 random{5};
    int queries = 0;
    std::function<void(const std::vector<app::Effect>&)> on_effects;

    FlowWithStore(std::vector<Lesson> lessons_, app::FlowInputs inputs = {},
                  const std::function<void(Config&)>& configure = {})
        : lessons(std::move(lessons_)) {
        if (configure) configure(config);
        store::StoreOptions so;
        so.db_path = dir.file("t.db");
        so.log = [](std::string_view) {};
        auto opened = store::Store::open(so, clock);
        REQUIRE(opened);
        store = std::move(*opened);
        log = std::make_unique<app::SessionLog>(store->recorder());
        flow = std::make_unique<app::Flow>(config, clock, make_snapshot(lessons), std::move(inputs));
    }
    ~FlowWithStore() { store->recorder().flush(std::chrono::seconds(5)); }

    void apply(const std::vector<app::Effect>& effects) {
        if (on_effects) on_effects(effects);
        log->apply(effects);
        std::vector<app::Event> replies;
        for (const auto& e : effects)
            if (const auto* q = std::get_if<app::fx::LearnerQuery>(&e)) {
                ++queries;
                replies.push_back(
                    app::run_learner_query(*store, *q, clock.wall_ms(), [this] { return std::uint32_t(random()); }));
            }
        for (const auto& r : replies) send(r);
    }
    void send(const app::Event& e) { apply(flow->handle(e)); }
    void tick() { apply(flow->tick()); }
    // Taps keys by their labels, one per UTF-8 character; a space is the "Dấu cách" key.
    void keys(const std::string& typed) {
        for (size_t i = 0; i < typed.size();) {
            const unsigned char c = typed[i];
            const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            std::string ch = typed.substr(i, n);
            send(app::ev::KeyTap{ch == " " ? std::string(input::key_labels::kSpace) : ch});
            i += n;
        }
    }
    void tap(const std::string& label) { send(app::ev::KeyTap{label}); }
    const app::State& state() const { return flow->state(); }
    // Wakes the kiosk and answers every registration question with valid answers (the name
    // typed as given, the first ward, a member); returns her resume code.
    // A registered learner comes back: "Tôi đã đăng ký", by code. Waits for her past visits
    // to reach the file first.
    void come_back_with_code(const std::string& code) {
        using namespace app;
        REQUIRE(store->recorder().flush(std::chrono::seconds(5)));
        send(ev::Wake{});
        send(ev::OpenEntry{"returning"});
        send(ev::ChooseReturnMethod{ReturnStep::Code});
        keys(code);
        send(ev::Next{});
    }
    std::string register_learner(const std::string& typed_name, const std::string& year, const std::string& phone) {
        using namespace app;
        send(ev::Wake{});
        send(ev::OpenEntry{"register"});
        send(ev::ConsentAnswer{true});
        keys(typed_name);
        send(ev::Next{});
        keys(year);
        send(ev::Next{});
        keys(phone);
        send(ev::Next{});
        send(ev::PickWard{0});
        send(ev::Next{});
        send(ev::PickMember{true});
        send(ev::Next{});
        REQUIRE(state().registration->step == RegStep::Review);
        send(ev::SaveRegistration{});
        REQUIRE(state().registration->step == RegStep::Saved);
        return state().registration->saved_code;
    }
    // Waits until everything recorded so far is in the file, then counts rows.
    long long count(const std::string& sql) {
        REQUIRE(store->recorder().flush(std::chrono::seconds(5)));
        auto n = store->query([&](store::Db& db) { return db.query_int(sql); });
        return n.ok() ? *n : -1;
    }
};

}  // namespace tramso::test
