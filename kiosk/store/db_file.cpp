#include "store/db_file.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "core/civil_time.h"
#include "store/db_identity.h"

namespace tramso::store {

namespace {

constexpr char kSqlJournalWal[] = "PRAGMA journal_mode = WAL";
constexpr char kSqlSynchronousFull[] = "PRAGMA synchronous = FULL";
constexpr char kSqlQuickCheck[] = "PRAGMA quick_check";
// PRAGMA takes no parameters; the number is the constant, never input.
const std::string kSqlStampApplicationId = "PRAGMA application_id = " + std::to_string(kKioskApplicationId);
// 8 MB of page cache per connection (SQLite's default is 2 MB): staff reports over a year of
// use touch a few MB of index pages, and re-reading them from the OS costs more than memory.
constexpr char kSqlCacheSize[] = "PRAGMA cache_size = -8192";

bool is_memory(const std::string& path) { return path == ":memory:" || path.empty(); }

}  // namespace

bool is_damage_code(int code) {
    const int p = primary_code(code);
    return p == SQLITE_CORRUPT || p == SQLITE_NOTADB;
}

void restrict_file_mode(const std::string& path) {
    // Through the open file, never a link: chmod would change whatever a symlink points at.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0777) != 0600) (void)::fchmod(fd, 0600);
    ::close(fd);
}

Result<Db> open_kiosk_db(const std::string& path, OpenMode mode, int& failure_code) {
    failure_code = 0;
    const bool file = !is_memory(path);
    DbFileKind kind = DbFileKind::missing;
    if (file) {
        auto identified = identify_db_file(path);
        if (!identified) {
            failure_code = SQLITE_CANTOPEN;
            return identified.error();
        }
        kind = *identified;
    }
    if (file && mode == OpenMode::read_write_create) {
        // Create the file ourselves so it is never world-readable, not even for a moment.
        int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd >= 0) ::close(fd);
    }
    auto db = Db::open(path, mode, &failure_code);
    if (!db) return db.error();
    if (auto st = db->exec(kSqlCacheSize); !st) {
        failure_code = db->last_error_code();
        return st.error();
    }
    if (file && mode == OpenMode::read_write_create) {
        restrict_file_mode(path);
        // Stamped before the switch to WAL, so a new file's header says whose it is from the
        // first write on.
        if (kind == DbFileKind::missing || kind == DbFileKind::blank || kind == DbFileKind::kiosk_legacy) {
            if (auto st = db->exec(kSqlStampApplicationId); !st) {
                failure_code = db->last_error_code();
                return st.error();
            }
        }
        // The first read of the file happens here: a damaged header shows up as NOTADB.
        auto q = db->query(kSqlJournalWal);
        if (!q) {
            failure_code = db->last_error_code();
            return q.error();
        }
        auto row = q->next();
        if (!row) {
            failure_code = db->last_error_code();
            return row.error();
        }
        const std::string journal = *row ? q->text(0) : std::string();
        if (journal != "wal") {
            failure_code = SQLITE_CANTOPEN;
            return Error{path, "SQLite could not switch the database to WAL mode (it stays in '" + journal +
                                   "'). Check the folder is writable."};
        }
    }
    if (mode == OpenMode::read_write_create) {
        if (auto st = db->exec(kSqlSynchronousFull); !st) {
            failure_code = db->last_error_code();
            return st.error();
        }
    }
    return db;
}

Result<std::vector<std::string>> quick_check(Db& db) {
    auto q = db.query(kSqlQuickCheck);
    if (!q) return q.error();
    std::vector<std::string> problems;
    for (;;) {
        auto row = q->next();
        if (!row) return row.error();
        if (!*row) break;
        std::string line = q->text(0);
        if (line != "ok") problems.push_back(std::move(line));
    }
    return problems;
}

Result<std::string> move_aside(const std::string& path, Millis now_ms) {
    namespace fs = std::filesystem;
    std::string target = path + ".corrupt-" + utc_file_stamp(now_ms);
    for (int n = 2; fs::exists(target); ++n)
        target = path + ".corrupt-" + utc_file_stamp(now_ms) + "-" + std::to_string(n);
    std::error_code ec;
    fs::rename(path, target, ec);
    if (ec)
        return Error{path, "The damaged database could not be moved aside to " + target + ": " + ec.message() +
                               ". Move it away by hand and restart."};
    for (const char* suffix : {"-wal", "-shm"}) {
        if (fs::exists(path + suffix)) fs::rename(path + suffix, target + suffix, ec);
    }
    return target;
}

}  // namespace tramso::store
