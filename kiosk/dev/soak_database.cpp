#include "dev/soak_database.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "app/staff_pin.h"
#include "store/kiosk_meta.h"
#include "store/schema.h"
#include "store/sqlite_db.h"

namespace tramso::dev {
namespace {

constexpr char kSoakMark[] = "made by tramso-dev --soak; not a station's data";

// Bytes at `path`, or -1 when there is no such file.
long long file_size(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return -1;
    return static_cast<long long>(st.st_size);
}

// A journal or WAL beside an empty file still holds someone's data.
bool holds_nothing(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-journal"})
        if (file_size(path + suffix) > 0) return false;
    return true;
}

Error refused(const std::string& path, const std::string& why) {
    return Error{path, why +
                           "; the soak writes sessions, learners and a staff PIN of its own, so it runs only on a "
                           "database it created: give --db a path that does not exist yet"};
}

Result<SoakDatabase> create(const std::string& path, Millis now_ms) {
    // O_EXCL: the file is ours, not one that appeared since we looked.
    if (file_size(path) < 0) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) return Error{path, std::string("cannot create the soak's database: ") + std::strerror(errno)};
        ::close(fd);
    }
    auto db = store::Db::open(path);
    if (!db) return db.error();
    if (Status st = store::migrate(*db); !st) return st.error();
    if (Status st = store::set_meta(*db, kMetaSoakDatabase, kSoakMark, now_ms); !st) return st.error();
    if (Status st = app::set_staff_pin(*db, kSoakStaffPin, now_ms); !st) return st.error();
    return SoakDatabase{true, std::string(kSoakStaffPin)};
}

// Reading a WAL database, even read-only, makes SQLite create its -wal and -shm files; the
// ones this look created (no other connection had them) are removed again, leaving no trace.
class SidecarsLeftAsFound {
public:
    explicit SidecarsLeftAsFound(const std::string& db_path)
        : m_wal(db_path + "-wal"),
          m_shm(db_path + "-shm"),
          m_had_wal(file_size(m_wal) >= 0),
          m_had_shm(file_size(m_shm) >= 0) {}
    ~SidecarsLeftAsFound() {
        if (m_had_wal || m_had_shm || file_size(m_wal) > 0) return;
        ::unlink(m_wal.c_str());
        ::unlink(m_shm.c_str());
    }
    SidecarsLeftAsFound(const SidecarsLeftAsFound&) = delete;
    SidecarsLeftAsFound& operator=(const SidecarsLeftAsFound&) = delete;

private:
    std::string m_wal, m_shm;
    bool m_had_wal, m_had_shm;
};

}  // namespace

Result<bool> is_soak_database(const std::string& db_path) {
    SidecarsLeftAsFound sidecars(db_path);  // declared first: acts after the connection closed
    auto db = store::Db::open(db_path, store::OpenMode::read_only);
    if (!db) return db.error();
    auto mark = store::get_meta(*db, kMetaSoakDatabase);
    if (!mark) return mark.error();
    return mark->has_value();
}

Result<SoakDatabase> prepare_soak_database(const std::string& path, Millis now_ms) {
    if (holds_nothing(path)) return create(path, now_ms);
    auto marked = is_soak_database(path);
    if (!marked) return refused(path, "cannot tell whether this is a soak database (" + marked.error().message + ")");
    if (!*marked) return refused(path, "this database was not made by the soak (no soak mark in kiosk_meta)");
    // An earlier soak's database: its PIN is the soak's unless someone changed it.
    SidecarsLeftAsFound sidecars(path);
    auto db = store::Db::open(path, store::OpenMode::read_only);
    if (!db) return db.error();
    auto hash = app::staff_pin_hash(*db);
    if (!hash) return hash.error();
    SoakDatabase out;
    if (*hash && app::pin_matches(**hash, kSoakStaffPin)) out.staff_pin = kSoakStaffPin;
    return out;
}

}  // namespace tramso::dev
