// CSV for spreadsheets staff open in Excel or LibreOffice: UTF-8 with a byte-order mark (without
// it Excel shows Vietnamese as mojibake), CRLF line ends, every cell quoted when it needs it, and
// cells a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
// neutralised with a leading apostrophe. A learner can type her own name; a name like
// =HYPERLINK("…") must reach the Union's laptop as text, never as a formula (CSV injection).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tramso::store {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// One cell, neutralised and quoted as needed.
std::string csv_cell(std::string_view value);

class CsvWriter {
public:
    CsvWriter() : m_text(kUtf8Bom) {}
    CsvWriter& row(const std::vector<std::string>& cells);
    const std::string& text() const { return m_text; }

private:
    std::string m_text;
};

}  // namespace tramso::store
