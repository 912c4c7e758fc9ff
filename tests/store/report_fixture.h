// A small, fully known month of kiosk use (times local, UTC+7) for the report and session
// list tests. Expected figures are worked out by hand in the comments.
#pragma once

#include "store/learners.h"
#include "store/reports.h"
#include "store_test_util.h"

namespace store_test {

inline constexpr int kOffset = 7 * 60;

inline Millis at(int month, int day, int hour, int minute) {
    return local_day_start_ms({2026, month, day}, kOffset) + (hour * 60 + minute) * 60'000LL;
}

struct ReportFixture {
    Db db = memory_db();
    std::int64_t learner_a = 0;  // born 1958, Phường 5, registered in February
    std::int64_t learner_b = 0;  // born 1975, Xã An Phú, registered 3 March
    std::uint64_t s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;

    ReportFixture() {
        LearnerDetails a{"Nguyễn Thị Hoà", "nguyen thi hoa", 1958, "0912345678", "Phường 5", true};
        LearnerDetails b{"Trần Thị Lan", "tran thi lan", 1975, "", "Xã An Phú", false};
        auto la = create_learner(db, a, at(2, 15, 9, 0), at(2, 15, 9, 0), seeded_random(1));
        auto lb = create_learner(db, b, at(3, 3, 13, 55), at(3, 3, 13, 55), seeded_random(2));
        REQUIRE(la.ok());
        REQUIRE(lb.ok());
        learner_a = la->id;
        learner_b = lb->id;

        Scribe w(db);
        // 2 March, 08:10–08:30, A finishes "otp"; one wrong then one right answer at step 2.
        s1 = w.session(at(3, 2, 8, 10), learner_a);
        auto r1 = w.run(s1, at(3, 2, 8, 11), "otp");
        w.steps(s1, r1, at(3, 2, 8, 12), 4);
        w.event(s1, r1, at(3, 2, 8, 15), EventKind::quiz_answer, 2, "1", false);
        w.event(s1, r1, at(3, 2, 8, 16), EventKind::quiz_answer, 2, "0", true);
        w.end_run(r1, at(3, 2, 8, 29), true, 2);
        w.end_session(s1, at(3, 2, 8, 30), EndReason::completed);
        // 2 March, 09:05–09:15, anonymous, leaves "otp" after step 1, idle.
        s2 = w.session(at(3, 2, 9, 5));
        auto r2 = w.run(s2, at(3, 2, 9, 6), "otp");
        w.steps(s2, r2, at(3, 2, 9, 7), 1);
        w.end_session(s2, at(3, 2, 9, 15), EndReason::idle);
        // 2 March, 09:40–10:10, anonymous, "zalo" to step 3, two wrong answers, idle.
        s3 = w.session(at(3, 2, 9, 40));
        auto r3 = w.run(s3, at(3, 2, 9, 41), "zalo");
        w.steps(s3, r3, at(3, 2, 9, 42), 3);
        w.event(s3, r3, at(3, 2, 9, 50), EventKind::quiz_answer, 3, "2", false);
        w.event(s3, r3, at(3, 2, 9, 51), EventKind::quiz_answer, 3, "1", false);
        w.end_session(s3, at(3, 2, 10, 10), EndReason::idle);
        // 3 March, 14:00–14:40, B finishes "zalo" (right at step 3); staff ends it.
        s4 = w.session(at(3, 3, 14, 0), learner_b);
        auto r4 = w.run(s4, at(3, 3, 14, 1), "zalo");
        w.steps(s4, r4, at(3, 3, 14, 2), 5);
        w.event(s4, r4, at(3, 3, 14, 10), EventKind::quiz_answer, 3, "0", true);
        w.end_run(r4, at(3, 3, 14, 39), true, 1);
        w.end_session(s4, at(3, 3, 14, 40), EndReason::staff);
        // 3 March, 14:30–14:35, A finishes "otp" again.
        s5 = w.session(at(3, 3, 14, 30), learner_a);
        auto r5 = w.run(s5, at(3, 3, 14, 31), "otp");
        w.steps(s5, r5, at(3, 3, 14, 32), 4);
        w.end_run(r5, at(3, 3, 14, 34), true, 2);
        w.end_session(s5, at(3, 3, 14, 35), EndReason::completed);
        // 1 April, 08:00, anonymous, still open.
        s6 = w.session(at(4, 1, 8, 0));
    }

    TimeRange march() const { return local_month_range(2026, 3, kOffset); }
};

}  // namespace store_test
