#include "app/store_jobs.h"

#include "app/learner_queries.h"
#include "app/staff_data.h"
#include "lessons/content.h"

namespace tramso::app {

std::optional<StoreJob> store_job(const Effect& effect) {
    return std::visit(
        [](const auto& e) -> std::optional<StoreJob> {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, fx::StaffCommand>) {
                if (e.kind == fx::StaffCommand::Kind::ExitKiosk) return std::nullopt;  // the runtime's
                return StoreJob{e};
            } else if constexpr (std::is_constructible_v<StoreJob, E>) {
                return StoreJob{e};
            } else {
                return std::nullopt;
            }
        },
        effect);
}

std::optional<Event> failure_answer(const StoreJob& job, const std::string& what) {
    if (const auto* q = std::get_if<fx::LearnerQuery>(&job)) {
        ev::LearnerReply reply;
        reply.ticket = q->ticket;
        reply.ok = false;
        reply.error = what;
        return reply;
    }
    if (const auto* l = std::get_if<fx::StaffLoad>(&job)) {
        auto data = std::make_shared<StaffData>();
        data->error = what;
        return loaded_event(std::move(data), l->ticket);
    }
    if (std::holds_alternative<fx::StaffCommand>(job)) return ev::StaffDone{"staff.error", what, true};
    return std::nullopt;
}

KioskStoreJobs::KioskStoreJobs(store::Store& store, const Config& config, const Clock& clock,
                               const StringTable& strings, std::optional<std::uint32_t> seed)
    : m_store(store),
      m_config(config),
      m_clock(clock),
      m_strings(strings),
      m_staff(store, config, clock),
      m_random(seed ? *seed : std::random_device{}()) {}

std::optional<Event> KioskStoreJobs::run(const StoreWork& work) {
    static const Content kNoContent;
    const Content& content = work.content ? *work.content : kNoContent;
    if (const auto* q = std::get_if<fx::LearnerQuery>(&work.job))
        return run_learner_query(m_store, *q, m_clock.wall_ms(), [this] { return std::uint32_t(m_random()); });
    if (const auto* c = std::get_if<fx::StaffCommand>(&work.job); c && c->kind == fx::StaffCommand::Kind::ReloadLessons)
        return reload_lessons(work.lang);
    return std::visit([&](const auto& job) { return m_staff.carry_out(Effect{job}, content); }, work.job);
}

ev::StaffContentReloaded KioskStoreJobs::reload_lessons(Lang lang) {
    auto content = std::make_shared<const Content>(load_content(m_config.paths.content_dir));
    const std::string ok = std::to_string(content->lessons.size());
    const std::string skipped = std::to_string(content->skipped.size());
    (void)m_staff.carry_out(Effect{fx::StaffAudit{"reload_lessons", ok + " OK, " + skipped + " skipped"}}, *content);
    ev::StaffContentReloaded done;
    done.detail = m_strings.format(lang, "staff.maintenance.reload_counts", {{"ok", ok}, {"skipped", skipped}});
    done.problems = !content->skipped.empty();
    done.content = std::move(content);
    return done;
}

}  // namespace tramso::app
