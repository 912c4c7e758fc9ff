// Helpers for the store tests: temporary folders, in-memory databases at the latest schema,
// a seeded random source, and a Scribe that writes records synchronously (through the same
// RecordWriter the writer thread uses) with explicit times, to build report fixtures.
#pragma once

#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "core/resume_code.h"
#include "store/record_writer.h"
#include "store/records.h"
#include "store/schema.h"
#include "store/sqlite_db.h"

namespace store_test {

using namespace tramso;
using namespace tramso::store;

class TempDir {
public:
    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "tramso-store-XXXXXX").string();
        REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
        m_path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

inline Db memory_db() {
    auto db = Db::open(":memory:");
    REQUIRE(db.ok());
    REQUIRE(migrate(*db).ok());
    return std::move(*db);
}

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// splitmix64: small, seedable, good enough to draw resume codes in tests.
inline RandomSource seeded_random(std::uint64_t seed) {
    return [state = seed]() mutable {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return static_cast<std::uint32_t>((z ^ (z >> 31)) >> 32);
    };
}

inline std::int64_t count_rows(Db& db, std::string_view sql) {
    auto n = db.query_int(sql);
    REQUIRE(n.ok());
    return *n;
}

// Writes records one at a time, synchronously; keys are handed out like the Recorder does.
class Scribe {
public:
    explicit Scribe(Db& db, std::string kiosk = "kiosk-1") : m_db(db), m_writer(std::move(kiosk)) {}

    std::uint64_t session(Millis at, std::optional<std::int64_t> learner = std::nullopt, std::string language = "vi") {
        Record r;
        r.type = RecordType::session_start;
        r.session_key = ++m_key;
        r.learner_id = learner;
        r.text = std::move(language);
        return write(std::move(r), at).session_key;
    }
    void identify(std::uint64_t session, Millis at, std::int64_t learner) {
        Record r;
        r.type = RecordType::session_learner;
        r.session_key = session;
        r.learner_id = learner;
        write(std::move(r), at);
    }
    void end_session(std::uint64_t session, Millis at, EndReason reason) {
        Record r;
        r.type = RecordType::session_end;
        r.session_key = session;
        r.reason = reason;
        write(std::move(r), at);
    }
    std::uint64_t run(std::uint64_t session, Millis at, std::string lesson, int version = 1) {
        Record r;
        r.type = RecordType::run_start;
        r.session_key = session;
        r.run_key = ++m_key;
        r.text = std::move(lesson);
        r.number = version;
        return write(std::move(r), at).run_key;
    }
    void end_run(std::uint64_t run, Millis at, bool completed, std::optional<int> score = {}) {
        Record r;
        r.type = RecordType::run_end;
        r.run_key = run;
        r.completed = completed;
        if (score) r.number = *score;
        write(std::move(r), at);
    }
    void event(std::uint64_t session, std::uint64_t run, Millis at, EventKind kind, std::optional<int> step = {},
               std::string target = {}, std::optional<bool> ok = {}, std::optional<std::int64_t> duration_ms = {},
               std::string payload = {}) {
        Record r;
        r.type = RecordType::event;
        r.session_key = session;
        r.run_key = run;
        r.kind = kind;
        r.step = step;
        r.text = std::move(target);
        r.ok = ok;
        r.number = duration_ms;
        r.payload = std::move(payload);
        write(std::move(r), at);
    }
    void steps(std::uint64_t session, std::uint64_t run, Millis at, int up_to) {
        for (int s = 0; s <= up_to; ++s) event(session, run, at + s, EventKind::step_shown, s);
    }

    BatchOutcome last;

private:
    Record write(Record r, Millis at) {
        r.at_ms = at;
        r.seq = ++m_seq;
        const Record* p = &r;
        last = m_writer.write(m_db, std::span<const Record* const>(&p, 1));
        REQUIRE(last.committed);
        return r;
    }

    Db& m_db;
    RecordWriter m_writer;
    std::uint64_t m_key = 0;
    Seq m_seq = 0;
};

}  // namespace store_test
