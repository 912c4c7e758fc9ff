#include "store/csv.h"

namespace tramso::store {

std::string csv_cell(std::string_view value) {
    std::string v;
    // OWASP's advice for CSV injection: prefix with an apostrophe, which spreadsheets show as
    // text and do not evaluate. A negative number such as "-5" is a formula start too; the
    // exports write counts and codes, never negative numbers, so nothing legitimate is lost.
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                           value[0] == '\t' || value[0] == '\r'))
        v = "'";
    v += value;
    const bool quote = v.find_first_of(",\"\r\n;") != std::string::npos;
    if (!quote) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

CsvWriter& CsvWriter::row(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) m_text += ',';
        m_text += csv_cell(cells[i]);
    }
    m_text += "\r\n";
    return *this;
}

}  // namespace tramso::store
