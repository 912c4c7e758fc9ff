#include "qr/follow_up_url.h"

namespace tramso {

namespace {

// RFC 3986 unreserved characters: safe as a parameter name or value without encoding.
bool is_unreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

bool all_unreserved(std::string_view s) {
    for (char c : s) {
        if (!is_unreserved(c)) return false;
    }
    return !s.empty();
}

bool needs_encoding(unsigned char c) {
    if (c <= 0x20 || c >= 0x7f) return true;
    return std::string_view("\"<>\\^`{|}").find(static_cast<char>(c)) != std::string_view::npos;
}

// True when the query (text after '?', without fragment) already has `param` as a key.
bool query_has_param(std::string_view query, std::string_view param) {
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        std::string_view pair = query.substr(0, amp);
        if (pair.substr(0, pair.find('=')) == param) return true;
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    return false;
}

}  // namespace

std::string percent_encode_url(std::string_view url) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(url.size());
    for (unsigned char c : url) {
        if (needs_encoding(c)) {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

Result<std::string> build_follow_up_url(std::string_view base_url, std::string_view reference, std::string_view param) {
    const std::string where(base_url);
    if (!base_url.starts_with("https://") && !base_url.starts_with("http://")) {
        return Error{where, "follow-up link must start with https:// (or http://)."};
    }
    if (!all_unreserved(param)) {
        return Error{std::string(param), "reference parameter name must be letters, digits, '-', '.', '_' or '~'."};
    }
    if (!all_unreserved(reference)) {
        return Error{std::string(reference), "reference must be letters, digits, '-', '.', '_' or '~'."};
    }

    std::string url = percent_encode_url(base_url);
    std::string fragment;
    if (const std::size_t hash = url.find('#'); hash != std::string::npos) {
        fragment = url.substr(hash);
        url.erase(hash);
    }
    const std::size_t question = url.find('?');
    if (question == std::string::npos) {
        url += '?';
    } else {
        if (query_has_param(std::string_view(url).substr(question + 1), param)) {
            return Error{where, "follow-up link already has a '" + std::string(param) +
                                    "=' parameter; remove it, the kiosk adds its own reference."};
        }
        // A '?' at the end that is not the one opening the query is part of a value.
        if (url.size() != question + 1 && url.back() != '&') url += '&';
    }
    url += param;
    url += '=';
    url += reference;
    url += fragment;
    return url;
}

}  // namespace tramso
