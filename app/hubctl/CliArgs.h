#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace hub::cli {

// The words after the command, consumed option by option; whatever is left over at the
// end is an error the user is told about, never silently ignored.
class CliArgs
{
public:
    explicit CliArgs(QStringList words) : m_words(std::move(words)) {}

    // Removes "--name VALUE" (or "--name=VALUE"); nullopt when absent. A missing value is
    // reported through error().
    std::optional<QString> option(const QString &name);
    bool flag(const QString &name);
    // Removes and returns the next positional word; nullopt when none is left.
    std::optional<QString> positional();
    // The words no one asked for, e.g. a misspelt option.
    QStringList leftovers() const { return m_words; }
    QString error() const { return m_error; }

private:
    QStringList m_words;
    QString m_error;
};

// Parses a whole number in [min, max]; sets `error` with the option name when it is not.
std::optional<int> toInt(const QString &name, const QString &text, int min, int max,
                         QString &error);

} // namespace hub::cli
