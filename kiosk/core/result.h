// Result<T>: the core's way to report a user-facing problem without throwing.
// An Error names *what* went wrong and *where* (a file:line, a device, a table) so the
// message shown to staff or printed by a CLI command can be acted on.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace tramso {

struct Error {
    std::string where;    // "config/kiosk.toml:12", "/dev/usb/lp0", "var/tramso.db"; may be empty
    std::string message;  // plain sentence saying what is wrong and what to do

    std::string to_string() const { return where.empty() ? message : where + ": " + message; }
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_v); }
    const T& value() const& { return std::get<T>(m_v); }
    T&& value() && { return std::get<T>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// For operations that return nothing but can fail.
struct Ok {};
using Status = Result<Ok>;

}  // namespace tramso
