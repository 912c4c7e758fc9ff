#include "store/reports.h"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

namespace tramso::store {

namespace {

// sessions_by_start (started_ms, ended_ms, end_reason, learner_id) covers every range query on
// sessions below: they read the index alone.
constexpr char kSqlSessionsPerDay[] =
    "SELECT (started_ms + ?1) / ?2 AS day, count(*) FROM sessions "
    "WHERE started_ms >= ?3 AND started_ms < ?4 GROUP BY day ORDER BY day";

constexpr char kSqlSessionsByHour[] =
    "SELECT ((started_ms + ?1) % ?2) / ?3 AS hour, count(*) FROM sessions "
    "WHERE started_ms >= ?4 AND started_ms < ?5 GROUP BY hour ORDER BY hour";

// lesson_runs_by_lesson (lesson_id, started_ms, completed, max_step, session_id) covers this
// and the other lesson_runs queries; the writer keeps max_step per run.
constexpr char kSqlFunnel[] =
    "SELECT max_step, count(*) FROM lesson_runs "
    "WHERE lesson_id = ? AND started_ms >= ? AND started_ms < ? "
    "GROUP BY max_step ORDER BY max_step";

// quiz_hourly, maintained by the writer: a few thousand rows a year instead of every answer.
// Summed here rather than with GROUP BY, which would sort every row first.
constexpr char kSqlQuizTally[] =
    "SELECT lesson_id, step, answers, wrong FROM quiz_hourly "
    "WHERE hour >= ? AND hour < ? ORDER BY hour, lesson_id, step";

// Streams in lesson order through lesson_runs_by_lesson (a skip-scan over lesson ids).
constexpr char kSqlLessonsCompleted[] =
    "SELECT lesson_id, count(*), sum(completed) FROM lesson_runs "
    "WHERE started_ms >= ? AND started_ms < ? GROUP BY lesson_id ORDER BY lesson_id";

// Durations for the median, picked in C++ (an ORDER BY on the expression would sort them all).
constexpr char kSqlSessionDurations[] =
    "SELECT ended_ms - started_ms FROM sessions "
    "WHERE started_ms >= ? AND started_ms < ? AND ended_ms IS NOT NULL ORDER BY started_ms";

constexpr char kSqlSessionsByEndReason[] =
    "SELECT coalesce(end_reason, 'open') AS reason, count(*) FROM sessions "
    "WHERE started_ms >= ? AND started_ms < ? GROUP BY reason ORDER BY reason";

constexpr char kSqlSessionsEndedBy[] =
    "SELECT count(*) FROM sessions WHERE started_ms >= ? AND started_ms < ? AND end_reason = ?";

constexpr char kSqlRegisteredVsAnonymous[] =
    "SELECT count(learner_id), count(*) - count(learner_id), count(DISTINCT learner_id) "
    "FROM sessions WHERE started_ms >= ? AND started_ms < ?";

constexpr char kSqlCompletedRuns[] =
    "SELECT count(*) FROM lesson_runs "
    "WHERE started_ms >= ? AND started_ms < ? AND completed = 1";

// learners_by_created (created_ms).
constexpr char kSqlNewRegistrations[] = "SELECT count(*) FROM learners WHERE created_ms >= ? AND created_ms < ?";

// Age in the report's year from the birth year, or the middle of the decade once erased.
// The band is a number (0 under 40, 1 40–49, … 5 80+, 6 unknown) so it sorts in order.
constexpr char kSqlLearnersByAgeBand[] =
    "SELECT band, count(*) FROM ("
    "  SELECT DISTINCT l.id, CASE"
    "    WHEN coalesce(l.birth_year, l.birth_decade + 5) IS NULL THEN 6"
    "    WHEN ?1 - coalesce(l.birth_year, l.birth_decade + 5) < 40 THEN 0"
    "    WHEN ?1 - coalesce(l.birth_year, l.birth_decade + 5) < 50 THEN 1"
    "    WHEN ?1 - coalesce(l.birth_year, l.birth_decade + 5) < 60 THEN 2"
    "    WHEN ?1 - coalesce(l.birth_year, l.birth_decade + 5) < 70 THEN 3"
    "    WHEN ?1 - coalesce(l.birth_year, l.birth_decade + 5) < 80 THEN 4"
    "    ELSE 5 END AS band"
    "  FROM sessions AS s JOIN learners AS l ON l.id = s.learner_id"
    "  WHERE s.started_ms >= ?2 AND s.started_ms < ?3) "
    "GROUP BY band ORDER BY band";

constexpr char kSqlLearnersByWard[] =
    "SELECT coalesce(l.ward, '') AS ward, count(DISTINCT l.id) AS n "
    "FROM sessions AS s JOIN learners AS l ON l.id = s.learner_id "
    "WHERE s.started_ms >= ? AND s.started_ms < ? GROUP BY ward ORDER BY n DESC, ward";

constexpr std::array<const char*, 7> kAgeBandLabels = {"under 40", "40–49", "50–59",  "60–69",
                                                       "70–79",    "80+",   "unknown"};

std::int64_t offset_ms(int utc_offset_minutes) { return std::int64_t{utc_offset_minutes} * 60'000; }

Result<int> count_query(Db& db, const char* sql, TimeRange range) {
    auto q = db.query(sql);
    if (!q) return q.error();
    q->bind_all(range.from_ms, range.to_ms);
    auto row = q->next();
    if (!row) return row.error();
    return *row ? q->int32(0) : 0;
}

}  // namespace

TimeRange local_day_range(CivilDate day, int utc_offset_minutes) {
    return {local_day_start_ms(day, utc_offset_minutes),
            local_day_start_ms(add_days(day, std::chrono::days{1}), utc_offset_minutes)};
}

TimeRange local_month_range(int year, int month, int utc_offset_minutes) {
    const CivilDate first{year, month, 1};
    return {local_day_start_ms(first, utc_offset_minutes),
            local_day_start_ms(first_of_month(first, std::chrono::months{1}), utc_offset_minutes)};
}

Result<std::vector<DayCount>> sessions_per_day(Db& db, TimeRange range, int utc_offset_minutes) {
    auto q = db.query(kSqlSessionsPerDay);
    if (!q) return q.error();
    q->bind_all(offset_ms(utc_offset_minutes), kDayMs, range.from_ms, range.to_ms);
    std::vector<DayCount> out;
    auto st = for_each_row(*q, [&](Query& r) {
        const std::chrono::sys_days day{std::chrono::days{r.int64(0)}};
        out.push_back({to_civil_date(day), r.int32(1)});
    });
    if (!st) return st.error();
    return out;
}

Result<std::array<int, 24>> sessions_by_hour(Db& db, TimeRange range, int utc_offset_minutes) {
    auto q = db.query(kSqlSessionsByHour);
    if (!q) return q.error();
    q->bind_all(offset_ms(utc_offset_minutes), kDayMs, kHourMs, range.from_ms, range.to_ms);
    std::array<int, 24> out{};
    auto st = for_each_row(*q, [&](Query& r) {
        const auto hour = r.int64(0);
        if (hour >= 0 && hour < 24) out[static_cast<std::size_t>(hour)] = r.int32(1);
    });
    if (!st) return st.error();
    return out;
}

Result<std::vector<FunnelStep>> lesson_funnel(Db& db, std::string_view lesson_id, TimeRange range) {
    auto q = db.query(kSqlFunnel);
    if (!q) return q.error();
    q->bind_all(lesson_id, range.from_ms, range.to_ms);
    std::vector<int> ended_at;  // runs whose furthest step was exactly i
    auto st = for_each_row(*q, [&](Query& r) {
        const auto step = r.int64(0);
        if (step < 0 || step > 10'000) return;
        if (ended_at.size() <= static_cast<std::size_t>(step)) ended_at.resize(step + 1, 0);
        ended_at[static_cast<std::size_t>(step)] = r.int32(1);
    });
    if (!st) return st.error();
    std::vector<FunnelStep> out(ended_at.size());
    int reached = 0;
    for (std::size_t i = ended_at.size(); i-- > 0;) {
        reached += ended_at[i];
        out[i] = {static_cast<int>(i), reached};
    }
    return out;
}

Result<std::vector<QuizMisses>> quiz_most_wrong(Db& db, TimeRange range, int limit) {
    // Hours whose start lies in the range.
    auto first_hour_at_or_after = [](Millis ms) { return ms / kHourMs + (ms % kHourMs > 0 ? 1 : 0); };
    auto q = db.query(kSqlQuizTally);
    if (!q) return q.error();
    q->bind_all(first_hour_at_or_after(range.from_ms), first_hour_at_or_after(range.to_ms));
    std::map<std::pair<std::string, int>, QuizMisses> by_question;
    auto st = for_each_row(*q, [&](Query& r) {
        std::pair<std::string, int> key{r.text(0), r.int32(1)};
        QuizMisses& m = by_question[key];
        m.lesson_id = key.first;
        m.step = key.second;
        m.answers += r.int32(2);
        m.wrong += r.int32(3);
    });
    if (!st) return st.error();
    std::vector<QuizMisses> out;
    for (auto& [key, m] : by_question)
        if (m.wrong > 0) out.push_back(std::move(m));
    // Most wrong first; ties by lesson and step so the order is stable.
    std::stable_sort(out.begin(), out.end(),
                     [](const QuizMisses& a, const QuizMisses& b) { return a.wrong > b.wrong; });
    if (limit >= 0 && out.size() > static_cast<std::size_t>(limit)) out.resize(limit);
    return out;
}

Result<std::vector<LessonCompletion>> lessons_completed(Db& db, TimeRange range) {
    auto q = db.query(kSqlLessonsCompleted);
    if (!q) return q.error();
    q->bind_all(range.from_ms, range.to_ms);
    std::vector<LessonCompletion> out;
    auto st = for_each_row(*q, [&](Query& r) { out.push_back({r.text(0), r.int32(1), r.int32(2)}); });
    if (!st) return st.error();
    return out;
}

Result<std::optional<double>> median_session_minutes(Db& db, TimeRange range) {
    auto q = db.query(kSqlSessionDurations);
    if (!q) return q.error();
    q->bind_all(range.from_ms, range.to_ms);
    std::vector<std::int64_t> d;
    auto st = for_each_row(*q, [&](Query& r) { d.push_back(r.int64(0)); });
    if (!st) return st.error();
    if (d.empty()) return std::optional<double>{};
    const std::size_t mid = d.size() / 2;
    std::nth_element(d.begin(), d.begin() + static_cast<std::ptrdiff_t>(mid), d.end());
    double median = static_cast<double>(d[mid]);
    if (d.size() % 2 == 0) {
        // The other middle value is the largest of the lower half.
        median =
            (median + static_cast<double>(*std::max_element(d.begin(), d.begin() + static_cast<std::ptrdiff_t>(mid)))) /
            2;
    }
    return std::optional<double>{median / 60'000.0};
}

Result<std::vector<EndReasonCount>> sessions_by_end_reason(Db& db, TimeRange range) {
    auto q = db.query(kSqlSessionsByEndReason);
    if (!q) return q.error();
    q->bind_all(range.from_ms, range.to_ms);
    std::vector<EndReasonCount> out;
    auto st = for_each_row(*q, [&](Query& r) { out.push_back({r.text(0), r.int32(1)}); });
    if (!st) return st.error();
    return out;
}

Result<int> sessions_ended_by_idle(Db& db, TimeRange range) {
    auto q = db.query(kSqlSessionsEndedBy);
    if (!q) return q.error();
    q->bind_all(range.from_ms, range.to_ms, "idle");
    auto row = q->next();
    if (!row) return row.error();
    return *row ? q->int32(0) : 0;
}

Result<RegisteredVsAnonymous> registered_vs_anonymous(Db& db, TimeRange range) {
    auto q = db.query(kSqlRegisteredVsAnonymous);
    if (!q) return q.error();
    q->bind_all(range.from_ms, range.to_ms);
    auto row = q->next();
    if (!row) return row.error();
    if (!*row) return RegisteredVsAnonymous{};
    return RegisteredVsAnonymous{q->int32(0), q->int32(1), q->int32(2)};
}

Result<MonthlySummary> monthly_summary(Db& db, int year, int month, int utc_offset_minutes) {
    const TimeRange range = local_month_range(year, month, utc_offset_minutes);
    MonthlySummary m;
    m.year = year;
    m.month = month;

    auto who = registered_vs_anonymous(db, range);
    if (!who) return who.error();
    m.sessions = who->registered_sessions + who->anonymous_sessions;
    m.anonymous_sessions = who->anonymous_sessions;
    m.distinct_learners = who->distinct_learners;

    auto done = count_query(db, kSqlCompletedRuns, range);
    if (!done) return done.error();
    m.lessons_completed = *done;
    auto fresh = count_query(db, kSqlNewRegistrations, range);
    if (!fresh) return fresh.error();
    m.new_registrations = *fresh;

    {
        auto q = db.query(kSqlLearnersByAgeBand);
        if (!q) return q.error();
        q->bind_all(year, range.from_ms, range.to_ms);
        auto st = for_each_row(*q, [&](Query& r) {
            const auto band = r.int64(0);
            if (band >= 0 && band < static_cast<std::int64_t>(kAgeBandLabels.size()))
                m.learners_by_age_band.push_back({kAgeBandLabels[static_cast<std::size_t>(band)], r.int32(1)});
        });
        if (!st) return st.error();
    }
    {
        auto q = db.query(kSqlLearnersByWard);
        if (!q) return q.error();
        q->bind_all(range.from_ms, range.to_ms);
        auto st = for_each_row(*q, [&](Query& r) { m.learners_by_ward.push_back({r.text(0), r.int32(1)}); });
        if (!st) return st.error();
    }
    return m;
}

}  // namespace tramso::store
