// [SECTION] effects: PIN, audit, loads, commands
// [SECTION] pages: dashboard, sessions, learners
#include "app/staff_service.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include "app/staff_pin.h"
#include "core/civil_time.h"
#include "store/exports.h"
#include "store/kiosk_meta.h"
#include "store/reports.h"
#include "store/retention.h"
#include "store/staff_audit.h"
#include "text/names.h"

#ifndef TRAMSO_VERSION
#define TRAMSO_VERSION "dev"
#endif

namespace tramso::app {
namespace {

constexpr std::string_view kMetaDefaultLanguage = "default_language";
constexpr int kDashboardDays = 30;

// "0.3 MB", "73.9 GB": a disk's free space reads better in gigabytes.
std::string megabytes(std::uintmax_t bytes) {
    char buf[32];
    if (bytes >= 10'000'000'000ull)
        std::snprintf(buf, sizeof buf, "%.1f GB", double(bytes) / 1e9);
    else
        std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / 1e6);
    return buf;
}

std::string duration_text(Millis ms) {
    const long long minutes = ms / 60'000;
    char buf[48];
    if (minutes >= 60 * 24)
        std::snprintf(buf, sizeof buf, "%lld d %lld h", minutes / 1440, minutes / 60 % 24);
    else
        std::snprintf(buf, sizeof buf, "%lld h %02lld min", minutes / 60, minutes % 60);
    return buf;
}

const char* condition_name(store::StorageCondition c) {
    switch (c) {
        case store::StorageCondition::ok:
            return "OK";
        case store::StorageCondition::disk_full:
            return "disk full";
        case store::StorageCondition::read_only:
            return "read-only";
        case store::StorageCondition::unavailable:
            return "unavailable";
        case store::StorageCondition::damaged:
            return "damaged";
    }
    return "?";
}

}  // namespace

StaffService::StaffService(store::Store& store, const Config& config, const Clock& clock)
    : m_store(store), m_config(config), m_clock(clock), m_started_ms(clock.monotonic_ms()) {}

// ---------------------------------------------------------------------------------------------
// [SECTION] effects
// ---------------------------------------------------------------------------------------------

void StaffService::audit(const std::string& action, const std::string& detail) {
    const Millis now = m_clock.wall_ms();
    (void)m_store.query([&](store::Db& db) { return store::append_audit(db, now, action, detail); });
}

std::vector<Event> StaffService::carry_out(const std::vector<Effect>& effects, const Content& content) {
    std::vector<Event> out;
    for (const Effect& effect : effects)
        if (auto answer = carry_out(effect, content)) out.push_back(std::move(*answer));
    return out;
}

std::optional<Event> StaffService::carry_out(const Effect& effect, const Content& content) {
    m_content = &content;
    std::optional<Event> out;
    {
        if (const auto* a = std::get_if<fx::StaffAudit>(&effect)) {
            audit(a->action, a->detail);
        } else if (std::get_if<fx::StaffCheckPinSet>(&effect)) {
            auto hash = m_store.query([](store::Db& db) { return staff_pin_hash(db); });
            ev::StaffPinKnown known{hash && *hash};
            auto attempts = m_store.query([](store::Db& db) { return load_pin_attempts(db); });
            if (attempts) {
                known.failed_attempts = attempts->failed_attempts;
                known.locked_for_ms = std::max<Millis>(0, attempts->locked_until_wall_ms - m_clock.wall_ms());
            } else if (hash) {
                // Only someone who can write the database gets here, and they could replace the
                // hash too: count from zero, but leave a trace.
                audit("pin_attempts_unreadable", attempts.error().to_string());
            }
            out = known;
        } else if (const auto* s = std::get_if<fx::StaffSavePinAttempts>(&effect)) {
            const Millis now = m_clock.wall_ms();
            const PinAttempts attempts{s->failed_attempts, s->locked_for_ms > 0 ? now + s->locked_for_ms : 0};
            (void)m_store.query([&](store::Db& db) { return save_pin_attempts(db, attempts, now); });
        } else if (const auto* v = std::get_if<fx::StaffVerifyPin>(&effect)) {
            auto hash = m_store.query([](store::Db& db) { return staff_pin_hash(db); });
            out = ev::StaffPinChecked{hash && *hash && pin_matches(**hash, v->pin)};
        } else if (const auto* l = std::get_if<fx::StaffLoad>(&effect)) {
            out = loaded_event(std::make_shared<const StaffData>(load(*l, content)), l->ticket);
        } else if (const auto* c = std::get_if<fx::StaffCommand>(&effect)) {
            ev::StaffDone done = run(*c);
            if (!done.notice_key.empty()) out = std::move(done);
        }
    }
    return out;
}

std::optional<Lang> StaffService::saved_default_language() {
    auto v = m_store.query([](store::Db& db) { return store::get_meta(db, kMetaDefaultLanguage); });
    if (!v || !*v) return std::nullopt;
    return lang_from_code(**v);
}

ev::StaffDone StaffService::run(const fx::StaffCommand& c) {
    using Kind = fx::StaffCommand::Kind;
    const Millis now = m_clock.wall_ms();
    switch (c.kind) {
        case Kind::SaveLearner: {
            const store::LearnerDetails details = learner_details(c.details);
            auto st = m_store.query([&](store::Db& db) { return store::update_learner(db, c.learner_id, details); });
            if (!st) return {"staff.learner.save_failed", st.error().to_string(), true};
            return {"staff.learner.saved"};
        }
        case Kind::EraseLearner: {
            auto st = m_store.query([&](store::Db& db) {
                return store::erase_learner(db, c.learner_id, now, "erased by staff in staff mode");
            });
            if (!st) return {"staff.learner.erase_failed", st.error().to_string(), true};
            return {"staff.learner.erased_done"};
        }
        case Kind::Export: {
            const CivilDate first = first_of_month(local_date(now, offset()), std::chrono::months{c.month_offset});
            const int year = first.year, month = first.month;
            auto built = m_store.query([&](store::Db& db) {
                return store::build_month_export(db, year, month, offset(), m_config.kiosk.id,
                                                 [&](std::string_view id) { return lesson_title(id); });
            });
            if (!built) return {"staff.export.failed", built.error().to_string(), true};
            auto written = store::write_month_export(*built, m_config.staff.export_dir, m_config.kiosk.id);
            if (!written) {
                audit("export_failed", written.error().to_string());
                return {"staff.export.failed", written.error().to_string(), true};
            }
            char month_buf[16];
            std::snprintf(month_buf, sizeof month_buf, "%04d-%02d", year, month);
            audit("export", std::string(month_buf) + " to " + m_config.staff.export_dir);
            return {"staff.export.done", m_config.staff.export_dir};
        }
        case Kind::SetLanguage: {
            (void)m_store.query(
                [&](store::Db& db) { return store::set_meta(db, kMetaDefaultLanguage, lang_code(c.lang), now); });
            return {};
        }
        case Kind::ReloadLessons:
        case Kind::ExitKiosk:
            return {};  // the kiosk app owns the content, printer and loop
    }
    return {};
}

std::string StaffService::lesson_title(std::string_view id) const {
    for (const Lesson& l : m_content->lessons)
        if (l.id == id) return l.title.get(Lang::vi);
    return std::string(id);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] pages
// ---------------------------------------------------------------------------------------------

StaffDashboard StaffService::dashboard(const Content& content) {
    m_content = &content;
    StaffDashboard d;
    const Millis now = m_clock.wall_ms();
    const CivilDate today = local_date(now, offset());
    const store::TimeRange day = store::local_day_range(today, offset());
    // The last `days` local days, today included.
    auto since = [&](int days) {
        return store::TimeRange{local_day_start_ms(add_days(today, std::chrono::days{1 - days}), offset()), day.to_ms};
    };
    const store::TimeRange month = since(kDashboardDays);

    (void)m_store.query([&](store::Db& db) -> Status {
        auto figures = [&](store::TimeRange r, PeriodFigures& f) -> Status {
            auto who = store::registered_vs_anonymous(db, r);
            if (!who) return who.error();
            f.sessions = who->registered_sessions + who->anonymous_sessions;
            f.anonymous_sessions = who->anonymous_sessions;
            f.registered_learners = who->distinct_learners;
            auto done = store::lessons_completed(db, r);
            if (!done) return done.error();
            for (const auto& c : *done) f.lessons_completed += c.completed;
            auto median = store::median_session_minutes(db, r);
            if (!median) return median.error();
            f.median_minutes = *median;
            auto idle = store::sessions_ended_by_idle(db, r);
            if (!idle) return idle.error();
            f.ended_by_idle = *idle;
            return Ok{};
        };
        if (Status s = figures(day, d.today); !s) return s;
        if (Status s = figures(since(7), d.week); !s) return s;
        if (Status s = figures(month, d.month); !s) return s;

        d.sessions_per_day.assign(kDashboardDays, 0);
        const CivilDate first_day = add_days(today, std::chrono::days{1 - kDashboardDays});
        for (int i = 0; i < kDashboardDays; ++i) {
            const CivilDate cd = add_days(first_day, std::chrono::days{i});
            char buf[16];
            std::snprintf(buf, sizeof buf, "%d/%d", cd.day, cd.month);
            d.day_labels.push_back(buf);
        }
        auto per_day = store::sessions_per_day(db, month, offset());
        if (!per_day) return per_day.error();
        for (const auto& dc : *per_day) {
            const auto i = days_between(first_day, dc.day).count();
            if (i >= 0 && i < kDashboardDays) d.sessions_per_day[std::size_t(i)] = dc.sessions;
        }
        auto hours = store::sessions_by_hour(db, month, offset());
        if (!hours) return hours.error();
        d.by_hour = *hours;

        for (const Lesson& l : m_content->lessons) {
            auto funnel = store::lesson_funnel(db, l.id, month);
            if (!funnel) return funnel.error();
            if (funnel->empty()) continue;
            LessonFunnel f{l.id, l.title.get(Lang::vi), int(l.steps.size()), {}};
            f.reached.assign(std::max<std::size_t>(l.steps.size(), funnel->size()), 0);
            for (const auto& s : *funnel) f.reached[std::size_t(s.step)] = s.runs_reached;
            d.funnels.push_back(std::move(f));
        }
        auto help = store::help_requests(db, day);
        if (!help) return help.error();
        d.help_today = std::move(*help);
        for (auto& h : d.help_today)
            if (!h.lesson_id.empty()) h.lesson_id = lesson_title(h.lesson_id);
        auto misses = store::quiz_most_wrong(db, month, 5);
        if (!misses) return misses.error();
        for (const auto& m : *misses) d.quiz_misses.push_back({lesson_title(m.lesson_id), m.step, m.wrong, m.answers});
        return Ok{};
    });

    // Station health.
    const store::StoreStatus st = m_store.status();
    std::error_code ec;
    const std::string db_path = m_store.options().db_path;
    std::uintmax_t db_bytes = std::filesystem::file_size(db_path, ec);
    if (ec) db_bytes = 0;
    const std::uintmax_t wal = std::filesystem::file_size(db_path + "-wal", ec);
    if (!ec) db_bytes += wal;
    const auto space = std::filesystem::space(std::filesystem::absolute(db_path).parent_path(), ec);
    const bool low_disk = !ec && space.available < 500'000'000;
    d.health.push_back({"staff.health.version", TRAMSO_VERSION " (" + m_config.kiosk.id + ")"});
    d.health.push_back({"staff.health.uptime", duration_text(m_clock.monotonic_ms() - m_started_ms)});
    d.health.push_back({"staff.health.db_size", megabytes(db_bytes)});
    d.health.push_back({"staff.health.last_backup",
                        st.last_backup.empty() ? "—" : std::filesystem::path(st.last_backup).filename().string(),
                        st.last_backup.empty() || !st.last_backup_error.empty()});
    d.health.push_back({"staff.health.disk_free", ec ? "?" : megabytes(space.available), low_disk});
    std::string printer = m_config.printer.output;
    bool printer_problem = false;
    if (m_config.printer.output == "device" || m_config.printer.output == "file") {
        printer += ": " + m_config.printer.target;
        if (m_config.printer.output == "device" && !std::filesystem::exists(m_config.printer.target, ec)) {
            printer += " (?)";
            printer_problem = true;
        }
    } else if (m_config.printer.output == "cups") {
        printer += ": " + m_config.printer.target;
    }
    d.health.push_back({"staff.health.printer", printer, printer_problem});
    d.health.push_back({"staff.health.lessons",
                        std::to_string(m_content->lessons.size()) + " / " + std::to_string(m_content->skipped.size()),
                        !m_content->skipped.empty()});
    d.health.push_back({"staff.health.storage", condition_name(st.recording.condition),
                        st.recording.condition != store::StorageCondition::ok});

    // Storage conditions in plain words (assets/strings/*/storage.toml), most serious first;
    // the technical detail follows for whoever fixes it.
    for (const store::StorageNotice& n : m_store.notices()) {
        d.notices.push_back({store::notice_key(n), store::notice_args(n, offset()),
                             n.severity == store::StorageNotice::Severity::problem});
        if (!n.detail.empty()) d.warnings.push_back(n.detail);
    }
    if (low_disk) d.warnings.push_back("disk almost full: " + megabytes(space.available) + " free");
    if (m_content->folder_error) d.warnings.push_back(m_content->folder_error->to_string());
    for (const auto& skipped : m_content->skipped)
        for (const auto& e : skipped.errors) d.warnings.push_back(e.to_string());
    return d;
}

namespace {

// The timeline folded into one row per step shown, in the order they were first shown.
std::vector<TimelineStep> fold_steps(const std::vector<store::TimelineEvent>& events,
                                     const std::function<std::string(std::string_view)>& title) {
    std::vector<TimelineStep> out;
    std::map<std::pair<std::int64_t, int>, std::size_t> index;
    for (const auto& e : events) {
        if (!e.run_id || !e.step) continue;
        auto key = std::pair{*e.run_id, *e.step};
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.emplace(key, out.size()).first;
            out.push_back(TimelineStep{title(e.lesson_id), *e.step});
        }
        TimelineStep& s = out[it->second];
        if (e.kind == "step_left" && e.duration_ms)
            s.ms += *e.duration_ms;
        else if (e.kind == "practice_tap")
            ++s.taps, s.wrong_taps += e.ok == false;
        else if (e.kind == "quiz_answer")
            ++s.answers, s.wrong_answers += e.ok == false;
        else if (e.kind == "hint_shown")
            ++s.hints;
        else if (e.kind == "listen_pressed")
            ++s.listens;
    }
    return out;
}

}  // namespace

