#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace hub {

// What went wrong, as a value. The UI turns it into translated words; the CLI prints
// message() on one line. `field` names the offending field, `line` the archive line.
struct Error
{
    enum class Kind
    {
        Invalid,    // a value broke a rule (field says which)
        NotFound,   // a referenced record does not exist
        Conflict,   // duplicate id, or different content for an existing id
        Permission, // the actor may not do this
        Storage,    // SQLite or file system failure
        Version,    // database or archive written by a newer version
        Io,         // file could not be read or written
    };

    Kind kind = Kind::Invalid;
    QString field;
    QString message;
    int line = 0;

    static Error invalid(const QString &field, const QString &message)
    {
        return Error{Kind::Invalid, field, message, 0};
    }
    static Error make(Kind kind, const QString &message) { return Error{kind, {}, message, 0}; }

    // "line N: field F: message", leaving out the parts that are not known.
    QString describe() const
    {
        QString out;
        if (line > 0)
            out += QStringLiteral("line %1: ").arg(line);
        if (!field.isEmpty())
            out += QStringLiteral("field %1: ").arg(field);
        return out + message;
    }
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing but may fail.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace hub
