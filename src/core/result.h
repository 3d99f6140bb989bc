// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <QString>
#include <utility>
#include <variant>

namespace hearth::core {

// What went wrong, in words a user can act on. `code` lets callers branch without parsing text;
// `position` is a 0-based character offset into user input (SQL, JSON) when one is known.
struct Error
{
    enum class Code {
        Generic,
        Io,
        NotFound,
        Corrupt,
        TooNew,
        InvalidInput,
        SqlSyntax,
        Unsupported,
        Network,
        Auth,
        Timeout,
        Cancelled,
        Busy,
        Tampered, // authenticated data failed its check (e.g. a token vault was modified)
    };

    Code code = Code::Generic;
    QString message;
    int position = -1;

    static Error make(Code code, QString message, int position = -1)
    {
        return Error {code, std::move(message), position};
    }
};

// A small expected-like type (C++20 has no std::expected). Fallible core calls return it; no
// exception crosses a layer boundary.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }

    // Safe to call on success too (returns an empty Error), so test and log messages can be
    // built unconditionally.
    const Error &error() const
    {
        static const Error none;
        const Error *e = std::get_if<Error>(&m_state);
        return e ? *e : none;
    }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        static const Error none;
        return m_error ? *m_error : none;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace hearth::core
