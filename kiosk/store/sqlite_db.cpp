#include "store/sqlite_db.h"

#include <sqlite3.h>

#include <sys/resource.h>
#include <sys/statvfs.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>

namespace tramso::store {

namespace {

constexpr int kBusyTimeoutMs = 5000;

// trusted_schema stays on: the schema's CHECK uses json_valid(), which SQLite 3.40 does not
// mark innocuous.
constexpr char kSqlConnectionSetup[] = "PRAGMA foreign_keys = ON;";

constexpr char kSqlBegin[] = "BEGIN IMMEDIATE";
constexpr char kSqlCommit[] = "COMMIT";
constexpr char kSqlRollback[] = "ROLLBACK";

// What staff can do about each family of failure; SQLite's own words are too technical alone.
std::string advice_for(int code) {
    switch (primary_code(code)) {
        case SQLITE_FULL:
            return " The disk is full: free some space (old backups, logs).";
        case SQLITE_READONLY:
        case SQLITE_PERM:
            return " The database cannot be written: check the disk and file permissions.";
        case SQLITE_CANTOPEN:
            return " The database file cannot be opened: check that its folder exists.";
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return " The database file is damaged; restart the kiosk to set it aside.";
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return " Another program is using the database; try again shortly.";
        default:
            return "";
    }
}

// SQLite reports a write refused for lack of room as SQLITE_FULL only when the OS said ENOSPC
// on that write; a quota (EDQUOT), a file-size limit (EFBIG), a full disk met while sizing the
// shared-memory file, or a read-only filesystem come back as a generic I/O or open error, and
// by then errno has often been overwritten. What staff must do differs (free space, fix the
// mount), so an I/O failure is named after what the OS error or the filesystem itself says.
int code_with_cause(int code, int sys_errno, const std::string& path) {
    const int p = primary_code(code);
    if (p != SQLITE_IOERR && p != SQLITE_CANTOPEN) return code;
    switch (sys_errno) {
        case ENOSPC:
        case EDQUOT:
        case EFBIG:
            return SQLITE_FULL;
        case EROFS:
            return SQLITE_READONLY;
        default:
            break;
    }
    if (path.empty() || path == ":memory:") return code;
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path file(path);
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    struct statvfs vfs {};
    if (::statvfs(dir.c_str(), &vfs) == 0) {
        if (vfs.f_flag & ST_RDONLY) return SQLITE_READONLY;
        constexpr std::uint64_t kNearlyFull = 256 * 1024;
        if (static_cast<std::uint64_t>(vfs.f_bavail) * vfs.f_frsize < kNearlyFull) return SQLITE_FULL;
    }
    // A file-size limit (ulimit -f) the database or its WAL has reached.
    rlimit lim{};
    if (::getrlimit(RLIMIT_FSIZE, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY) {
        std::uintmax_t biggest = 0;
        for (const char* suffix : {"", "-wal", "-shm"}) {
            const auto size = fs::file_size(path + suffix, ec);
            if (!ec) biggest = std::max<std::uintmax_t>(biggest, size);
        }
        constexpr std::uintmax_t kPageAndFrame = 64 * 1024;
        if (biggest + kPageAndFrame >= lim.rlim_cur) return SQLITE_FULL;
    }
    return code;
}

}  // namespace

int primary_code(int extended_code) { return extended_code & 0xff; }

// ---------------------------------------------------------------------------------------------
// Query

Query::~Query() {
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Query& Query::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK) m_bad_bind = true;
    return *this;
}

Query& Query::bind(int index, double value) {
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK) m_bad_bind = true;
    return *this;
}

Query& Query::bind(int index, std::string_view text) {
    if (sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK)
        m_bad_bind = true;
    return *this;
}

Query& Query::bind(int index, std::nullptr_t) {
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK) m_bad_bind = true;
    return *this;
}

Result<bool> Query::next() {
    if (m_bad_bind) {
        m_last_code = SQLITE_RANGE;
        return Error{m_db->path(), "Internal error: a query parameter could not be bound."};
    }
    m_last_code = sqlite3_step(m_stmt);
    if (m_last_code == SQLITE_ROW) return true;
    if (m_last_code == SQLITE_DONE) return false;
    m_last_code = sqlite3_extended_errcode(m_db->raw());
    return m_db->error("running a query");
}

Status Query::run() {
    for (;;) {
        auto row = next();
        if (!row) return row.error();
        if (!*row) return Ok{};
    }
}

bool Query::is_null(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
std::int64_t Query::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Query::real(int col) const { return sqlite3_column_double(m_stmt, col); }

std::string Query::text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (!p) return {};
    return std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col)));
}

