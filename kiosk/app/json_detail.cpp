#include "app/json_detail.h"

#include "core/json_quote.h"

namespace tramso::app {

void JsonDetail::key(std::string_view k) {
    if (!m_body.empty()) m_body += ",";
    m_body += json_quote(k) + ":";
}

JsonDetail& JsonDetail::add(std::string_view k, std::string_view value) {
    key(k);
    m_body += json_quote(value);
    return *this;
}

JsonDetail& JsonDetail::add(std::string_view k, long long value) {
    key(k);
    m_body += std::to_string(value);
    return *this;
}

JsonDetail& JsonDetail::add(std::string_view k, bool value) {
    key(k);
    m_body += value ? "true" : "false";
    return *this;
}

}  // namespace tramso::app
