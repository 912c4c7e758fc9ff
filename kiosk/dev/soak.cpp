// The soak. [SECTION] index: process figures · visitor · visit kinds · the days.
// A visit kind is one function on Visitor and one line in kVisits.
#include "dev/soak.h"

#include <dirent.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "core/civil_time.h"
#include "dev/sim_driver.h"
#include "dev/soak_database.h"
#include "store/kiosk_meta.h"
#include "store/session_queries.h"

namespace tramso::dev {
namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] process figures
// ---------------------------------------------------------------------------------------------

long rss_kb() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
    return -1;
}

// What each open descriptor points at (the directory listing's own descriptor left out).
std::vector<std::string> open_fd_targets() {
    std::vector<std::string> out;
    DIR* d = opendir("/proc/self/fd");
    if (!d) return out;
    const int own = dirfd(d);
    while (dirent* e = readdir(d)) {
        if (e->d_name[0] == '.' || std::atoi(e->d_name) == own) continue;
        char target[512] = {};
        const std::string link = std::string("/proc/self/fd/") + e->d_name;
        const ssize_t n = readlink(link.c_str(), target, sizeof target - 1);
        out.push_back(std::string(e->d_name) + " -> " + (n > 0 ? std::string(target, size_t(n)) : "?"));
    }
    closedir(d);
    return out;
}

int open_fds() { return int(open_fd_targets().size()); }

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// ---------------------------------------------------------------------------------------------
// [SECTION] visitor: a simulated person at the kiosk, counting what she caused
// ---------------------------------------------------------------------------------------------

struct Tally {
    long sessions_started = 0;
    long completed = 0, idle = 0, left_early = 0, random = 0, still_here = 0, registered = 0, staff = 0;
    long errors = 0;
    std::string first_error;
};

class Visitor {
public:
    Visitor(ui::KioskApp& app, ManualClock& clock, std::mt19937& rng, Tally& tally)
        : m_app(app), m_d(app, clock), m_rng(rng), m_t(tally) {}

    // [SECTION] visit kinds
    void finish_a_lesson();
    void leave_a_lesson_half_way();
    void walk_away();
    void tap_at_random();
    void register_and_learn();  // Registration
    void staff_check();         // Staff mode; only when staff_pin is set

