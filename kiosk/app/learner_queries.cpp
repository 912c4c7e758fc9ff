#include "app/learner_queries.h"

#include "store/learners.h"
#include "store/progress.h"

namespace tramso::app {

namespace {
constexpr int kMostMatchesShown = 8;  // a list longer than this is not one she can read through

FoundLearner found(const store::Learner& l) {
    return FoundLearner{l.id, l.details.full_name, l.code, l.details.birth_year, l.details.ward};
}

template <class T>
bool failed(const Result<T>& r, ev::LearnerReply& reply) {
    if (r) return false;
    reply.ok = false;
    reply.error = r.error().to_string();
    return true;
}
}  // namespace

ev::LearnerReply run_learner_query(store::Store& store, const fx::LearnerQuery& q, Millis now_ms,
                                   const RandomSource& random) {
    using Kind = fx::LearnerQuery::Kind;
    ev::LearnerReply reply;
    reply.ticket = q.ticket;
    switch (q.kind) {
        case Kind::Create: {
            store::LearnerDetails d;
            d.full_name = q.name;
            d.search_key = q.search_key;
            d.birth_year = q.birth_year;
            d.phone = q.phone;
            d.ward = q.ward;
            d.union_member = q.union_member;
            auto created =
                store.query([&](store::Db& db) { return store::create_learner(db, d, q.consent_ms, now_ms, random); });
            if (!failed(created, reply)) reply.learners.push_back(found(*created));
            break;
        }
        case Kind::ByCode: {
            auto l = store.query([&](store::Db& db) { return store::find_learner_by_code(db, q.code); });
            if (!failed(l, reply) && *l) reply.learners.push_back(found(**l));
            break;
        }
        case Kind::ByPhone: {
            auto ls =
                store.query([&](store::Db& db) { return store::find_learners_by_phone(db, q.phone, q.birth_year); });
            if (!failed(ls, reply))
                for (const auto& l : *ls) reply.learners.push_back(found(l));
            break;
        }
        case Kind::ByName: {
            store::LearnerSearch s;
            s.key = q.search_key;
            s.match = store::KeyMatch::contains;  // "hoa" finds "nguyen thi hoa"
            s.birth_year = q.birth_year;
            s.limit = kMostMatchesShown;
            auto ls = store.query([&](store::Db& db) { return store::search_learners(db, s); });
            if (!failed(ls, reply))
                for (const auto& l : *ls) reply.learners.push_back(found(l));
            break;
        }
        case Kind::Progress: {
            auto rows = store.query([&](store::Db& db) { return store::learner_progress(db, q.learner_id); });
            if (failed(rows, reply)) break;
            for (const auto& p : *rows) {
                LessonProgressRow row;
                row.lesson_id = p.lesson_id;
                row.completed = p.completed;
                row.furthest_step = p.furthest_step;
                reply.progress.push_back(std::move(row));
            }
            auto at = store.query([&](store::Db& db) { return store::find_resume_point(db, q.learner_id); });
            if (failed(at, reply)) break;
            if (*at) {
                ResumeAt r;
                r.lesson_id = (*at)->lesson_id;
                r.lesson_version = (*at)->lesson_version;
                r.step = (*at)->step;
                reply.resume = std::move(r);
            }
            break;
        }
    }
    return reply;
}

}  // namespace tramso::app
