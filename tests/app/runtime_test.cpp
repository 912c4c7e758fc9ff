// The runtime: events in, state and effects out, effects carried out by adapters that answer on
// the same queue. Driven here with the real store (a scratch SQLite file), the real staff adapter
// and a slow store in front of it, the way the frame loop drives it: pump, draw, repeat.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <thread>

#include "app/finish_codes.h"
#include "app/runtime.h"
#include "app/staff_data.h"
#include "app/staff_pin.h"
#include "app/store_jobs.h"
#include "common/scratch_dir.h"
#include "common/source_dir.h"
#include "store/store.h"

using namespace tramso;
using namespace tramso::app;
using namespace std::chrono;

namespace {

// Every store job takes at least `delay`, as on a slow SD card or with retention holding the
// database; the PIN check is slow anyway (argon2id).
class SlowStore final : public StoreJobs {
public:
    SlowStore(std::unique_ptr<StoreJobs> inner, milliseconds delay) : m_inner(std::move(inner)), m_delay(delay) {}
    std::optional<Event> run(const StoreWork& work) override {
        std::this_thread::sleep_for(m_delay);
        ++jobs;
        return m_inner->run(work);
    }
    std::atomic<int> jobs{0};

private:
    std::unique_ptr<StoreJobs> m_inner;
    milliseconds m_delay;
};

// A kiosk without a window: the real store, staff adapter and content, on the clock given.
struct Station {
    test::ScratchDir dir;
    Config config;
    StringTable strings;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<Runtime> runtime;
    SlowStore* slow = nullptr;

    Station(const Clock& clock, milliseconds store_delay) {
        config.paths.database = dir.file("kiosk.db");
        config.paths.content_dir = std::string(TRAMSO_SOURCE_DIR) + "/content";
        config.staff.export_dir = dir.file("usb");
        std::filesystem::create_directories(config.staff.export_dir);
        auto loaded = StringTable::load(std::string(TRAMSO_SOURCE_DIR) + "/assets/strings");
        REQUIRE(loaded.ok());
        strings = std::move(*loaded);
        store::StoreOptions so;
        so.db_path = config.paths.database;
        so.log = [](std::string_view) {};
        auto opened = store::Store::open(so, clock);
        REQUIRE(opened.ok());
        store = std::move(*opened);
        REQUIRE(store->query([&](store::Db& db) { return set_staff_pin(db, "2468", clock.wall_ms()); }).ok());

        RuntimeAdapters adapters;
        adapters.store = store.get();
        auto jobs = std::make_unique<KioskStoreJobs>(*store, config, clock, strings, 1);
        if (store_delay > milliseconds(0)) {
            auto s = std::make_unique<SlowStore>(std::move(jobs), store_delay);
            slow = s.get();
            adapters.store_jobs = std::move(s);
        } else {
            adapters.store_jobs = std::move(jobs);
        }
        auto content = std::make_shared<const Content>(load_content(config.paths.content_dir));
        runtime = std::make_unique<Runtime>(config, clock, std::move(content),
                                            FlowInputs{make_finish_codes(config.followup, 3)}, std::move(adapters));
    }
    ~Station() {
        runtime.reset();
        store->recorder().flush(seconds(5));
    }
    const State& state() const { return runtime->state(); }
};

// The frame loop as KioskApp runs it: pump, then about 5 ms of drawing. Records the longest
// pump (the part that would wait if the runtime ever waited for the store) and the longest
// time between two frames (which a loaded machine also stretches with its scheduling).
struct FrameLoop {
    Runtime& runtime;
    steady_clock::time_point last = steady_clock::now();
    milliseconds longest{0};
    milliseconds longest_pump{0};
    int frames = 0;

    void frame() {
        const auto start = steady_clock::now();
        runtime.pump();
        longest_pump = std::max(longest_pump, duration_cast<milliseconds>(steady_clock::now() - start));
        std::this_thread::sleep_for(milliseconds(5));
        const auto now = steady_clock::now();
        longest = std::max(longest, duration_cast<milliseconds>(now - last));
        last = now;
        ++frames;
    }
    // Frames until `done` holds (what the screen waits for), at most 20 s.
    bool until(const std::function<bool()>& done) {
        const auto give_up = steady_clock::now() + seconds(20);
        while (!done()) {
            if (steady_clock::now() > give_up) return false;
            frame();
        }
        return true;
    }
    void tap(Event e) {
        runtime.post(std::move(e));
        frame();
    }
};

}  // namespace

