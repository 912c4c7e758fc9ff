#include "store/db_identity.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <set>

namespace tramso::store {

namespace {

constexpr std::size_t kHeaderBytes = 100;
constexpr char kSqliteMagic[] = "SQLite format 3";  // 16 bytes with its terminating NUL
constexpr std::size_t kUserVersionOffset = 60;
constexpr std::size_t kApplicationIdOffset = 68;

// Tables every kiosk schema since version 1 has.
const std::set<std::string>& kiosk_tables() {
    static const std::set<std::string> tables{"learners", "sessions",    "lesson_runs",
                                              "events",   "staff_audit", "kiosk_meta"};
    return tables;
}

std::int32_t big_endian_at(const std::array<unsigned char, kHeaderBytes>& h, std::size_t at) {
    return static_cast<std::int32_t>((std::uint32_t{h[at]} << 24) | (std::uint32_t{h[at + 1]} << 16) |
                                     (std::uint32_t{h[at + 2]} << 8) | std::uint32_t{h[at + 3]});
}

Error refused(const std::string& path, const std::string& what) {
    return Error{path, what +
                           "; the kiosk did not open or change it. Set paths.database to the "
                           "kiosk's own database file."};
}

// "file:" URI for sqlite3_open_v2: '%', '?' and '#' would otherwise end or escape the path.
std::string file_uri(const std::string& path) {
    std::string uri = "file:";
    for (char c : path) {
        if (c == '%')
            uri += "%25";
        else if (c == '?')
            uri += "%3f";
        else if (c == '#')
            uri += "%23";
        else
            uri += c;
    }
    return uri + "?immutable=1";
}

struct Contents {
    bool readable = false;
    std::set<std::string> tables;
};

// Reads the table names without locks, journals or -shm: immutable=1 makes SQLite treat the
// file as read-only media, so nothing is created beside it.
Contents read_contents(const std::string& path) {
    Contents out;
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(file_uri(path).c_str(), &db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table'", -1, &stmt, nullptr) ==
            SQLITE_OK) {
            int step = SQLITE_ROW;
            while ((step = sqlite3_step(stmt)) == SQLITE_ROW)
                out.tables.insert(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
            out.readable = step == SQLITE_DONE;
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return out;
}

}  // namespace

Result<DbFileKind> identify_db_file(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) return DbFileKind::missing;
        return Error{path, std::string("The database file cannot be examined (") + std::strerror(errno) + ")."};
    }
    if (S_ISLNK(st.st_mode)) return refused(path, "The database path is a symbolic link");
    if (!S_ISREG(st.st_mode))
        return refused(path, "The database path is not a regular file (a device, folder or pipe)");
    if (st.st_size == 0) return DbFileKind::blank;

    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return Error{path, std::string("The database file cannot be read (") + std::strerror(errno) + ")."};
    std::array<unsigned char, kHeaderBytes> header{};
    const ssize_t got = ::read(fd, header.data(), header.size());
    ::close(fd);
    if (got < static_cast<ssize_t>(sizeof kSqliteMagic) ||
        std::memcmp(header.data(), kSqliteMagic, sizeof kSqliteMagic) != 0)
        return DbFileKind::not_sqlite;
    if (got < static_cast<ssize_t>(kHeaderBytes)) return DbFileKind::not_sqlite;

    const std::int32_t application_id = big_endian_at(header, kApplicationIdOffset);
    if (application_id == kKioskApplicationId) return DbFileKind::kiosk;
    if (application_id != 0)
        return refused(path, "This SQLite file belongs to another application (application_id " +
                                 std::to_string(application_id) + ")");

    const Contents contents = read_contents(path);
    // Unreadable inside despite a good header: damage, which the kiosk's own checks handle.
    if (!contents.readable) return DbFileKind::not_sqlite;
    if (contents.tables.empty()) return DbFileKind::blank;
    const bool has_kiosk_tables = std::all_of(kiosk_tables().begin(), kiosk_tables().end(),
                                              [&](const std::string& t) { return contents.tables.count(t) > 0; });
    if (has_kiosk_tables && big_endian_at(header, kUserVersionOffset) > 0) return DbFileKind::kiosk_legacy;
    return refused(path, "This SQLite file is not a Trạm Số database (it has other tables)");
}

}  // namespace tramso::store
