#include "store/store.h"

#include <sqlite3.h>

#include <charconv>
#include <cstdio>

#include "core/civil_time.h"
#include "store/db_file.h"
#include "store/kiosk_meta.h"
#include "store/retention.h"
#include "store/schema.h"
#include "store/session_recovery.h"

namespace tramso::store {

namespace {

// A daily backup older than this is worth telling staff about (one missed day is normal when
// the kiosk was off).
constexpr Millis kBackupOverdueMs = 2 * kDayMs;

void log_to_stderr(std::string_view line) {
    std::fprintf(stderr, "%.*s\n", static_cast<int>(line.size()), line.data());
}

std::string first_problems(const std::vector<std::string>& problems) {
    std::string out;
    for (std::size_t i = 0; i < problems.size() && i < 3; ++i) {
        if (i) out += "; ";
        out += problems[i];
    }
    return out;
}

}  // namespace

Result<std::unique_ptr<Store>> Store::open(StoreOptions options, const Clock& clock) {
    if (options.db_path.empty() || options.db_path == ":memory:" || options.db_path.starts_with("file:"))
        return Error{options.db_path,
                     "The store needs a database file path (paths.database in "
                     "the configuration)."};
    if (!options.log) options.log = log_to_stderr;
    std::unique_ptr<Store> store(new Store(std::move(options), clock));
    store->open_main();

    RecorderOptions ro;
    ro.kiosk_id = store->m_opt.kiosk_id;
    ro.pending_bound = store->m_opt.pending_bound;
    ro.retry_interval = store->m_opt.retry_interval;
    ro.log_durable_seq = store->m_opt.log_durable_seq;
    ro.log = store->m_opt.log;
    ro.on_durable = store->m_opt.on_durable;
    Store* self = store.get();
    ro.on_recovered = [self](const PastStorageProblem& p) {
        std::lock_guard sl(self->m_status_mu);
        self->set_past_problem(p);
    };
    store->m_recorder =
        std::make_unique<Recorder>(std::move(ro), clock, [self](int& code) { return self->connect_writer(code); });
    return store;
}

Store::Store(StoreOptions options, const Clock& clock) : m_opt(std::move(options)), m_clock(clock) {}

Store::~Store() {
    wait_daily();
    m_recorder.reset();  // writes what it can before the rest goes
}

void Store::log(std::string_view line) const {
    if (m_opt.log) m_opt.log(line);
}

// ---------------------------------------------------------------------------------------------
// Opening: check, set a damaged file aside, migrate, close interrupted sessions.

void Store::open_main() {
    std::lock_guard lk(m_main_mu);
    const Millis now = m_clock.wall_ms();
    const OpenMode mode = m_opt.read_only ? OpenMode::read_only : OpenMode::read_write_create;
    const std::string& path = m_opt.db_path;

    auto fail = [&](std::string why, int failure_code) {
        log("store: " + why);
        std::lock_guard sl(m_status_mu);
        m_status.queries_available = false;
        m_status.query_condition = failure_code ? storage_condition_for(failure_code) : StorageCondition::unavailable;
        if (m_status.query_condition == StorageCondition::ok) m_status.query_condition = StorageCondition::unavailable;
        m_status.query_error = std::move(why);
    };

    std::optional<Db> db;
    std::string damage;
    int code = 0;
    if (auto opened = open_kiosk_db(path, mode, code)) {
        db.emplace(std::move(*opened));
        auto problems = quick_check(*db);
        if (!problems) {
            if (is_damage_code(db->last_error_code()))
                damage = problems.error().message;
            else
                return fail(problems.error().to_string(), db->last_error_code());
        } else if (!problems->empty()) {
            damage = "quick_check: " + first_problems(*problems);
        }
    } else if (is_damage_code(code)) {
        damage = opened.error().message;
    } else {
        return fail(opened.error().to_string(), code);
    }

    std::string notice;
    if (!damage.empty()) {
        if (m_opt.read_only) return fail(path + " is damaged: " + damage, SQLITE_CORRUPT);
        db.reset();
        auto moved = move_aside(path, now);
        if (!moved) return fail(moved.error().to_string(), SQLITE_CORRUPT);
        notice = to_meta_json(DamagedFileSetAside{*moved, now, damage});
        log("store: the database was damaged (" + damage + "); it was moved to " + *moved + " and a fresh one started");
        auto fresh = open_kiosk_db(path, mode, code);
        if (!fresh) return fail(fresh.error().to_string(), code);
        db.emplace(std::move(*fresh));
    }

    if (auto st = migrate(*db); !st) return fail(st.error().to_string(), db->last_error_code());
    if (!notice.empty()) (void)set_meta(*db, kMetaCorruptFileMoved, notice, now);

    int closed = 0;
    if (!m_opt.read_only) {
        auto n = close_interrupted_sessions(*db, m_opt.kiosk_id);
        if (!n) return fail(n.error().to_string(), db->last_error_code());
        closed = *n;
        m_sessions_recovered = true;
        if (closed > 0) log("store: closed " + std::to_string(closed) + " session(s) interrupted last time");
        if (m_opt.search_key) {
            auto rekeyed = refresh_search_keys(*db, m_opt.search_key);
            if (!rekeyed) return fail(rekeyed.error().to_string(), db->last_error_code());
            if (*rekeyed > 0)
                log("store: search keys of " + std::to_string(*rekeyed) + " learner(s) brought up to date");
        }
    }

    auto damaged = read_damaged_file_set_aside(*db);
    auto past = read_past_storage_problem(*db);
    auto backup = get_meta_entry(*db, kMetaLastBackup);
    auto daily = get_meta(*db, kMetaLastDailyRun);
    std::lock_guard sl(m_status_mu);
    m_status.queries_available = true;
    m_status.query_condition = StorageCondition::ok;
    m_status.query_error.clear();
    m_status.interrupted_sessions_closed = closed;
    if (damaged) set_damaged_file(*damaged);
    if (past) set_past_problem(*past);
    if (backup && *backup) {
        m_status.last_backup = (*backup)->value;
        m_status.last_backup_ms = (*backup)->updated_ms;
    }
    const std::string last_daily = daily && *daily ? **daily : std::string();
    m_last_daily_ms = 0;
    std::from_chars(last_daily.data(), last_daily.data() + last_daily.size(), m_last_daily_ms);
    m_main.emplace(std::move(*db));
}

Status Store::ensure_main() {
    if (m_main) return Ok{};
    int code = 0;
    auto db = open_kiosk_db(m_opt.db_path, m_opt.read_only ? OpenMode::read_only : OpenMode::read_write_create, code);
    Status st = db ? migrate(*db) : Status(db.error());
    if (!st && db) code = db->last_error_code();
    std::lock_guard sl(m_status_mu);
    m_status.queries_available = st.ok();
    m_status.query_condition = st ? StorageCondition::ok
                               : code && storage_condition_for(code) != StorageCondition::ok
                                   ? storage_condition_for(code)
                                   : StorageCondition::unavailable;
    m_status.query_error = st ? std::string() : st.error().to_string();
    if (!st) return st;
    m_main.emplace(std::move(*db));
    return Ok{};
}

Result<Db> Store::connect_writer(int& failure_code) {
    auto db =
        open_kiosk_db(m_opt.db_path, m_opt.read_only ? OpenMode::read_only : OpenMode::read_write_create, failure_code);
    if (!db) return db.error();
    if (auto st = migrate(*db); !st) {
        failure_code = db->last_error_code() ? db->last_error_code() : SQLITE_ERROR;
        return st.error();
    }
    // If the file could not be opened at start, sessions a crash left open are closed now,
    // before this process writes any of its own.
    if (!m_opt.read_only && !m_sessions_recovered) {
        auto closed = close_interrupted_sessions(*db, m_opt.kiosk_id);
        if (!closed) {
            failure_code = db->last_error_code();
            return closed.error();
        }
        m_sessions_recovered = true;
        std::lock_guard sl(m_status_mu);
        m_status.interrupted_sessions_closed += *closed;
    }
    if (m_opt.writer_connection_hook) m_opt.writer_connection_hook(*db);
    return db;
}

// ---------------------------------------------------------------------------------------------
// Status, backup, retention.

StoreStatus Store::status() const {
    StoreStatus s;
    {
        std::lock_guard sl(m_status_mu);
        s = m_status;
    }
    s.recording = m_recorder->status();
    s.pending_bound = m_opt.pending_bound;
    s.backups_configured = !m_opt.backup_dir.empty();
    return s;
}

std::vector<StorageNotice> Store::notices() const {
    using K = StorageNotice::Kind;
    using S = StorageNotice::Severity;
    const StoreStatus st = status();
    const Millis now = m_clock.wall_ms();
    std::vector<StorageNotice> out;
    auto add = [&](K kind, S severity) -> StorageNotice& {
        StorageNotice& n = out.emplace_back();
        n.kind = kind;
        n.severity = severity;
        return n;
    };
    const RecorderStatus& rec = st.recording;
    if (rec.condition != StorageCondition::ok) {
        StorageNotice& n = add(K::not_saving, S::problem);
        n.condition = rec.condition;
        n.since_ms = rec.since_ms;
        n.count = rec.pending;
        n.limit = st.pending_bound;
        n.detail = rec.message;
    }
    if (rec.dropped > 0) {
        StorageNotice& n = add(K::records_dropped, S::problem);
        n.count = rec.dropped;
        n.limit = st.pending_bound;
    }
    if (!st.queries_available) {
        StorageNotice& n = add(K::reports_unavailable, S::problem);
        n.condition = st.query_condition;
        n.detail = st.query_error;
    }
    if (st.damaged_file) {
        StorageNotice& n = add(K::damaged_file_set_aside, S::warning);
        n.since_ms = st.damaged_file->at_ms;
        n.path = st.damaged_file->moved_to;
        n.detail = st.damaged_file->detail;
        n.clearable = true;
    }
    if (st.past_problem && rec.condition == StorageCondition::ok) {
        StorageNotice& n = add(K::saving_failed_earlier, S::warning);
        n.condition = st.past_problem->condition;
        n.since_ms = st.past_problem->from_ms;
        n.until_ms = st.past_problem->to_ms;
        n.count = st.past_problem->dropped;
        n.detail = st.past_problem->detail;
        n.clearable = true;
    }
    if (st.backups_configured) {
        if (!st.last_backup_error.empty()) {
            StorageNotice& n = add(K::backup_failed, S::warning);
            n.since_ms = st.last_backup_error_ms;
            n.path = m_opt.backup_dir;
            n.detail = st.last_backup_error;
        } else if (st.last_backup_ms == 0 || now - st.last_backup_ms > kBackupOverdueMs) {
            StorageNotice& n = add(K::no_recent_backup, S::warning);
            n.since_ms = st.last_backup_ms;
            n.path = m_opt.backup_dir;
        }
    }
    if (st.interrupted_sessions_closed > 0) {
        StorageNotice& n = add(K::sessions_interrupted, S::info);
        n.count = static_cast<std::uint64_t>(st.interrupted_sessions_closed);
    }
    return out;
}

// m_status_mu held.
void Store::note_backup(const Result<BackupInfo>& info, Millis now_ms) {
    if (info) {
        m_status.last_backup = info->path;
        m_status.last_backup_ms = now_ms;
        m_status.last_backup_error.clear();
        m_status.last_backup_error_ms = 0;
    } else {
        m_status.last_backup_error = info.error().to_string();
        m_status.last_backup_error_ms = now_ms;
    }
}

// m_status_mu held.
void Store::set_damaged_file(std::optional<DamagedFileSetAside> d) {
    m_status.corrupt_file_moved =
        d ? d->moved_to + " at " + std::to_string(d->at_ms) + ": " + d->detail : std::string();
    m_status.damaged_file = std::move(d);
}

// m_status_mu held.
void Store::set_past_problem(std::optional<PastStorageProblem> p) {
    m_status.last_storage_problem = p ? std::string(to_string(p->condition)) + " from " + std::to_string(p->from_ms) +
                                            " to " + std::to_string(p->to_ms) + ": " + p->detail
                                      : std::string();
    m_status.past_problem = std::move(p);
}

Result<BackupInfo> Store::backup_now() {
    const Millis now = m_clock.wall_ms();
    if (m_opt.backup_dir.empty()) return Error{"backup_dir", "No backup folder is configured (backup.dir)."};
    auto info = backup_database_file(m_opt.db_path, m_opt.backup_dir, m_opt.backup_keep, now);
    {
        std::lock_guard sl(m_status_mu);
        note_backup(info, now);
    }
    if (info) {
        (void)query([&](Db& db) { return set_meta(db, kMetaLastBackup, info->path, now); });
    } else {
        log("store: backup failed: " + info.error().to_string());
    }
    return info;
}

Result<int> Store::apply_retention_now() {
    const Millis now = m_clock.wall_ms();
    auto erased = query([&](Db& db) { return apply_retention(db, now, m_opt.retention_personal_days); });
    if (erased) {
        std::lock_guard sl(m_status_mu);
        m_status.last_retention_erased = *erased;
    } else {
        log("store: retention failed: " + erased.error().to_string());
    }
    return erased;
}

Status Store::clear_corrupt_notice() {
    auto st = query([&](Db& db) { return delete_meta(db, kMetaCorruptFileMoved); });
    if (st) {
        std::lock_guard sl(m_status_mu);
        set_damaged_file(std::nullopt);
    }
    return st;
}

Status Store::clear_past_problem() {
    auto st = query([&](Db& db) { return delete_meta(db, kMetaLastStorageProblem); });
    if (st) {
        std::lock_guard sl(m_status_mu);
        set_past_problem(std::nullopt);
    }
    return st;
}

Status Store::clear_notice(const StorageNotice& notice) {
    switch (notice.kind) {
        case StorageNotice::Kind::damaged_file_set_aside:
            return clear_corrupt_notice();
        case StorageNotice::Kind::saving_failed_earlier:
            return clear_past_problem();
        default:
            return Error{"staff mode", "This notice clears by itself once the cause is gone."};
    }
}

void Store::run_daily_if_due() {
    if (m_daily_running) return;
    const Millis now = m_clock.wall_ms();
    if (m_last_daily_ms != 0 && now - m_last_daily_ms < kDayMs) return;
    if (m_daily.joinable()) m_daily.join();
    m_last_daily_ms = now;
    m_daily_running = true;
    m_daily = std::thread([this, now] {
        daily_work(now);
        m_daily_running = false;
    });
}

void Store::wait_daily() {
    if (m_daily.joinable()) m_daily.join();
}

// Runs on the daily thread; reads no clock (now comes from the caller).
void Store::daily_work(Millis now_ms) {
    if (!m_opt.read_only) {
        auto erased = query([&](Db& db) { return apply_retention(db, now_ms, m_opt.retention_personal_days); });
        if (!erased) log("store: retention failed: " + erased.error().to_string());
        std::lock_guard sl(m_status_mu);
        if (erased) m_status.last_retention_erased = *erased;
    }
    if (!m_opt.backup_dir.empty()) {
        auto info = backup_database_file(m_opt.db_path, m_opt.backup_dir, m_opt.backup_keep, now_ms);
        {
            std::lock_guard sl(m_status_mu);
            note_backup(info, now_ms);
        }
        if (info)
            (void)query([&](Db& db) { return set_meta(db, kMetaLastBackup, info->path, now_ms); });
        else
            log("store: daily backup failed: " + info.error().to_string());
    }
    if (!m_opt.read_only)
        (void)query([&](Db& db) { return set_meta(db, kMetaLastDailyRun, std::to_string(now_ms), now_ms); });
}

}  // namespace tramso::store
