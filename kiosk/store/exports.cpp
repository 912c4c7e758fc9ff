#include "store/exports.h"

#include <unistd.h>
#include <cstdio>
#include <filesystem>

#include "core/civil_time.h"
#include "store/csv.h"
#include "store/reports.h"
#include "store/session_queries.h"

namespace tramso::store {
namespace {

constexpr char kSqlAllLearners[] =
    "SELECT code, full_name, birth_year, birth_decade, phone, ward, union_member, created_ms, "
    "last_seen_ms, erased_ms FROM learners ORDER BY id";

constexpr int kAllRows = 10'000'000;

// "2026-11-03 14:05", local time.
std::string local_time_text(Millis at_ms, int utc_offset_minutes) {
    const LocalDateTime t = local_date_time(at_ms, utc_offset_minutes);
    return format_date(t.date) + " " + clock_text(t.minute_of_day());
}

std::string month_text(int year, int month) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

std::string minutes_text(Millis ms) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", double(ms) / 60'000.0);
    return buf;
}

Status write_file(const std::filesystem::path& path, const std::string& text) {
    const std::filesystem::path tmp = path.string() + ".part";
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) return Error{tmp.string(), "cannot create the file (is the USB stick writable and not full?)"};
    const bool written = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    // Staff pull the stick out right after "done": the bytes must be on it by then.
    const bool synced = std::fflush(f) == 0 && ::fsync(::fileno(f)) == 0;
    const bool closed = std::fclose(f) == 0;
    if (!written || !synced || !closed) {
        std::error_code ec;
        std::filesystem::remove(tmp, ec);
        return Error{tmp.string(), "could not write every byte (is the USB stick full or removed?)"};
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) return Error{path.string(), "cannot rename the finished file: " + ec.message()};
    return Ok{};
}

}  // namespace

Result<std::pair<int, int>> parse_month(std::string_view text) {
    int year = 0, month = 0;
    char extra = 0;
    const std::string s(text);
    if (std::sscanf(s.c_str(), "%4d-%2d%c", &year, &month, &extra) != 2 || s.size() != 7 || year < 2000 ||
        year > 2200 || month < 1 || month > 12)
        return Error{"--month", "expected a month as YYYY-MM, e.g. 2026-11 (got \"" + s + "\")"};
    return std::pair{year, month};
}

Result<MonthExport> build_month_export(Db& db, int year, int month, int utc_offset_minutes, std::string_view kiosk_id,
                                       const std::function<std::string(std::string_view)>& lesson_title) {
    MonthExport e;
    e.year = year;
    e.month = month;
    const std::string kiosk(kiosk_id);

    // Sessions, oldest first (list_sessions gives newest first).
    SessionFilter filter;
    filter.range = local_month_range(year, month, utc_offset_minutes);
    auto page = list_sessions(db, filter, PageRequest{kAllRows, 0});
    if (!page) return page.error();
    CsvWriter sessions;
    sessions.row({"Mã phiên", "Trạm", "Bắt đầu", "Kết thúc", "Số phút", "Lý do kết thúc", "Ngôn ngữ", "Mã học viên",
                  "Số bài đã mở", "Số bài hoàn thành"});
    for (auto it = page->rows.rbegin(); it != page->rows.rend(); ++it) {
        const SessionRow& r = *it;
        sessions.row({std::to_string(r.id), r.kiosk_id, local_time_text(r.started_ms, utc_offset_minutes),
                      r.ended_ms ? local_time_text(*r.ended_ms, utc_offset_minutes) : "",
                      r.ended_ms ? minutes_text(*r.ended_ms - r.started_ms) : "", r.end_reason, r.language,
                      r.learner_code, std::to_string(r.lesson_runs), std::to_string(r.lessons_completed)});
    }
    e.sessions_csv = sessions.text();

    CsvWriter learners;
    learners.row({"Mã học viên", "Họ và tên", "Năm sinh", "Thập niên sinh", "Điện thoại", "Phường/xã", "Hội viên",
                  "Ngày đăng ký", "Lần cuối đến", "Đã xóa dữ liệu cá nhân"});
    {
        auto q = db.query(kSqlAllLearners);
        if (!q) return q.error();
        auto st = for_each_row(*q, [&](Query& r) {
            auto opt = [&](int col) { return r.is_null(col) ? std::string() : r.text(col); };
            learners.row({r.text(0), opt(1), opt(2), r.is_null(3) ? "" : opt(3) + "s", opt(4), opt(5),
                          r.int64(6) ? "có" : "không", format_date(local_date(r.int64(7), utc_offset_minutes)),
                          format_date(local_date(r.int64(8), utc_offset_minutes)),
                          r.is_null(9) ? "" : format_date(local_date(r.int64(9), utc_offset_minutes))});
        });
        if (!st) return st.error();
    }
    e.learners_csv = learners.text();

    auto m = monthly_summary(db, year, month, utc_offset_minutes);
    if (!m) return m.error();
    auto completed = lessons_completed(db, filter.range);
    if (!completed) return completed.error();
    CsvWriter summary;
    const std::string mt = month_text(year, month);
    summary.row({"Tháng", "Trạm", "Mục", "Nhóm", "Số lượng"});
    auto line = [&](const std::string& what, const std::string& group, int n) {
        summary.row({mt, kiosk, what, group, std::to_string(n)});
    };
    line("Lượt học (phiên)", "", m->sessions);
    line("Lượt học không đăng ký", "", m->anonymous_sessions);
    line("Học viên đã đăng ký có đến học", "", m->distinct_learners);
    line("Đăng ký mới", "", m->new_registrations);
    line("Bài học hoàn thành", "", m->lessons_completed);
    for (const auto& b : m->learners_by_age_band) line("Học viên theo độ tuổi", b.label, b.count);
    for (const auto& w : m->learners_by_ward)
        line("Học viên theo phường/xã", w.label.empty() ? "(không ghi)" : w.label, w.count);
    for (const auto& c : *completed) {
        const std::string title = lesson_title ? lesson_title(c.lesson_id) : "";
        line("Bài hoàn thành theo bài", title.empty() ? c.lesson_id : title, c.completed);
    }
    e.summary_csv = summary.text();
    return e;
}

Result<std::vector<std::string>> write_month_export(const MonthExport& e, const std::string& dir,
                                                    std::string_view kiosk_id) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        return Error{dir, "the export folder does not exist (is the USB stick plugged in and mounted?)"};
    const std::string stem = "tramso-" + std::string(kiosk_id) + "-" + month_text(e.year, e.month);
    std::vector<std::string> written;
    for (const auto& [suffix, text] :
         {std::pair{"-phien.csv", &e.sessions_csv}, std::pair{"-hoc-vien.csv", &e.learners_csv},
          std::pair{"-tong-hop.csv", &e.summary_csv}}) {
        const std::filesystem::path path = std::filesystem::path(dir) / (stem + suffix);
        if (Status st = write_file(path, *text); !st) return st.error();
        written.push_back(path.string());
    }
    return written;
}

}  // namespace tramso::store
