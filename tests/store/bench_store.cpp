// bench_store: how fast the store is where it matters.
//   1. Enqueue cost on the calling (frame loop) thread, p50/p99/max over N events.
//   2. Durable events per second through the writer thread (WAL, synchronous=FULL).
//   3. Staff report queries over a generated year: ~1M events, 50k sessions (target < 200 ms).
// Build without sanitizers for real figures: scripts/bench_store.sh.
// Usage: bench_store [--dir DIR] [--enqueue N] [--sessions N] [--keep]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/civil_time.h"
#include "store/db_file.h"
#include "store/learners.h"
#include "store/progress.h"
#include "store/reports.h"
#include "store/retention.h"
#include "store/schema.h"
#include "store/session_queries.h"
#include "store/session_recovery.h"
#include "store/store.h"

using namespace tramso;
using namespace tramso::store;
using Steady = std::chrono::steady_clock;

namespace {

// Bench data goes straight in with its own statements: one transaction, prepared once.
constexpr char kSqlBenchLearner[] =
    "INSERT INTO learners (code, full_name, search_key, birth_year, birth_decade, phone, ward, "
    "union_member, consent_ms, created_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr char kSqlBenchSession[] =
    "INSERT INTO sessions (kiosk_id, learner_id, started_ms, ended_ms, end_reason, language) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr char kSqlBenchRun[] =
    "INSERT INTO lesson_runs (session_id, lesson_id, lesson_version, started_ms, ended_ms, "
    "completed, score, last_step, max_step) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
// The writer tallies quiz answers as it goes; bench data bypasses it, so tally once at the end.
constexpr char kSqlBenchQuizTally[] =
    "INSERT INTO quiz_hourly (hour, lesson_id, step, answers, wrong) "
    "SELECT e.at_ms / 3600000, r.lesson_id, e.step, count(*), sum(e.ok = 0) "
    "FROM events AS e JOIN lesson_runs AS r ON r.id = e.run_id "
    "WHERE e.kind = 'quiz_answer' GROUP BY 1, 2, 3";
constexpr char kSqlBenchEvent[] =
    "INSERT INTO events (session_id, run_id, at_ms, kind, step, target, ok, duration_ms, payload) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)";

double ms_since(Steady::time_point t0) { return std::chrono::duration<double, std::milli>(Steady::now() - t0).count(); }

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

struct Rng {
    std::uint64_t s;
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
};

void die(const std::string& what) {
    std::fprintf(stderr, "bench_store: %s\n", what.c_str());
    std::exit(1);
}

template <class T>
T must(Result<T> r, const char* what) {
    if (!r) die(std::string(what) + ": " + r.error().to_string());
    return std::move(*r);
}

// ---------------------------------------------------------------------------------------------
// 1 + 2: the recorder.

void bench_recorder(const std::string& dir, int n) {
    SystemClock clock;
    StoreOptions o;
    o.db_path = dir + "/recorder.db";
    o.kiosk_id = "bench";
    o.pending_bound = static_cast<std::size_t>(n) + 100;
    o.log = [](std::string_view) {};
    auto store = must(Store::open(o, clock), "open store");
    Recorder& rec = store->recorder();

    std::vector<double> lat;
    lat.reserve(static_cast<std::size_t>(n));
    SessionRef s = rec.begin_session(std::nullopt, "vi");
    RunRef run = rec.begin_run(s, "an-toan-otp", 1);
    const auto t0 = Steady::now();
    for (int i = 0; i < n; ++i) {
        const auto a = Steady::now();
        if (i % 4 == 0)
            rec.step_shown(run, i % 12);
        else if (i % 4 == 1)
            rec.practice_tap(run, i % 12, "zalo", i % 3 != 0);
        else if (i % 4 == 2)
            rec.quiz_answer(run, i % 12, i % 4, i % 5 != 0);
        else
            rec.step_left(run, i % 12, 4200);
        lat.push_back(std::chrono::duration<double, std::micro>(Steady::now() - a).count());
    }
    const double enqueue_ms = ms_since(t0);
    if (!rec.flush(std::chrono::minutes(5))) die("flush timed out");
    const double total_ms = ms_since(t0);

    // Paced like a real kiosk (a record every 2 ms), to see the enqueue cost while the writer
    // commits in small batches.
    std::vector<double> paced;
    const int m = std::min(n, 5000);
    for (int i = 0; i < m; ++i) {
        const auto a = Steady::now();
        rec.practice_tap(run, i % 12, "zalo", true);
        paced.push_back(std::chrono::duration<double, std::micro>(Steady::now() - a).count());
        while (std::chrono::duration<double, std::milli>(Steady::now() - a).count() < 2.0) {}
    }
    if (!rec.flush(std::chrono::minutes(1))) die("flush timed out");
    const RecorderStatus st = rec.status();

    std::printf("\n== Recorder (%d events, WAL, synchronous=FULL) ==\n", n);
    std::printf("%-46s %12s\n", "measure", "value");
    std::printf("%-46s %9.2f us\n", "enqueue p50 (burst)", percentile(lat, 0.50));
    std::printf("%-46s %9.2f us\n", "enqueue p99 (burst)", percentile(lat, 0.99));
    std::printf("%-46s %9.2f us\n", "enqueue max (burst)", percentile(lat, 1.0));
    std::printf("%-46s %9.2f us\n", "enqueue p50 (one every 2 ms)", percentile(paced, 0.50));
    std::printf("%-46s %9.2f us\n", "enqueue p99 (one every 2 ms)", percentile(paced, 0.99));
    std::printf("%-46s %9.2f us\n", "enqueue max (one every 2 ms)", percentile(paced, 1.0));
    std::printf("%-46s %9.1f ms\n", "time to enqueue all", enqueue_ms);
    std::printf("%-46s %9.0f /s\n", "durable events per second (burst, to flush)", n / (total_ms / 1000.0));
    std::printf("%-46s %12llu\n", "records dropped / rejected",
                static_cast<unsigned long long>(st.dropped + st.rejected));
}

// ---------------------------------------------------------------------------------------------
// 3: a year of kiosk use, then the staff queries.

constexpr const char* kLessons[] = {
    "lam-quen-dien-thoai", "zalo-nhan-tin", "goi-video",    "an-toan-otp", "lua-dao-qua-mang",
    "chuyen-khoan",        "quet-ma-qr",    "dich-vu-cong", "chup-anh",    "tim-kiem"};
constexpr int kSteps = 12;
constexpr Millis kYearStart = 1'767'200'400'000;  // 2026-01-01 00:00 +07:00

struct Generated {
    std::int64_t sessions = 0, runs = 0, events = 0, learners = 0;
};

Generated generate(Db& db, int sessions, int learners) {
    Rng rng{12345};
    Generated g;
    Transaction txn(db);
    if (!txn.begun()) die(txn.begun().error().to_string());
    for (int i = 0; i < learners; ++i) {
        auto q = must(db.query(kSqlBenchLearner), "prepare");
        const int year = 1940 + rng.below(40);
        char code[7];
        for (int k = 0; k < 6; ++k) code[k] = kResumeCodeAlphabet[rng.below(31)];
        code[6] = 0;
        const std::string name = "Nguyen Thi " + std::to_string(i);
        const std::string key = "nguyen thi " + std::to_string(i);
        const Millis created = kYearStart + rng.below(360) * kDayMs;
        const auto st =
            q.bind_all(std::string_view(code), name, key, year, year / 10 * 10, "09" + std::to_string(10'000'000 + i),
                       "Phuong " + std::to_string(rng.below(20)), rng.below(2) == 0, created, created, created)
                .run();
        if (!st) continue;  // a rare duplicate code: skip
        ++g.learners;
    }
    for (int s = 0; s < sessions; ++s) {
        const Millis start = kYearStart + rng.below(365) * kDayMs + (rng.below(10 * 60) + 60) * 60'000LL;
        const bool registered = rng.below(10) < 4;
        const std::optional<std::int64_t> learner =
            registered ? std::optional<std::int64_t>(1 + rng.below(static_cast<int>(g.learners))) : std::nullopt;
        const char* reasons[] = {"completed", "completed", "idle", "idle", "staff", "error"};
        const char* reason = reasons[rng.below(6)];
        Millis t = start;
        // Events are inserted with their session and runs; ids come from the insert order.
        auto ins_event = [&](std::int64_t sid, std::optional<std::int64_t> rid, const char* kind,
                             std::optional<int> step, std::optional<std::string> target, std::optional<bool> ok,
                             std::optional<std::int64_t> dur) {
            t += 1000 + rng.below(20'000);
            auto q = must(db.query(kSqlBenchEvent), "prepare");
            if (!q.bind_all(sid, rid, t, kind, step, target, ok, dur).run()) die("insert event");
            ++g.events;
        };
        std::int64_t sid = 0;
        {
            auto q = must(db.query(kSqlBenchSession), "prepare");
            // ended_ms is filled below; insert as ended at start, then fix.
            if (!q.bind_all("kiosk-1", learner, start, start, reason, "vi").run()) die("insert session");
            sid = db.last_insert_id();
            ++g.sessions;
        }
        ins_event(sid, std::nullopt, "session_start", std::nullopt, std::string("vi"), std::nullopt, std::nullopt);
        const int runs = 1 + rng.below(2);
        for (int r = 0; r < runs; ++r) {
            const char* lesson = kLessons[rng.below(10)];
            const int reached = rng.below(3) == 0 ? kSteps - 1 : rng.below(kSteps);
            const bool completed = reached == kSteps - 1;
            const Millis run_start = t;
            std::int64_t rid = 0;
            {
                auto q = must(db.query(kSqlBenchRun), "prepare");
                if (!q.bind_all(sid, lesson, 1, run_start, run_start, completed,
                                completed ? std::optional<int>(rng.below(4)) : std::nullopt, reached, reached)
                         .run())
                    die("insert run");
                rid = db.last_insert_id();
                ++g.runs;
            }
            ins_event(sid, rid, "lesson_start", std::nullopt, std::string(lesson), std::nullopt, std::nullopt);
            for (int step = 0; step <= reached; ++step) {
                ins_event(sid, rid, "step_shown", step, std::nullopt, std::nullopt, std::nullopt);
                if (step % 4 == 1)
                    ins_event(sid, rid, "practice_tap", step, std::string("zalo"), rng.below(4) != 0, std::nullopt);
                if (step % 4 == 3)
                    ins_event(sid, rid, "quiz_answer", step, std::to_string(rng.below(3)), rng.below(3) != 0,
                              std::nullopt);
                if (rng.below(8) == 0)
                    ins_event(sid, rid, "hint_shown", step, std::nullopt, std::nullopt, std::nullopt);
                if (rng.below(6) == 0)
                    ins_event(sid, rid, "listen_pressed", step, std::nullopt, std::nullopt, std::nullopt);
            }
            ins_event(sid, rid, completed ? "lesson_finished" : "lesson_left", std::nullopt, std::nullopt, std::nullopt,
                      std::nullopt);
            auto fix = must(db.query("UPDATE lesson_runs SET ended_ms = ? WHERE id = ?"), "prepare");
            if (!fix.bind_all(t, rid).run()) die("end run");
        }
        ins_event(sid, std::nullopt, "session_end", std::nullopt, std::string(reason), std::nullopt, std::nullopt);
        auto fix = must(db.query("UPDATE sessions SET ended_ms = ? WHERE id = ?"), "prepare");
        if (!fix.bind_all(t, sid).run()) die("end session");
    }
    if (auto st = db.exec(kSqlBenchQuizTally); !st) die(st.error().to_string());
    if (auto st = txn.commit(); !st) die(st.error().to_string());
    return g;
}

struct Row {
    std::string name;
    double best_ms;
    double cold_ms;
    std::size_t rows;
};

// Runs fn five times: the first (cold statement, cold cache) and the best of the rest.
template <class F>
Row time_query(const std::string& name, F fn) {
    double cold = 0, best = 1e18;
    std::size_t rows = 0;
    for (int i = 0; i < 5; ++i) {
        const auto t0 = Steady::now();
        rows = fn();
        const double ms = ms_since(t0);
        if (i == 0)
            cold = ms;
        else
            best = std::min(best, ms);
    }
    return {name, best, cold, rows};
}

template <class T>
std::size_t rows_of(const Result<std::vector<T>>& r) {
    if (!r) die(r.error().to_string());
    return r->size();
}

void bench_reports(const std::string& dir, int sessions) {
    const std::string path = dir + "/reports.db";
    int code = 0;
    Db db = must(open_kiosk_db(path, OpenMode::read_write_create, code), "open");
    if (auto st = migrate(db); !st) die(st.error().to_string());
    const auto t0 = Steady::now();
    const Generated g = generate(db, sessions, 5'000);
    const double gen_ms = ms_since(t0);
    if (auto st = db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !st) die(st.error().to_string());
    if (auto st = db.exec("ANALYZE"); !st) die(st.error().to_string());
    const auto bytes = std::filesystem::file_size(path);

    std::printf(
        "\n== Staff queries: %lld events, %lld sessions, %lld lesson runs, %lld learners"
        " (%.0f MB; generated in %.1f s) ==\n",
        static_cast<long long>(g.events), static_cast<long long>(g.sessions), static_cast<long long>(g.runs),
        static_cast<long long>(g.learners), static_cast<double>(bytes) / 1e6, gen_ms / 1000);

    const TimeRange year{kYearStart, kYearStart + 365 * kDayMs};
    const TimeRange march = local_month_range(2026, 3, 420);
    const TimeRange one_day = local_day_range({2026, 6, 15}, 420);
    std::vector<Row> rows;
    auto add = [&](Row r) { rows.push_back(std::move(r)); };

    add(time_query("sessions per day (year)", [&] { return rows_of(sessions_per_day(db, year, 420)); }));
    add(time_query("use by hour of day (year)", [&] {
        auto r = sessions_by_hour(db, year, 420);
        if (!r) die(r.error().to_string());
        return std::size_t{24};
    }));
    add(time_query("lesson funnel (one lesson, year)",
                   [&] { return rows_of(lesson_funnel(db, "an-toan-otp", year)); }));
    add(time_query("quiz questions most wrong (year)", [&] { return rows_of(quiz_most_wrong(db, year, 20)); }));
    add(time_query("quiz questions most wrong (month)", [&] { return rows_of(quiz_most_wrong(db, march, 20)); }));
    add(time_query("lessons completed (year)", [&] { return rows_of(lessons_completed(db, year)); }));
    add(time_query("median minutes per session (year)", [&] {
        auto r = median_session_minutes(db, year);
        if (!r) die(r.error().to_string());
        return std::size_t{1};
    }));
    add(time_query("sessions by end reason (year)", [&] { return rows_of(sessions_by_end_reason(db, year)); }));
    add(time_query("sessions ended by idle (year)", [&] {
        auto r = sessions_ended_by_idle(db, year);
        if (!r) die(r.error().to_string());
        return std::size_t{1};
    }));
    add(time_query("registered vs anonymous (year)", [&] {
        auto r = registered_vs_anonymous(db, year);
        if (!r) die(r.error().to_string());
        return std::size_t{1};
    }));
    add(time_query("monthly summary (March)", [&] {
        auto r = monthly_summary(db, 2026, 3, 420);
        if (!r) die(r.error().to_string());
        return r->learners_by_ward.size() + r->learners_by_age_band.size();
    }));
    add(time_query("learner search: key prefix", [&] {
        return rows_of(search_learners(db, {"nguyen thi 12", KeyMatch::prefix, std::nullopt, 20}));
    }));
    add(time_query("learner search: key contains + birth year", [&] {
        return rows_of(search_learners(db, {"thi 12", KeyMatch::contains, 1950, 20}));
    }));
    add(time_query("learner by phone + birth year",
                   [&] { return rows_of(find_learners_by_phone(db, "0910001234", std::nullopt)); }));
    add(time_query("learner by resume code", [&] {
        auto r = find_learner_by_code(db, "ABC234");
        if (!r) die(r.error().to_string());
        return std::size_t{r->has_value()};
    }));
    add(time_query("learner progress per lesson", [&] { return rows_of(learner_progress(db, 42)); }));
    add(time_query("resume point", [&] {
        auto r = find_resume_point(db, 42);
        if (!r) die(r.error().to_string());
        return std::size_t{r->has_value()};
    }));
    add(time_query("session timeline", [&] { return rows_of(session_timeline(db, 25'000)); }));
    auto page_rows = [&](const SessionFilter& f, PageRequest p) {
        auto r = list_sessions(db, f, p);
        if (!r) die(r.error().to_string());
        return r->rows.size();
    };
    add(time_query("sessions list, page 1 (all)", [&] { return page_rows({}, {}); }));
    add(time_query("sessions list, page 200 (all)", [&] { return page_rows({}, {50, 10'000}); }));
    SessionFilter by_day;
    by_day.range = one_day;
    add(time_query("sessions list, one day", [&] { return page_rows(by_day, {}); }));
    SessionFilter by_lesson;
    by_lesson.lesson_id = "chuyen-khoan";
    add(time_query("sessions list, one lesson", [&] { return page_rows(by_lesson, {}); }));
    SessionFilter by_learner;
    by_learner.learner_id = 42;
    add(time_query("sessions list, one learner", [&] { return page_rows(by_learner, {}); }));
    SessionFilter by_reason;
    by_reason.end_reason = EndReason::error;
    add(time_query("sessions list, end reason", [&] { return page_rows(by_reason, {}); }));
    add(time_query("close interrupted sessions (start-up)", [&] {
        auto r = close_interrupted_sessions(db, "kiosk-1");
        if (!r) die(r.error().to_string());
        return static_cast<std::size_t>(*r);
    }));
    add(time_query("quick_check (start-up)", [&] {
        auto r = quick_check(db);
        if (!r) die(r.error().to_string());
        return r->size();
    }));

    std::printf("%-44s %10s %10s %8s %s\n", "query", "best ms", "cold ms", "rows", "");
    for (const Row& r : rows)
        std::printf(
            "%-44s %10.2f %10.2f %8zu %s\n", r.name.c_str(), r.best_ms, r.cold_ms, r.rows,
            r.best_ms < 200.0 || r.name.find("start-up") != std::string::npos ? "" : "  <-- over the 200 ms target");

    const auto b0 = Steady::now();
    auto backup = backup_database(db, dir + "/backups", 2, kYearStart);
    if (!backup) die(backup.error().to_string());
    std::printf("%-44s %10.2f %10s %8s\n", "online backup + verify", ms_since(b0), "", "");
}

}  // namespace

int main(int argc, char** argv) {
    std::string dir;
    int enqueue = 100'000;
    int sessions = 50'000;
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--dir") && i + 1 < argc)
            dir = argv[++i];
        else if (!std::strcmp(argv[i], "--enqueue") && i + 1 < argc)
            enqueue = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--sessions") && i + 1 < argc)
            sessions = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--keep"))
            keep = true;
        else {
            std::fprintf(stderr, "usage: bench_store [--dir DIR] [--enqueue N] [--sessions N] [--keep]\n");
            return 2;
        }
    }
    bool made_dir = false;
    if (dir.empty()) {
        std::string tmpl = (std::filesystem::temp_directory_path() / "bench_store-XXXXXX").string();
        if (!::mkdtemp(tmpl.data())) die("cannot create a temporary folder");
        dir = tmpl;
        made_dir = true;
    }
    std::filesystem::create_directories(dir);
    std::printf("bench_store: SQLite in %s\n", dir.c_str());
    bench_recorder(dir, enqueue);
    bench_reports(dir, sessions);
    if (made_dir && !keep) std::filesystem::remove_all(dir);
    return 0;
}
