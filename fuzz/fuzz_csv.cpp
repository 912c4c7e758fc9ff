// The CSV writer on arbitrary cells. Reading back what it wrote, as a spreadsheet reads CSV
// (RFC 4180: quoted cells, doubled quotes), gives the same rows and cells, except that a cell
// a spreadsheet would run as a formula comes back as text behind an apostrophe; and no cell a
// spreadsheet reads starts a formula.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "store/csv.h"

using Rows = std::vector<std::vector<std::string>>;

namespace {

// The input: cells separated by 0x00, rows by 0x01.
Rows split_input(std::string_view in) {
    Rows rows(1);
    rows.back().emplace_back();
    for (char c : in) {
        if (c == '\x01') {
            rows.emplace_back();
            rows.back().emplace_back();
        } else if (c == '\0') {
            rows.back().emplace_back();
        } else {
            rows.back().back() += c;
        }
    }
    return rows;
}

// A strict RFC 4180 reader with CRLF row ends; false if the text is not well-formed CSV.
bool read_csv(std::string_view text, Rows& rows) {
    std::size_t i = 0;
    while (i < text.size()) {
        std::vector<std::string> row;
        for (;;) {
            std::string cell;
            if (i < text.size() && text[i] == '"') {
                ++i;
                for (;;) {
                    if (i >= text.size()) return false;
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            cell += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    cell += text[i++];
                }
            } else {
                while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                    if (text[i] == '"') return false;  // a quote inside an unquoted cell
                    cell += text[i++];
                }
            }
            row.push_back(cell);
            if (i < text.size() && text[i] == ',') {
                ++i;
                continue;
            }
            if (text.substr(i, 2) != "\r\n") return false;
            i += 2;
            break;
        }
        rows.push_back(row);
    }
    return true;
}

bool starts_formula(std::string_view s) {
    return !s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Rows rows = split_input(std::string_view(reinterpret_cast<const char*>(data), size));
    tramso::store::CsvWriter writer;
    for (const auto& row : rows) writer.row(row);

    const std::string& text = writer.text();
    FUZZ_CHECK(text.starts_with(tramso::store::kUtf8Bom));
    Rows back;
    FUZZ_CHECK(read_csv(std::string_view(text).substr(tramso::store::kUtf8Bom.size()), back));
    FUZZ_CHECK(back.size() == rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        FUZZ_CHECK(back[r].size() == rows[r].size());
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const std::string& written = rows[r][c];
            const std::string& read = back[r][c];
            FUZZ_CHECK(!starts_formula(read));
            FUZZ_CHECK(read == (starts_formula(written) ? "'" + written : written));
            FUZZ_CHECK(tramso::store::csv_cell(written).find('"') == std::string::npos ||
                       tramso::store::csv_cell(written).front() == '"');
        }
    }
    return 0;
}
