// Monthly exports for the Union: sessions, learners and a summary, as CSV files staff
// copy to a USB stick from staff mode or with `tramso report --month 2026-11 --out DIR`.
// Building the text is separate from writing it, so tests check every cell without a disk.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "store/sqlite_db.h"

namespace tramso::store {

struct MonthExport {
    int year = 0, month = 0;
    std::string sessions_csv;  // one row per session started in the month
    std::string learners_csv;  // every learner (erased ones without personal data)
    std::string summary_csv;   // the month's figures, learners by age band and by ward
};

// "2026-11" → year and month; an Error names the expected form otherwise.
Result<std::pair<int, int>> parse_month(std::string_view text);

// lesson_title maps a lesson id to the title shown in the CSV (may be empty: ids are used).
Result<MonthExport> build_month_export(Db& db, int year, int month, int utc_offset_minutes, std::string_view kiosk_id,
                                       const std::function<std::string(std::string_view)>& lesson_title = {});

// Writes the three files into `dir` (which must exist: a USB stick that is not mounted must not
// silently become a folder on the kiosk's own disk). Returns the paths written.
Result<std::vector<std::string>> write_month_export(const MonthExport& e, const std::string& dir,
                                                    std::string_view kiosk_id);

}  // namespace tramso::store
