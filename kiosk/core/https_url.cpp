#include "core/https_url.h"

#include <algorithm>
#include <cctype>

namespace tramso {
namespace {

// Characters allowed in a URL as RFC 3986 writes it (unreserved, reserved and '%').
bool is_url_char(char c) {
    if (std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80) {
        return true;
    }
    return std::string_view("-._~:/?#[]@!$&'()*+,;=%").find(c) != std::string_view::npos;
}

}  // namespace

std::string describe_char(char c) {
    if (c == ' ') return "a space";
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return "a control character";
    if (u >= 0x80) return "a non-ASCII letter (write Vietnamese words without accents)";
    return std::string("'") + c + "'";
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), s.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
}

std::string https_site_name(std::string_view url) {
    if (!starts_with_ci(url, "https://")) return {};
    const std::string_view rest = url.substr(8);
    const std::string_view host_port = rest.substr(0, rest.find_first_of("/?#"));
    return std::string(host_port.substr(0, host_port.find(':')));
}

std::optional<Problem> check_https_url(std::string_view url) {
    const std::string written = "\"" + std::string(url) + "\"";
    for (char c : url) {
        if (!is_url_char(c)) {
            return Problem{"the address " + written + " contains " + describe_char(c),
                           "remove it, or percent-encode it (a space is %20)"};
        }
    }
    if (!starts_with_ci(url, "https://")) {
        if (starts_with_ci(url, "http://")) {
            return Problem{"the address " + written + " is not secure (http://)",
                           "use https:// — learners are taught to trust only https links"};
        }
        return Problem{"the address " + written + " does not start with https://",
                       "write the full address, like https://tramso.vn/hoc/otp"};
    }
    const std::string_view rest = url.substr(8);
    const std::string_view host_port = rest.substr(0, rest.find_first_of("/?#"));
    const std::string_view host = host_port.substr(0, host_port.find(':'));
    const std::string fix = "write the address with its site name, like https://tramso.vn/hoc";
    if (host.empty()) return Problem{"the address " + written + " has no site name", fix};
    if (host_port.find('@') != std::string_view::npos) {
        return Problem{"the address " + written + " hides its site name behind '@'", fix};
    }
    if (host.front() == '.' || host.back() == '.' || host.find("..") != std::string_view::npos ||
        host.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-") !=
            std::string_view::npos) {
        return Problem{"the site name \"" + std::string(host) + "\" is not valid", fix};
    }
    if (host_port.size() > host.size()) {
        const std::string_view port = host_port.substr(host.size() + 1);
        if (port.empty() || port.find_first_not_of("0123456789") != std::string_view::npos) {
            return Problem{"the port in " + written + " is not a number", fix};
        }
    }
    return std::nullopt;
}

}  // namespace tramso
