#include "app/json_detail.h"

#include <cstdio>

namespace tramso::app {

std::string json_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    for (char c : s) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += c;  // UTF-8 passes through unchanged
                }
        }
    }
    return out;
}

void JsonDetail::key(std::string_view k) {
    if (!m_body.empty()) m_body += ",";
    m_body += "\"" + json_escape(k) + "\":";
}

JsonDetail& JsonDetail::add(std::string_view k, std::string_view value) {
    key(k);
    m_body += "\"" + json_escape(value) + "\"";
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
