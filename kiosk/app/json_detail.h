// Builds the small JSON objects stored with each recorded event ({"target":"zalo","correct":true}).
// Keys and values are quoted by core/json_quote.h, so content text can never break the log's format.
#pragma once

#include <string>
#include <string_view>

namespace tramso::app {

class JsonDetail {
public:
    JsonDetail& add(std::string_view key, std::string_view value);
    JsonDetail& add(std::string_view key, const char* value) { return add(key, std::string_view(value)); }
    JsonDetail& add(std::string_view key, long long value);
    JsonDetail& add(std::string_view key, int value) { return add(key, static_cast<long long>(value)); }
    JsonDetail& add(std::string_view key, bool value);
    std::string str() const { return "{" + m_body + "}"; }

private:
    void key(std::string_view k);
    std::string m_body;
};

}  // namespace tramso::app
