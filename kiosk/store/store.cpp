#include "store/store.h"

#include <sqlite3.h>

#include <charconv>
#include <cstdio>

#include "store/db_file.h"
#include "store/kiosk_meta.h"
#include "store/retention.h"
#include "store/schema.h"
#include "store/session_recovery.h"

namespace tramso::store {

namespace {

constexpr Millis kDayMs = 86'400'000;

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
    if (options.db_path.empty() || options.db_path == ":memory:" ||
        options.db_path.starts_with("file:"))
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
    store->m_recorder = std::make_unique<Recorder>(
        std::move(ro), clock, [self](int& code) { return self->connect_writer(code); });
    return store;
}

Store::Store(StoreOptions options, const Clock& clock)
    : m_opt(std::move(options)), m_clock(clock) {}

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

    auto fail = [&](std::string why) {
        log("store: " + why);
        std::lock_guard sl(m_status_mu);
        m_status.queries_available = false;
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
                return fail(problems.error().to_string());
        } else if (!problems->empty()) {
            damage = "quick_check: " + first_problems(*problems);
        }
    } else if (is_damage_code(code)) {
        damage = opened.error().message;
    } else {
        return fail(opened.error().to_string());
    }

    std::string notice;
    if (!damage.empty()) {
        if (m_opt.read_only) return fail(path + " is damaged: " + damage);
        db.reset();
        auto moved = move_aside(path, now);
        if (!moved) return fail(moved.error().to_string());
        notice = *moved + " at " + std::to_string(now) + ": " + damage;
        log("store: the database was damaged (" + damage + "); it was moved to " + *moved +
            " and a fresh one started");
        auto fresh = open_kiosk_db(path, mode, code);
        if (!fresh) return fail(fresh.error().to_string());
        db.emplace(std::move(*fresh));
    }

    if (auto st = migrate(*db); !st) return fail(st.error().to_string());
    if (!notice.empty()) (void)set_meta(*db, kMetaCorruptFileMoved, notice, now);

    int closed = 0;
    if (!m_opt.read_only) {
        auto n = close_interrupted_sessions(*db, m_opt.kiosk_id);
        if (!n) return fail(n.error().to_string());
        closed = *n;
        m_sessions_recovered = true;
        if (closed > 0)
            log("store: closed " + std::to_string(closed) + " session(s) interrupted last time");
    }

    auto meta = [&](std::string_view key) {
        auto v = get_meta(*db, key);
        return v && *v ? **v : std::string();
    };
    std::lock_guard sl(m_status_mu);
    m_status.queries_available = true;
    m_status.query_error.clear();
    m_status.interrupted_sessions_closed = closed;
    m_status.corrupt_file_moved = meta(kMetaCorruptFileMoved);
    m_status.last_storage_problem = meta(kMetaLastStorageProblem);
    m_status.last_backup = meta(kMetaLastBackup);
    const std::string last_daily = meta(kMetaLastDailyRun);
    m_last_daily_ms = 0;
    std::from_chars(last_daily.data(), last_daily.data() + last_daily.size(), m_last_daily_ms);
    m_main.emplace(std::move(*db));
}

Status Store::ensure_main() {
    if (m_main) return Ok{};
    int code = 0;
    auto db = open_kiosk_db(
        m_opt.db_path, m_opt.read_only ? OpenMode::read_only : OpenMode::read_write_create, code);
    Status st = db ? migrate(*db) : Status(db.error());
    std::lock_guard sl(m_status_mu);
    m_status.queries_available = st.ok();
    m_status.query_error = st ? std::string() : st.error().to_string();
    if (!st) return st;
    m_main.emplace(std::move(*db));
    return Ok{};
}

Result<Db> Store::connect_writer(int& failure_code) {
    auto db = open_kiosk_db(m_opt.db_path,
                            m_opt.read_only ? OpenMode::read_only : OpenMode::read_write_create,
                            failure_code);
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
    return s;
}

Result<BackupInfo> Store::backup_now() {
    const Millis now = m_clock.wall_ms();
    if (m_opt.backup_dir.empty())
        return Error{"backup_dir", "No backup folder is configured (backup.dir)."};
    auto info = backup_database_file(m_opt.db_path, m_opt.backup_dir, m_opt.backup_keep, now);
    {
        std::lock_guard sl(m_status_mu);
        if (info) {
            m_status.last_backup = info->path;
            m_status.last_backup_error.clear();
        } else {
            m_status.last_backup_error = info.error().to_string();
        }
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
    auto erased =
        query([&](Db& db) { return apply_retention(db, now, m_opt.retention_personal_days); });
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
        m_status.corrupt_file_moved.clear();
    }
    return st;
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
        auto erased = query(
            [&](Db& db) { return apply_retention(db, now_ms, m_opt.retention_personal_days); });
        if (!erased) log("store: retention failed: " + erased.error().to_string());
        std::lock_guard sl(m_status_mu);
        if (erased) m_status.last_retention_erased = *erased;
    }
    if (!m_opt.backup_dir.empty()) {
        auto info =
            backup_database_file(m_opt.db_path, m_opt.backup_dir, m_opt.backup_keep, now_ms);
        {
            std::lock_guard sl(m_status_mu);
            if (info) {
                m_status.last_backup = info->path;
                m_status.last_backup_error.clear();
            } else {
                m_status.last_backup_error = info.error().to_string();
            }
        }
        if (info)
            (void)query([&](Db& db) { return set_meta(db, kMetaLastBackup, info->path, now_ms); });
        else
            log("store: daily backup failed: " + info.error().to_string());
    }
    if (!m_opt.read_only)
        (void)query([&](Db& db) {
            return set_meta(db, kMetaLastDailyRun, std::to_string(now_ms), now_ms);
        });
}

}  // namespace tramso::store