    void idle(double seconds, int frame_every_s) { check(m_d.wait(seconds, Millis(frame_every_s) * 1000), "waiting"); }

private:
    bool on(app::Screen s) const { return m_app.flow().state().screen == s; }
    int rand(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    void check(const Status& s, const char* what) {
        if (!s) error(std::string(what) + ": " + s.error().to_string());
    }
    void error(const std::string& what) {
        if (m_t.errors++ == 0) m_t.first_error = what;
    }
    // Every touch goes through here, so a wake from the attract screen is counted as a session.
    void touch_at(float x, float y) {
        const bool attract = on(app::Screen::Attract) && !m_app.flow().state().idle_warning_since_ms;
        check(m_d.touch(x, y, 0), "touching");
        if (attract && !on(app::Screen::Attract)) ++m_t.sessions_started;
        check(m_d.wait(rand(1, 8)), "reading");  // a person reads before the next tap
    }
    bool tap(const std::string& label) {
        const auto* item = m_d.find(label);
        if (!item) return false;
        touch_at(item->rect.cx(), item->rect.cy());
        return true;
    }
    void must_tap(const std::string& label) {
        if (!tap(label))
            error("no \"" + label + "\" on the " + app::screen_name(m_app.flow().state().screen) + " screen");
    }
    void wake() {
        if (!on(app::Screen::Attract)) error("a visitor found the kiosk busy, not on attract");
        touch_at(m_app.width() / 2, m_app.height() / 2);
    }
    const Lesson& any_lesson() {
        const auto& ls = m_app.content().lessons;
        return ls[size_t(rand(0, int(ls.size()) - 1))];
    }
    // From home: turn the pages of lessons until the lesson shows, then open it. Home may
    // still show the page the last visitor turned to, so back first, then on.
    void open(const Lesson& l) {
        for (const char* way : {"Các bài trước", "Xem thêm bài học"})
            for (int i = 0; i < 30 && !m_d.find(l.title.vi); ++i)
                if (!tap(way)) break;
        must_tap(l.title.vi);
    }
    // Does the current step's task the right way and moves on; false after the last step.
    bool do_step_right(const Lesson& l) {
        const auto& run = m_app.flow().state().lesson;
        if (!run) return false;
        const Step& step = l.steps[run->step];
        // Many learners have each step read to them: speech fills the speech cache.
        if (rand(0, 1) == 0) tap("Nghe");
        if (step.kind == StepKind::practice) must_tap("phone:" + step.target);
        if (step.kind == StepKind::quiz)
            for (const Answer& a : step.answers)
                if (a.correct) {
                    must_tap(a.text.vi);
                    break;
                }
        const bool last = run->step + 1 == l.steps.size();
        must_tap(last ? "Hoàn thành" : "Tiếp theo");
        return !last;
    }
    void goodbye() {
        if (!on(app::Screen::Home)) error("expected home before saying goodbye");
        must_tap("Kết thúc");
        // A visit with progress and no registration is asked once whether to keep it.
        if (m_app.flow().state().end_question) must_tap("Không lưu, kết thúc");
    }
    void wait_for_reset() {
        // Waiting for a person holds the idle question off longer (a random tap may have asked).
        const int before_question =
            m_app.flow().state().help ? std::max(m_idle_s, m_app.config().session.help_wait_seconds) : m_idle_s;
        idle(double(before_question + m_warning_s + 2), 1);
        if (!on(app::Screen::Attract)) error("walked away, but the kiosk did not return to attract");
    }

public:
    int m_idle_s = 120, m_warning_s = 30;
    std::string staff_pin;  // empty: the database has another PIN, so no staff visits

private:
    ui::KioskApp& m_app;
    SimDriver m_d;
    std::mt19937& m_rng;
    Tally& m_t;
};

void Visitor::finish_a_lesson() {
    wake();
    const Lesson& l = any_lesson();
    open(l);
    for (int i = 0; i < 200 && do_step_right(l); ++i) {}
    // The finish screen (QR code, slip) comes first; she goes home from there.
    if (!on(app::Screen::Finish))
        error("finished " + l.id + " but no finish screen");
    else
        must_tap("Về trang chủ");
    if (!on(app::Screen::Home)) error("finished " + l.id + " but not back on home");
    goodbye();
    ++m_t.completed;
}

void Visitor::leave_a_lesson_half_way() {
    wake();
    const Lesson& l = any_lesson();
    open(l);
    for (int i = rand(0, int(l.steps.size()) / 2); i > 0; --i) do_step_right(l);
    must_tap("Trang chủ");
    must_tap("Về trang chủ");
    goodbye();
    ++m_t.left_early;
}

void Visitor::walk_away() {
    wake();
    const Lesson& l = any_lesson();
    open(l);
    for (int i = rand(0, int(l.steps.size()) - 2); i > 0; --i) do_step_right(l);
    if (rand(0, 2) == 0) {
        // She was only thinking: the warning comes, she answers, and goes on where she was.
        const size_t step = m_app.flow().state().lesson ? m_app.flow().state().lesson->step : 0;
        idle(double(m_idle_s + 1), 1);
        must_tap("Tôi vẫn đang học");
        if (!m_app.flow().state().lesson || m_app.flow().state().lesson->step != step)
            error("\"Tôi vẫn đang học\" did not return to the same step");
        ++m_t.still_here;
    }
    wait_for_reset();
    ++m_t.idle;
}

// She registers (typing her name on the on-screen keyboard with Telex), learns a little and
// leaves; her details must be gone from the screen afterwards.
void Visitor::register_and_learn() {
    static const char* const kNames[][2] = {
        {"Nguyeenx Thij Hoaf", "Nguyễn Thị Hòa"}, {"Traanf Thij Lan", "Trần Thị Lan"},
        {"Phamj Thuy Dung", "Phạm Thuy Dung"},    {"Lee Thij Mai", "Lê Thị Mai"},
        {"Vux Thij Nga", "Vũ Thị Nga"},           {"DDoox Thij Thu", "Đỗ Thị Thu"}};
    const auto& name = kNames[size_t(rand(0, int(std::size(kNames)) - 1))];
    wake();
    must_tap("Đăng ký");
    must_tap("Tôi đồng ý");
    check(type_text(m_d, name[0]), "typing her name");
    must_tap("Tiếp theo");
    check(type_text(m_d, std::to_string(rand(1940, 1990))), "typing her year of birth");
    must_tap("Tiếp theo");
    must_tap("Tiếp theo");  // the phone is optional
    const auto& wards = m_app.config().registration.wards;
    if (!wards.empty()) {
        must_tap(wards[size_t(rand(0, int(wards.size()) - 1))]);
        must_tap("Tiếp theo");
    }
    must_tap("Không");
    must_tap("Tiếp theo");
    must_tap("Lưu lại");
    const auto& learner = m_app.flow().state().learner;
    if (!learner || learner->name != name[1])
        error(std::string("registering \"") + name[1] + "\" did not sign her in (on the " +
              app::screen_name(m_app.flow().state().screen) + " screen" +
              (learner ? ", signed in as \"" + learner->name + "\")" : ")"));
    must_tap("Bắt đầu học");
    const Lesson& l = any_lesson();
    open(l);
    for (int i = rand(1, int(l.steps.size()) / 2); i > 0; --i) do_step_right(l);
    wait_for_reset();
    if (m_app.registry().drew(name[1]) || m_app.flow().state().learner)
        error(std::string("her name \"") + name[1] + "\" outlived her session");
    ++m_t.registered;
}

// A staff member holds the hidden logo, types the PIN, looks at the dashboard, the newest
// session's timeline, the learners and maintenance, then logs out or simply walks away (the
// 2-minute timeout logs her out). Holding the logo is not a learner's session.
void Visitor::staff_check() {
    if (staff_pin.empty()) return;
    if (!on(app::Screen::Attract)) error("staff found the kiosk busy, not on attract");
    const auto* logo = m_d.find("Logo");
    if (!logo) return error("no hidden logo on the attract screen");
    check(m_d.touch(logo->rect.cx(), logo->rect.cy(), app::kStaffHoldMs + 200), "holding the logo");
    if (!on(app::Screen::Staff)) return error("holding the logo did not open the PIN pad");
    for (char digit : staff_pin) must_tap(std::string(1, digit));
    must_tap("Vào");
    if (!m_app.flow().state().staff.logged_in) return error("the right PIN did not log staff in");
    must_tap("Phiên học");
    if (m_app.store()) {
        auto newest = m_app.store()->query([](store::Db& db) {
            return store::list_sessions(db, store::SessionFilter{}, {1, 0});
        });
        if (newest && !newest->rows.empty()) {
            must_tap("session:" + std::to_string(newest->rows.front().id));
            must_tap("Quay lại");
        }
    }
    must_tap("Học viên");
    must_tap("Bảo trì");
    must_tap("Tổng quan");
    if (rand(0, 1) == 0)
        must_tap("Đăng xuất");
    else
        idle(double(m_app.config().staff.idle_seconds + 2), 1);
    if (!on(app::Screen::Attract)) error("staff mode did not end on the attract screen");
    if (m_app.flow().state().staff.logged_in) error("staff still logged in after leaving");
    ++m_t.staff;
}

void Visitor::tap_at_random() {
    wake();
    for (int i = rand(3, 25); i > 0 && !on(app::Screen::Attract); --i)
        touch_at(float(rand(0, int(m_app.width()) - 1)), float(rand(0, int(m_app.height()) - 1)));
    // Whatever the taps led to, she leaves without a word: the idle reset tidies up.
    if (!on(app::Screen::Attract)) wait_for_reset();
    ++m_t.random;
}

using VisitFn = void (Visitor::*)();
struct VisitKind {
    const char* name;
    int weight;
    VisitFn run;
};
const VisitKind kVisits[] = {
    {"finish a lesson", 4, &Visitor::finish_a_lesson},
    {"leave a lesson half-way", 2, &Visitor::leave_a_lesson_half_way},
    {"walk away", 2, &Visitor::walk_away},
    {"tap at random", 1, &Visitor::tap_at_random},
    {"register and learn", 1, &Visitor::register_and_learn},
    {"staff check", 1, &Visitor::staff_check},
};

// ---------------------------------------------------------------------------------------------
// [SECTION] the days
// ---------------------------------------------------------------------------------------------

// The lowest and highest of a series of figures.
struct Band {
    long low = 0, high = 0, count = 0;
    void add(long v) {
        low = count ? std::min(low, v) : v;
        high = count ? std::max(high, v) : v;
        ++count;
    }
    long width() const { return high - low; }
};

// What the bounded caches hold in memory: speech and pictures fill as visitors use them.
double cache_bytes(const ui::MemoryFigures& f) {
    return double(f.pictures.bytes) + (f.speech ? double(f.speech->memory_bytes) : 0.0);
}

struct StoreCounts {
    long sessions = -1, open = -1;
};

StoreCounts count_sessions(store::Store& s) {
    StoreCounts c;
    auto page = s.query([](store::Db& db) { return store::list_sessions(db, store::SessionFilter{}, {1000000, 0}); });
    if (!page) return c;
    c.sessions = page->total;
    c.open = 0;
    for (const auto& row : page->rows) c.open += row.ended_ms ? 0 : 1;
    return c;
}

}  // namespace