TEST_CASE("no frame waits for the store through a staff visit while each store query takes 500 ms") {
    SystemClock clock;
    Station k(clock, milliseconds(500));
    FrameLoop loop{*k.runtime};
    const StaffState& st = k.state().staff;

    loop.tap(ev::StaffHold{});
    CHECK(k.state().screen == Screen::Staff);
    CHECK_FALSE(st.pin_set.has_value());  // the pad says "Đang tải…" meanwhile
    REQUIRE(loop.until([&] { return st.pin_set.has_value(); }));
    CHECK(*st.pin_set);
    for (char c : {'2', '4', '6', '8'}) loop.tap(ev::StaffPinKey{c});
    loop.tap(ev::StaffPinSubmit{});
    CHECK(st.checking_pin);
    loop.tap(ev::StaffPinKey{'1'});  // ignored while the hash is checked
    CHECK(st.pin_digits.empty());
    REQUIRE(loop.until([&] { return st.logged_in; }));
    CHECK(st.page == StaffPage::Dashboard);
    CHECK(st.loading);
    REQUIRE(loop.until([&] { return !st.loading; }));
    REQUIRE(st.data);
    CHECK(st.data->dashboard.has_value());

    loop.tap(ev::StaffGo{StaffPage::Sessions});
    CHECK(st.loading);
    CHECK_FALSE(st.data);  // nothing of the dashboard shows on the sessions page
    REQUIRE(loop.until([&] { return !st.loading; }));
    CHECK(st.data->error.empty());

    loop.tap(ev::StaffGo{StaffPage::Learners});
    for (const char* key : {"l", "a", "n"}) loop.tap(ev::KeyTap{key});
    REQUIRE(loop.until([&] { return !st.loading; }));
    CHECK(st.search == "lan");

    loop.tap(ev::StaffGo{StaffPage::Exports});
    loop.tap(ev::StaffExport{});
    REQUIRE(loop.until([&] { return !st.notice_key.empty(); }));
    INFO(st.notice_detail);
    CHECK(st.notice_key == "staff.export.done");

    loop.tap(ev::StaffGo{StaffPage::Maintenance});
    loop.tap(ev::StaffReloadLessons{});
    REQUIRE(loop.until([&] { return st.notice_key == "staff.maintenance.reloaded"; }));
    loop.tap(ev::StaffLogout{});
    CHECK(k.state().screen == Screen::Attract);

    // The store really was slow (each of these waited 500 ms), and not one frame waited for it.
    // On a quiet machine a pump takes well under a millisecond and the longest gap is the
    // loop's own 5 ms sleep plus a few; a loaded one (a CI runner building in parallel)
    // stretches both, so the checks sit where only a frame that waited for a query (500 ms)
    // can reach.
    CHECK(k.slow->jobs >= 10);
    MESSAGE("longest pump " << loop.longest_pump.count() << " ms, longest gap between frames " << loop.longest.count()
                            << " ms, over " << loop.frames << " frames");
    CHECK(loop.longest_pump < milliseconds(250));
    CHECK(loop.longest < milliseconds(400));
    CHECK(loop.frames > 10 * 500 / 20);
}

TEST_CASE("a slow registration answers on the queue and the visit goes on meanwhile") {
    SystemClock clock;
    Station k(clock, milliseconds(600));
    FrameLoop loop{*k.runtime};
    loop.tap(ev::Wake{});
    loop.tap(ev::OpenEntry{"returning"});
    REQUIRE(k.state().screen == Screen::Returning);
    loop.tap(ev::ChooseReturnMethod{ReturnStep::Code});
    for (const char* key : {"A", "B", "C", "D", "E", "F"}) loop.tap(ev::KeyTap{key});
    loop.tap(ev::Next{});
    CHECK(k.state().returning->awaiting != 0);  // "Đang tìm…" while the store looks
    REQUIRE(loop.until([&] { return k.state().returning->awaiting == 0; }));
    CHECK(k.state().returning->problem == "returning.problem.code_not_found");
    MESSAGE("longest pump " << loop.longest_pump.count() << " ms, longest gap " << loop.longest.count() << " ms");
    CHECK(loop.longest_pump < milliseconds(250));
}

namespace {

// Staff mode over whatever screen the learner is on: log in, reload the lessons from the
// maintenance page, wait for the answer, then let staff mode time out, back to her screen.
void reload_over_current_screen(Station& k, ManualClock& clock) {
    FrameLoop loop{*k.runtime};
    loop.tap(ev::StaffHold{});
    REQUIRE(loop.until([&] { return k.state().staff.pin_set.has_value(); }));
    for (char c : {'2', '4', '6', '8'}) loop.tap(ev::StaffPinKey{c});
    loop.tap(ev::StaffPinSubmit{});
    REQUIRE(loop.until([&] { return k.state().staff.logged_in; }));
    loop.tap(ev::StaffGo{StaffPage::Maintenance});
    const ContentSnapshot before = k.runtime->flow().content();
    loop.tap(ev::StaffReloadLessons{});
    REQUIRE(loop.until([&] { return k.runtime->flow().content() != before; }));
    clock.advance(Millis(k.config.staff.idle_seconds + 1) * 1000);
    loop.frame();
    CHECK(k.state().screen != Screen::Staff);
}

}  // namespace

