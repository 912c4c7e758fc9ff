// Staff reports: aggregate, anonymous figures over a time range. Each function runs one named
// SQL constant (see reports.cpp for the index each relies on); bench_store times them over a
// million events. Times are epoch ms; days and hours are local, by the kiosk's UTC offset.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_time.h"
#include "core/clock.h"
#include "store/sqlite_db.h"

namespace tramso::store {

// Half-open: from_ms <= t < to_ms.
struct TimeRange {
    Millis from_ms = 0;
    Millis to_ms = std::numeric_limits<Millis>::max();
};
TimeRange local_day_range(CivilDate day, int utc_offset_minutes);
TimeRange local_month_range(int year, int month, int utc_offset_minutes);

struct DayCount {
    CivilDate day;
    int sessions = 0;
};
// Days without sessions are left out.
Result<std::vector<DayCount>> sessions_per_day(Db& db, TimeRange range, int utc_offset_minutes);

// Sessions started in each hour of the local day, [0] = 00:00–00:59.
Result<std::array<int, 24>> sessions_by_hour(Db& db, TimeRange range, int utc_offset_minutes);

struct FunnelStep {
    int step = 0;
    int runs_reached = 0;  // runs that showed this step or a later one
};
// For runs of one lesson started in range, from step 0 to the furthest step any run reached.
Result<std::vector<FunnelStep>> lesson_funnel(Db& db, std::string_view lesson_id, TimeRange range);

struct QuizMisses {
    std::string lesson_id;
    int step = 0;
    int wrong = 0;
    int answers = 0;
};
// Quiz questions by wrong answers given, most first. Counted by whole hours: answers in the
// hours that start inside the range (exact for day and month ranges).
Result<std::vector<QuizMisses>> quiz_most_wrong(Db& db, TimeRange range, int limit);

struct LessonCompletion {
    std::string lesson_id;
    int started = 0;
    int completed = 0;
};
// Per lesson, runs started in range and how many of them finished; by lesson id.
Result<std::vector<LessonCompletion>> lessons_completed(Db& db, TimeRange range);

// Median length of ended sessions started in range; nullopt when there are none.
Result<std::optional<double>> median_session_minutes(Db& db, TimeRange range);

struct EndReasonCount {
    std::string reason;  // "completed", "idle", …, or "open" for sessions still running
    int sessions = 0;
};
Result<std::vector<EndReasonCount>> sessions_by_end_reason(Db& db, TimeRange range);
Result<int> sessions_ended_by_idle(Db& db, TimeRange range);

struct RegisteredVsAnonymous {
    int registered_sessions = 0;
    int anonymous_sessions = 0;
    int distinct_learners = 0;
};
Result<RegisteredVsAnonymous> registered_vs_anonymous(Db& db, TimeRange range);

struct LabelCount {
    std::string label;
    int count = 0;
};

struct MonthlySummary {
    int year = 0;
    int month = 0;
    int sessions = 0;
    int anonymous_sessions = 0;
    int distinct_learners = 0;  // registered learners with a session this month
    int lessons_completed = 0;
    int new_registrations = 0;
    std::vector<LabelCount> learners_by_age_band;  // "under 40", "40–49", …, "80+", "unknown"
    std::vector<LabelCount> learners_by_ward;      // most first; "" = not given
};
Result<MonthlySummary> monthly_summary(Db& db, int year, int month, int utc_offset_minutes);

}  // namespace tramso::store