std::optional<std::int64_t> Query::opt_int64(int col) const {
    if (is_null(col)) return std::nullopt;
    return int64(col);
}

std::optional<int> Query::opt_int32(int col) const {
    if (is_null(col)) return std::nullopt;
    return int32(col);
}

std::optional<std::string> Query::opt_text(int col) const {
    if (is_null(col)) return std::nullopt;
    return text(col);
}

// ---------------------------------------------------------------------------------------------
// Db

Result<Db> Db::open(const std::string& path, OpenMode mode, int* failure_code) {
    int flags = mode == OpenMode::read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3* raw = nullptr;
    // NOFOLLOW: a symlink put in place of the database is refused, never written through.
    int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW, nullptr);
    Db db(raw, path);  // owns raw even on failure (SQLite allocates a handle for the message)
    if (rc != SQLITE_OK) {
        if (!raw) {
            if (failure_code) *failure_code = SQLITE_NOMEM;
            return Error{path, "Out of memory opening the database."};
        }
        Error e = db.error("opening the database");
        if (failure_code) *failure_code = db.last_error_code();
        return e;
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    if (auto st = db.exec(kSqlConnectionSetup); !st) {
        if (failure_code) *failure_code = db.last_error_code();
        return st.error();
    }
    return db;
}

Db::Db(Db&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_cache(std::move(other.m_cache)) {
    other.m_cache.clear();
}

Db& Db::operator=(Db&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
        other.m_cache.clear();
    }
    return *this;
}

Db::~Db() { close(); }

void Db::close() {
    for (auto& [sql, stmt] : m_cache) sqlite3_finalize(stmt);
    m_cache.clear();
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Result<Query> Db::query(std::string_view sql) {
    if (!m_db) return Error{m_path, "The database is not open."};
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        sqlite3_stmt* stmt = nullptr;
        int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                                    nullptr);
        if (rc != SQLITE_OK) return error("preparing a query");
        it = m_cache.emplace(std::string(sql), stmt).first;
    }
    return Query(*this, it->second);
}

Status Db::exec(std::string_view sql) {
    if (!m_db) return Error{m_path, "The database is not open."};
    std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) return error("changing the database");
    return Ok{};
}

Result<std::int64_t> Db::query_int(std::string_view sql) {
    auto q = query(sql);
    if (!q) return q.error();
    auto row = q->next();
    if (!row) return row.error();
    if (!*row) return Error{m_path, "Internal error: a query returned no value."};
    return q->int64(0);
}

std::int64_t Db::last_insert_id() const { return sqlite3_last_insert_rowid(m_db); }
int Db::changes() const { return sqlite3_changes(m_db); }
bool Db::read_only() const { return m_db && sqlite3_db_readonly(m_db, "main") == 1; }

Error Db::error(std::string_view doing) const {
    const int sys_errno = m_db ? sqlite3_system_errno(m_db) : 0;
    int code = m_db ? code_with_cause(sqlite3_extended_errcode(m_db), sys_errno, m_path) : SQLITE_CANTOPEN;
    m_last_failure = code;
    std::string what = m_db ? sqlite3_errmsg(m_db) : "not open";
    // errno is only worth showing when it names the trouble; after a failed open it is often
    // a stale ENOENT from SQLite probing for a -wal file.
    switch (sys_errno) {
        case ENOSPC:
        case EDQUOT:
        case EFBIG:
        case EROFS:
        case EACCES:
        case EPERM:
        case EIO:
            what += " (" + std::string(std::strerror(sys_errno)) + ")";
            break;
        default:
            break;
    }
    return Error{m_path, "SQLite failed " + std::string(doing) + ": " + what + "." + advice_for(code)};
}

// ---------------------------------------------------------------------------------------------
// Transaction

Transaction::Transaction(Db& db) : m_db(db), m_begun(Ok{}) {
    auto q = m_db.query(kSqlBegin);
    if (!q) {
        m_begun = q.error();
        return;
    }
    m_begun = q->run();
    m_open = m_begun.ok();
}

Transaction::~Transaction() {
    if (!m_open) return;
    // A failed statement inside may already have ended the transaction; ROLLBACK then
    // reports "no transaction is active", which is harmless.
    if (auto q = m_db.query(kSqlRollback)) (void)q->run();
}

Status Transaction::commit() {
    if (!m_open) return m_begun.ok() ? Status(Error{m_db.path(), "Transaction already ended."}) : m_begun;
    auto q = m_db.query(kSqlCommit);
    if (!q) return q.error();
    auto st = q->run();
    // A failed COMMIT (disk full, I/O) leaves the transaction open; the destructor rolls back.
    if (st) m_open = false;
    return st;
}

long long sqlite_heap_bytes() { return sqlite3_memory_used(); }

}  // namespace tramso::store