int run_soak(ui::KioskApp& app, ManualClock& clock, const SoakOptions& o) {
    std::mt19937 rng(o.seed);
    Tally t;
    Visitor v(app, clock, rng, t);
    SimDriver d(app, clock);
    if (Status s = d.settle(); !s) return std::fprintf(stderr, "soak: %s\n", s.error().to_string().c_str()), 1;

    const Config& config = app.config();
    v.m_idle_s = config.session.idle_seconds;
    v.m_warning_s = config.session.warning_seconds;
    // The database was prepared by prepare_soak_database; one the store opened instead (a damaged
    // file set aside and a fresh one started) has no mark, and the soak writes nothing to it.
    if (app.store()) {
        auto mark = app.store()->query([](store::Db& db) { return store::get_meta(db, kMetaSoakDatabase); });
        if (!mark || !*mark)
            return std::fprintf(stderr, "soak: %s: not the soak's own database; stopped before any visit\n",
                                app.store()->options().db_path.c_str()),
                   2;
    }
    v.staff_pin = o.staff_pin;
    if (v.staff_pin.empty()) std::printf("soak: the database has another staff PIN: no staff visits\n");
    // The start figures are taken after a warm-up visit and daily run: the store's writer opens its
    // connection (database, WAL, shared memory) and the caches fill on first use. What a
    // soak looks for is growth after that, visit after visit.
    const StoreCounts stored0 = app.store() ? count_sessions(*app.store()) : StoreCounts{};
    v.finish_a_lesson();
    v.staff_check();
    if (app.store()) {
        app.store()->recorder().flush(std::chrono::seconds(30));
        // The first daily backup too: SQLite keeps the descriptor of a closed connection for
        // reuse while another connection of the process holds a lock on the same file, so the
        // backup's source connection leaves one open descriptor that every later backup reuses.
        app.store()->run_daily_if_due();
        app.store()->wait_daily();
    }
    const long rss0 = rss_kb();
    const ui::MemoryFigures caches0 = app.memory_figures();
    Band rss_flat;
    const std::vector<std::string> fds_at_start = open_fd_targets();
    const int fds0 = int(fds_at_start.size());
    std::printf("soak: start (after a warm-up visit and daily run) rss=%.1f MB fds=%d days=%g seed=%u %s\n",
                rss0 / 1024.0, fds0, o.days, o.seed, ui::describe(caches0).c_str());
    long next_day_report = 1;
    int total_weight = 0;
    for (const auto& k : kVisits) total_weight += k.weight;

    const Millis end = clock.monotonic_ms() + Millis(o.days * double(kDayMs));
    bool stopped = false;
    while (clock.monotonic_ms() < end) {
        if (app.stop_signal() != 0) {
            std::printf("soak: stopped by a signal\n");
            stopped = true;
            break;
        }
        // The next visitor comes a few minutes to an hour later; closed hours pass on attract.
        const double gap_s = std::uniform_real_distribution<double>(120, 3600)(rng);
        const double left_s = double(end - clock.monotonic_ms()) / 1000;
        v.idle(std::min(gap_s, left_s), o.idle_frame_seconds);
        if (clock.monotonic_ms() >= end) break;
        if (app.store()) app.store()->run_daily_if_due();  // as the real loop does
        if (clock.monotonic_ms() >= next_day_report * kDayMs) {
            const long rss = rss_kb();
            if (next_day_report >= o.flat_from_day) rss_flat.add(rss);
            std::printf("soak: day %ld rss=%.1f MB fds=%d sessions=%ld %s\n", next_day_report, rss / 1024.0, open_fds(),
                        t.sessions_started, ui::describe(app.memory_figures()).c_str());
            std::fflush(stdout);
            ++next_day_report;
        }
        // After hours the odd passer-by still wakes it (a touch works at any hour).
        if (!is_open(config.hours, clock.wall_ms()) && std::uniform_int_distribution<int>(0, 9)(rng) != 0) continue;
        int pick = std::uniform_int_distribution<int>(0, total_weight - 1)(rng);
        for (const auto& k : kVisits) {
            if ((pick -= k.weight) >= 0) continue;
            (v.*k.run)();
            break;
        }
    }
    if (app.store()) {
        app.store()->wait_daily();
        app.store()->recorder().flush(std::chrono::seconds(30));
    }

    const long rss1 = rss_kb();
    const int fds1 = open_fds();
    StoreCounts stored = app.store() ? count_sessions(*app.store()) : StoreCounts{};
    stored.sessions -= stored0.sessions;
    stored.open -= stored0.open;
    const auto rec = app.store() ? app.store()->recorder().status() : store::RecorderStatus{};
    const long faults = app.faults();
    // The caches are bounded each on its own (see memory_figures.h); what they took since the
    // start is theirs, and any other growth is a leak or fragmentation.
    const ui::MemoryFigures caches1 = app.memory_figures();
    const double cache_growth_mb = (cache_bytes(caches1) - cache_bytes(caches0)) / 1048576.0;
    const double other_growth_mb = (rss1 - rss0) / 1024.0 - cache_growth_mb;
    std::printf(
        "soak: end rss=%.1f MB (growth %+.2f MB: bounded caches %+.2f MB, the rest %+.2f MB) fds=%d (growth %+d) %s\n",
        rss1 / 1024.0, (rss1 - rss0) / 1024.0, cache_growth_mb, other_growth_mb, fds1, fds1 - fds0,
        ui::describe(caches1).c_str());
    if (rss_flat.count)
        std::printf("soak: RSS from day %ld on: %.1f to %.1f MB (band %.2f MB over %ld days)\n", o.flat_from_day,
                    rss_flat.low / 1024.0, rss_flat.high / 1024.0, rss_flat.width() / 1024.0, rss_flat.count);
    std::printf(
        "soak: visits completed=%ld left_early=%ld walked_away=%ld (still_here=%ld) random=%ld registered=%ld "
        "staff=%ld\n",
        t.completed, t.left_early, t.idle, t.still_here, t.random, t.registered, t.staff);
    std::printf("soak: sessions started=%ld recorded=%ld left_open=%ld dropped=%llu rejected=%llu\n",
                t.sessions_started, stored.sessions, stored.open, (unsigned long long)rec.dropped,
                (unsigned long long)rec.rejected);
    std::printf("soak: errors=%ld faults=%ld%s%s\n", t.errors, faults,
                t.first_error.empty() ? "" : " first: ", t.first_error.c_str());

    if (fds1 != fds0)
        for (const std::string& fd : open_fd_targets())
            if (std::find(fds_at_start.begin(), fds_at_start.end(), fd) == fds_at_start.end())
                std::printf("soak: descriptor not open at the start: %s\n", fd.c_str());
    bool ok = true;
    auto miss = [&](const char* what) {
        std::printf("soak: FAILED: %s\n", what);
        ok = false;
    };
    if (stopped) miss("stopped before the last day");
    if (t.errors || faults) miss("errors");
    if (stored.sessions != t.sessions_started || stored.open != 0) miss("every session recorded and closed");
    if (rec.dropped || rec.rejected) miss("no record dropped or rejected");
    if (fds1 > fds0) miss("no descriptor growth");
    if (!kSanitized && other_growth_mb >= o.max_rss_growth_mb) miss("RSS growth beyond the bounded caches");
    if (!kSanitized && rss_flat.count >= 2 && rss_flat.width() / 1024.0 > o.max_flat_band_mb)
        miss("RSS flat once settled");
    if (kSanitized) std::printf("soak: RSS growth not judged under sanitizers\n");
    std::printf("soak: %s\n", ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
}

}  // namespace tramso::dev