TEST_CASE("reloading lessons from staff mode never frees what the learner's screen shows") {
    ManualClock clock;
    Station k(clock, milliseconds(0));
    FrameLoop loop{*k.runtime};
    loop.tap(ev::Wake{});
    const std::string first = k.runtime->flow().content()->lessons.front().id;

    SUBCASE("a finish screen") {
        loop.tap(ev::OpenEntry{"lesson:" + first});
        while (k.state().screen == Screen::Lesson) {
            // Answer what the step asks, so Next moves on.
            const Step& step = k.state().lesson->current();
            if (step.kind == StepKind::practice) loop.tap(ev::PhoneTap{step.target});
            if (step.kind == StepKind::quiz)
                for (std::size_t i = 0; i < step.answers.size(); ++i)
                    if (step.answers[i].correct) loop.tap(ev::QuizAnswer{int(i)});
            loop.tap(ev::Next{});
        }
        REQUIRE(k.state().screen == Screen::Finish);
        reload_over_current_screen(k, clock);
        REQUIRE(k.state().screen == Screen::Finish);
        // Read what the finish screen draws: ASan fails here if the old lessons were freed.
        const FinishInfo& f = *k.state().finish;
        CHECK(f.lesson->id == first);
        CHECK_FALSE(f.lesson->title.vi.empty());
        CHECK_FALSE(f.lesson->summary.vi.empty());
        REQUIRE(f.next_lesson);
        CHECK_FALSE(f.next_lesson->title.vi.empty());
        // Her next lesson comes from the new lessons.
        loop.tap(ev::FinishNextLesson{});
        CHECK(k.state().screen == Screen::Lesson);
    }
    SUBCASE("the registration screens") {
        loop.tap(ev::OpenEntry{"register"});
        REQUIRE(k.state().screen == Screen::Register);
        reload_over_current_screen(k, clock);
        CHECK(k.state().screen == Screen::Register);
        CHECK(k.state().registration.has_value());
    }
    SUBCASE("the returning screens") {
        loop.tap(ev::OpenEntry{"returning"});
        REQUIRE(k.state().screen == Screen::Returning);
        reload_over_current_screen(k, clock);
        CHECK(k.state().screen == Screen::Returning);
    }
    SUBCASE("a lesson in progress") {
        loop.tap(ev::OpenEntry{"lesson:" + first});
        loop.tap(ev::Next{});
        REQUIRE(k.state().screen == Screen::Lesson);
        reload_over_current_screen(k, clock);
        // A lesson open over a reload ends (its step numbers may mean something else now).
        CHECK(k.state().screen == Screen::Attract);
        CHECK_FALSE(k.state().lesson.has_value());
    }
    // Home lists the reloaded lessons.
    loop.tap(ev::Wake{});
    CHECK(k.state().home_entries.size() == k.runtime->flow().content()->lessons.size());
}

TEST_CASE("the store's answers are carried out in order and none is lost when the runtime stops") {
    SystemClock clock;
    Station k(clock, milliseconds(50));
    FrameLoop loop{*k.runtime};
    loop.tap(ev::StaffHold{});
    REQUIRE(loop.until([&] { return k.state().staff.pin_set.has_value(); }));
    for (char c : {'1', '1', '1', '1'}) loop.tap(ev::StaffPinKey{c});
    loop.tap(ev::StaffPinSubmit{});
    REQUIRE(loop.until([&] { return !k.state().staff.checking_pin; }));
    CHECK(k.state().staff.failed_attempts == 1);
    // The wrong PIN's count is saved by the worker; stopping the runtime finishes that first.
    k.runtime.reset();
    auto attempts = k.store->query([](store::Db& db) { return load_pin_attempts(db); });
    REQUIRE(attempts.ok());
    CHECK(attempts->failed_attempts == 1);
}

namespace {

// A store whose every job throws, as a bug or an unexpected SQLite state would.
class BrokenStore final : public StoreJobs {
public:
    std::optional<Event> run(const StoreWork&) override { throw std::runtime_error("disk I/O error"); }
};

}  // namespace

TEST_CASE("a store job that fails unexpectedly tells the waiting screen instead of leaving it loading") {
    ManualClock clock;
    Config config;
    RuntimeAdapters adapters;
    adapters.store_jobs = std::make_unique<BrokenStore>();
    Runtime runtime(config, clock, nullptr, {}, std::move(adapters));
    FrameLoop loop{runtime};
    loop.tap(ev::StaffHold{});
    // The PIN question cannot be answered: staff may still leave by Back.
    loop.tap(ev::StaffLogout{});
    CHECK(runtime.state().screen == Screen::Attract);

    loop.tap(ev::Wake{});
    loop.tap(ev::OpenEntry{"returning"});
    loop.tap(ev::ChooseReturnMethod{ReturnStep::Code});
    for (const char* key : {"A", "B", "C", "D", "E", "F"}) loop.tap(ev::KeyTap{key});
    loop.tap(ev::Next{});
    REQUIRE(loop.until([&] { return runtime.state().returning->awaiting == 0; }));
    CHECK(runtime.state().returning->problem == "returning.problem.store");
}