StaffData StaffService::load(const fx::StaffLoad& what, const Content& content) {
    m_content = &content;
    StaffData data;
    for (const Lesson& l : m_content->lessons) data.lesson_titles.push_back(l.title.get(Lang::vi));
    const Millis now = m_clock.wall_ms();
    Status st = Ok{};
    switch (what.page) {
        case StaffPage::Pin:
        case StaffPage::Exports:
        case StaffPage::Maintenance:
            break;
        case StaffPage::Dashboard:
            data.dashboard = dashboard(content);
            break;
        case StaffPage::Sessions: {
            store::SessionFilter f;
            if (what.filter.days_ago) {
                const CivilDate today = local_date(now, offset());
                f.range = store::local_day_range(add_days(today, -std::chrono::days{*what.filter.days_ago}), offset());
            }
            if (!what.filter.lesson_id.empty()) f.lesson_id = what.filter.lesson_id;
            f.learner_id = what.filter.learner_id;
            if (!what.filter.end_reason.empty()) f.end_reason = store::end_reason_from_string(what.filter.end_reason);
            auto page = m_store.query([&](store::Db& db) {
                return store::list_sessions(db, f, store::PageRequest{kStaffSessionsPerPage, what.filter.offset});
            });
            if (page)
                data.sessions = std::move(*page);
            else
                st = page.error();
            break;
        }
        case StaffPage::SessionDetail: {
            store::SessionFilter f;  // the one session: found through the list query for its row
            auto tl = m_store.query([&](store::Db& db) { return store::session_timeline(db, what.session_id); });
            if (!tl) {
                st = tl.error();
                break;
            }
            data.timeline = std::move(*tl);
            if (!data.timeline.empty()) f.range = {data.timeline.front().at_ms, data.timeline.front().at_ms + 1};
            auto page = m_store.query([&](store::Db& db) {
                return store::list_sessions(db, f, store::PageRequest{50, 0});
            });
            if (page)
                for (const auto& r : page->rows)
                    if (r.id == what.session_id) data.session = r;
            data.steps = fold_steps(data.timeline, [&](std::string_view id) { return lesson_title(id); });
            for (const auto& e : data.timeline)
                if (!e.lesson_id.empty()) data.timeline_lessons.emplace(e.lesson_id, lesson_title(e.lesson_id));
            break;
        }
        case StaffPage::Learners: {
            store::LearnerSearch s;
            const std::string q = text::search_key(what.search);
            s.match = store::KeyMatch::contains;
            s.limit = 30;
            // Six letters and digits may be her code from the slip.
            if (q.size() == 6 && q.find(' ') == std::string::npos) {
                auto by_code =
                    m_store.query([&](store::Db& db) { return store::find_learner_by_code(db, what.search); });
                if (by_code && *by_code) data.learners.push_back(**by_code);
            }
            s.key = q;
            auto found = m_store.query([&](store::Db& db) { return store::search_learners(db, s); });
            if (!found) {
                st = found.error();
                break;
            }
            for (auto& l : *found)
                if (data.learners.empty() || data.learners.front().id != l.id) data.learners.push_back(std::move(l));
            break;
        }
        case StaffPage::LearnerDetail:
        case StaffPage::LearnerEdit: {
            auto l = m_store.query([&](store::Db& db) { return store::get_learner(db, what.learner_id); });
            if (!l) {
                st = l.error();
                break;
            }
            data.learner = *l;
            auto p = m_store.query([&](store::Db& db) { return store::learner_progress(db, what.learner_id); });
            if (p) data.progress = std::move(*p);
            data.lesson_titles.clear();
            for (const auto& lp : data.progress) data.lesson_titles.push_back(lesson_title(lp.lesson_id));
            break;
        }
    }
    if (!st) data.error = st.error().to_string();
    return data;
}

}  // namespace tramso::app
