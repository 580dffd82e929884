#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace depot::core {

/// A machine-readable error code with a message a person understands.
struct Error
{
    QString code;
    QString message;
};

/// The value of an operation that may fail, or the reason it failed.
/// Used at every public boundary instead of exceptions.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    static Result failure(QString code, QString message) { return Error{std::move(code), std::move(message)}; }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &std::get<T>(m_state); }
    T *operator->() { return &std::get<T>(m_state); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    static Result failure(QString code, QString message) { return Error{std::move(code), std::move(message)}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

/// Thrown inside a layer only; turned into a Result before crossing a public API.
class RuntimeError
{
public:
    RuntimeError(QString code, QString message) : m_error{std::move(code), std::move(message)} { }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

} // namespace depot::core
