// The one access layer to SQLite: an RAII connection with a cache of prepared statements,
// a Query that binds `?` parameters and resets itself, and a Transaction that rolls back unless
// committed. SQL is always a named constant; values only ever reach SQLite through bind().
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tramso::store {

enum class OpenMode { read_write_create, read_only };

class Db;

// One execution of a cached statement. Binds with bind()/bind_all(), steps with next(); the
// statement is reset and its bindings cleared when the Query goes out of scope.
class Query {
public:
    Query(Db& db, sqlite3_stmt* stmt) : m_db(&db), m_stmt(stmt) {}
    Query(Query&& other) noexcept
        : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_bad_bind(other.m_bad_bind) {}
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Query& operator=(Query&&) = delete;
    ~Query();

    // Parameters are numbered from 1, as in SQLite.
    Query& bind(int index, std::int64_t value);
    Query& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Query& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
    Query& bind(int index, double value);
    Query& bind(int index, std::string_view text);
    Query& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Query& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Query& bind(int index, std::nullptr_t);
    template <class T>
    Query& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    // bind_all(a, b, c) binds ?1, ?2, ?3.
    template <class... Args>
    Query& bind_all(const Args&... args) {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    // Steps once: true with a row ready, false when done, Error on failure.
    Result<bool> next();
    // Steps to completion, for statements that return no rows.
    Status run();
    // The last step's SQLite result code (extended), for callers that must tell FULL from BUSY.
    int last_code() const { return m_last_code; }

    bool is_null(int col) const;
    std::int64_t int64(int col) const;
    int int32(int col) const { return static_cast<int>(int64(col)); }
    double real(int col) const;
    std::string text(int col) const;
    std::optional<std::int64_t> opt_int64(int col) const;
    std::optional<int> opt_int32(int col) const;
    std::optional<std::string> opt_text(int col) const;

private:
    Db* m_db;
    sqlite3_stmt* m_stmt;
    bool m_bad_bind = false;
    int m_last_code = 0;
};

class Db {
public:
    // Opens (and with read_write_create, creates) the database at path; ":memory:" works.
    // Sets busy timeout and foreign keys on; WAL and synchronous are the
    // caller's choice (they do not apply to :memory:).
    // On failure *failure_code (if given) receives SQLite's extended result code.
    static Result<Db> open(const std::string& path, OpenMode mode = OpenMode::read_write_create,
                           int* failure_code = nullptr);

    Db(Db&& other) noexcept;
    Db& operator=(Db&& other) noexcept;
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;
    ~Db();

    // A cached prepared statement for a named SQL constant. The cache is keyed by the text, so
    // one constant must not be run twice at once (nested) on the same connection.
    Result<Query> query(std::string_view sql);
    // Runs constant SQL that may hold several statements (schema, pragmas); no parameters.
    Status exec(std::string_view sql);
    // A single-value pragma or query, e.g. "PRAGMA user_version".
    Result<std::int64_t> query_int(std::string_view sql);

    std::int64_t last_insert_id() const;
    int changes() const;
    const std::string& path() const { return m_path; }
    sqlite3* raw() const { return m_db; }
    bool read_only() const;

    // An Error naming the database file and what SQLite said, with advice for staff.
    Error error(std::string_view doing) const;
    // The extended result code of the last failure reported through error(), so callers can
    // tell a full disk from a constraint after a function returned its Error.
    int last_error_code() const { return m_last_failure; }

private:
    Db(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}
    void close();

    // Looked up by string_view without building a std::string on every query.
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };

    sqlite3* m_db = nullptr;
    std::string m_path;
    std::unordered_map<std::string, sqlite3_stmt*, TextHash, std::equal_to<>> m_cache;
    mutable int m_last_failure = 0;
};

// BEGIN IMMEDIATE on construction (so a writer never deadlocks upgrading a read lock);
// ROLLBACK in the destructor unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Db& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    // Whether BEGIN worked; check before doing any work.
    const Status& begun() const { return m_begun; }
    Status commit();

private:
    Db& m_db;
    Status m_begun;
    bool m_open = false;
};

// Calls on_row(q) for each row the query returns.
template <class F>
Status for_each_row(Query& q, F&& on_row) {
    for (;;) {
        auto row = q.next();
        if (!row) return row.error();
        if (!*row) return Ok{};
        on_row(q);
    }
}

// SQLite's primary result code (the low byte of an extended code).
int primary_code(int extended_code);

// Bytes SQLite holds on the heap across every connection of this process (soak reports).
long long sqlite_heap_bytes();

}  // namespace tramso::store
