#include "store/backup.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <system_error>
#include <thread>

#include "core/civil_time.h"
#include "store/db_file.h"

namespace tramso::store {

namespace {

namespace fs = std::filesystem;

constexpr char kSqlRollbackJournal[] = "PRAGMA journal_mode = DELETE";
constexpr std::string_view kPrefix = "tramso-";
constexpr std::string_view kSuffix = ".db";
// All pages in one step, under one read transaction: in WAL mode the writer carries on
// meanwhile, whereas copying in slices would restart the backup after every commit.
constexpr int kAllPages = -1;
constexpr int kMaxBusyWaits = 500;  // × 20 ms: give up after ~10 s of a locked source

bool is_backup_name(const std::string& name) {
    return name.size() > kPrefix.size() + kSuffix.size() && name.starts_with(kPrefix) && name.ends_with(kSuffix);
}

void sync_directory(const std::string& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

std::string fresh_backup_path(const std::string& dir, Millis now_ms) {
    const std::string base = (fs::path(dir) / (std::string(kPrefix) + utc_file_stamp(now_ms))).string();
    std::string path = base + std::string(kSuffix);
    for (int n = 2; fs::exists(path) || fs::exists(path + ".partial"); ++n)
        path = base + "-" + std::to_string(n) + std::string(kSuffix);
    return path;
}

// Copies source into the (new) file at path.
Status copy_into(Db& source, const std::string& path) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return Error{path, "The backup file cannot be created; check the backup folder."};
    ::close(fd);
    auto dest = Db::open(path);
    if (!dest) return dest.error();
    sqlite3_backup* b = sqlite3_backup_init(dest->raw(), "main", source.raw(), "main");
    if (!b) return dest->error("starting the backup");
    int rc = SQLITE_OK;
    for (int busy = 0; busy < kMaxBusyWaits;) {
        rc = sqlite3_backup_step(b, kAllPages);
        if (rc == SQLITE_DONE) break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            ++busy;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        } else if (rc != SQLITE_OK) {
            break;
        }
    }
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return Error{path, std::string("The backup did not complete: ") + sqlite3_errstr(rc) +
                               ". Check free space in the backup folder."};
    // A backup is one self-contained file: no -wal beside it.
    auto q = dest->query(kSqlRollbackJournal);
    if (!q) return q.error();
    if (auto st = q->run(); !st) return st;
    return Ok{};
}

Status verify(const std::string& path) {
    int code = 0;
    auto db = open_kiosk_db(path, OpenMode::read_only, code);
    if (!db) return db.error();
    auto problems = quick_check(*db);
    if (!problems) return problems.error();
    if (!problems->empty())
        return Error{path, "The new backup failed its check (" + problems->front() +
                               "); it was removed. Older backups are kept."};
    return Ok{};
}

}  // namespace

std::vector<std::string> list_backups(const std::string& backup_dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(backup_dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file(ec) && is_backup_name(name)) out.push_back(entry.path().string());
    }
    // The UTC stamp in the name sorts chronologically.
    std::sort(out.begin(), out.end());
    return out;
}

Result<BackupInfo> backup_database(Db& source, const std::string& backup_dir, int keep, Millis now_ms) {
    std::error_code ec;
    fs::create_directories(backup_dir, ec);
    if (ec || !fs::is_directory(backup_dir))
        return Error{backup_dir, "The backup folder cannot be created: " + ec.message() + "."};

    BackupInfo info;
    info.path = fresh_backup_path(backup_dir, now_ms);
    const std::string partial = info.path + ".partial";
    Status copied = copy_into(source, partial);
    if (copied) copied = verify(partial);
    if (!copied) {
        fs::remove(partial, ec);
        return copied.error();
    }
    fs::rename(partial, info.path, ec);
    if (ec) {
        fs::remove(partial, ec);
        return Error{info.path, "The backup could not be given its name: " + ec.message() + "."};
    }
    sync_directory(backup_dir);
    info.bytes = fs::file_size(info.path, ec);

    // Rotate only after a verified backup exists, so a failing disk never empties the folder.
    std::vector<std::string> all = list_backups(backup_dir);
    const std::size_t keep_n = static_cast<std::size_t>(std::max(1, keep));
    for (std::size_t i = 0; i + keep_n < all.size(); ++i) {
        if (fs::remove(all[i], ec)) info.removed.push_back(all[i]);
    }
    return info;
}

Result<BackupInfo> backup_database_file(const std::string& db_path, const std::string& backup_dir, int keep,
                                        Millis now_ms) {
    int code = 0;
    auto db = open_kiosk_db(db_path, OpenMode::read_only, code);
    if (!db) return db.error();
    return backup_database(*db, backup_dir, keep, now_ms);
}

}  // namespace tramso::store
