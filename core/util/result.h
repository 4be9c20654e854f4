#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Cutover {

// What went wrong, in a form that a caller can branch on (kind) and show to
// a person (message: complete, translated sentences naming the file, line,
// status or whatever locates the problem).
enum class ErrorKind {
    Generic,
    Io,           // the file system refused (permissions, disk full, missing)
    BadInput,     // malformed input: JSON, CSV, options
    NotCutover,   // not a Cutover project: empty, not SQLite, another application's file
    Corrupt,      // a Cutover project that fails its integrity check
    NewerVersion, // written by a newer Cutover
    ReadOnly,     // a write was attempted on a read-only project
    Locked,       // another process holds the project
    Cancelled,
    Network,
    Provider,
};

struct Error
{
    ErrorKind kind = ErrorKind::Generic;
    QString message;
};

inline Error makeError(ErrorKind kind, QString message)
{
    return Error{kind, std::move(message)};
}

// A value or an Error. Small on purpose: std::expected is C++23.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace Cutover
