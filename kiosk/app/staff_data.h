// Staff mode: what a staff page shows, loaded from the store by the adapter
// (staff_service.h) and carried into the flow state by ev::StaffLoaded. Plain data: the screens
// draw it, tests compare it. The flow never looks inside (it is pure and knows no store types):
// what it needs travels beside the data in the event (loaded_event below).
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/staff_state.h"
#include "store/help_requests.h"
#include "store/learners.h"
#include "store/progress.h"
#include "store/session_queries.h"

namespace tramso::app {

// The figures for one period (today, 7 days, 30 days).
struct PeriodFigures {
    int sessions = 0;
    int registered_learners = 0;  // distinct registered learners with a session
    int anonymous_sessions = 0;
    int lessons_completed = 0;
    std::optional<double> median_minutes;
    int ended_by_idle = 0;
};

struct LessonFunnel {
    std::string lesson_id;
    std::string title;
    int steps = 0;             // steps the lesson has now
    std::vector<int> reached;  // [i]: runs that reached step i (0-based)
};

struct QuizMiss {
    std::string lesson_title;
    int step = 0;  // 0-based
    int wrong = 0;
    int answers = 0;
};

// One line of station health: a string key for its name, the value, and whether it is a problem.
struct HealthLine {
    std::string label_key;
    std::string value;
    bool problem = false;
};

struct StaffDashboard {
    PeriodFigures today, week, month;
    std::vector<int> sessions_per_day;    // the last 30 days, oldest first, today last
    std::vector<std::string> day_labels;  // "12/11", same length
    std::array<int, 24> by_hour{};        // last 30 days
    std::vector<LessonFunnel> funnels;    // lessons with runs in the last 30 days
    std::vector<QuizMiss> quiz_misses;    // most often wrong first, last 30 days
    // Today's "Nhờ cán bộ giúp", oldest first; lesson_id holds the lesson's title. The one
    // open now comes from the flow (State::help), which knows it before the store does.
    std::vector<store::HelpRequestRow> help_today;
    std::vector<HealthLine> health;
    std::vector<std::string> warnings;  // skipped lesson files, backup errors (technical detail)
    // Storage conditions as string-table sentences: the key and its {placeholders}.
    struct Notice {
        std::string key;
        std::vector<std::pair<std::string, std::string>> args;
        bool problem = false;
    };
    std::vector<Notice> notices;
};

struct TimelineStep {
    std::string lesson_title;
    int step = 0;
    long long ms = 0;  // time on it (0 if unknown)
    int taps = 0, wrong_taps = 0, answers = 0, wrong_answers = 0, hints = 0, listens = 0;
};

struct StaffData {
    std::string error;  // the store could not answer; shown instead of the page
    std::optional<StaffDashboard> dashboard;
    store::SessionPage sessions;
    std::optional<store::SessionRow> session;
    std::vector<store::TimelineEvent> timeline;
    std::vector<TimelineStep> steps;                      // the timeline folded by step
    std::map<std::string, std::string> timeline_lessons;  // lesson id → title, for the timeline
    std::vector<store::Learner> learners;
    std::optional<store::Learner> learner;
    std::vector<store::LessonProgress> progress;
    std::vector<std::string> lesson_titles;  // for progress rows (same order), and the sessions filter
};

inline LearnerForm learner_form(const store::LearnerDetails& d) {
    return LearnerForm{d.full_name, d.search_key, d.birth_year, d.phone, d.ward, d.union_member};
}
inline store::LearnerDetails learner_details(const LearnerForm& f) {
    return store::LearnerDetails{f.full_name, f.search_key, f.birth_year, f.phone, f.ward, f.union_member};
}

// The answer to the load with `ticket`: the page's data and the few facts the flow uses.
inline ev::StaffLoaded loaded_event(std::shared_ptr<const StaffData> data, std::uint64_t ticket) {
    ev::StaffLoaded e;
    e.ticket = ticket;
    if (data->learner) e.learner = learner_form(data->learner->details);
    e.sessions_total = data->sessions.total;
    e.data = std::move(data);
    return e;
}

}  // namespace tramso::app
