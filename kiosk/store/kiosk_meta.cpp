#include "store/kiosk_meta.h"

namespace tramso::store {

namespace {

constexpr char kSqlSetMeta[] =
    "INSERT INTO kiosk_meta (key, value, updated_ms) VALUES (?, ?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_ms = excluded.updated_ms";

constexpr char kSqlGetMeta[] = "SELECT value FROM kiosk_meta WHERE key = ?";

constexpr char kSqlGetMetaEntry[] = "SELECT value, updated_ms FROM kiosk_meta WHERE key = ?";

constexpr char kSqlDeleteMeta[] = "DELETE FROM kiosk_meta WHERE key = ?";

}  // namespace

Status set_meta(Db& db, std::string_view key, std::string_view value, Millis now_ms) {
    auto q = db.query(kSqlSetMeta);
    if (!q) return q.error();
    return q->bind_all(key, value, now_ms).run();
}

Result<std::optional<std::string>> get_meta(Db& db, std::string_view key) {
    auto q = db.query(kSqlGetMeta);
    if (!q) return q.error();
    q->bind_all(key);
    auto row = q->next();
    if (!row) return row.error();
    if (!*row) return std::optional<std::string>{};
    return std::optional<std::string>{q->text(0)};
}

Result<std::optional<MetaEntry>> get_meta_entry(Db& db, std::string_view key) {
    auto q = db.query(kSqlGetMetaEntry);
    if (!q) return q.error();
    q->bind_all(key);
    auto row = q->next();
    if (!row) return row.error();
    if (!*row) return std::optional<MetaEntry>{};
    return std::optional<MetaEntry>{MetaEntry{q->text(0), q->int64(1)}};
}

Status delete_meta(Db& db, std::string_view key) {
    auto q = db.query(kSqlDeleteMeta);
    if (!q) return q.error();
    return q->bind_all(key).run();
}

}  // namespace tramso::store
