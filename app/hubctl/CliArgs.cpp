#include "CliArgs.h"

#include <QCoreApplication>

namespace hub::cli {

std::optional<QString> CliArgs::option(const QString &name)
{
    for (int i = 0; i < m_words.size(); ++i) {
        const auto &w = m_words.at(i);
        if (w == name) {
            if (i + 1 >= m_words.size() || m_words.at(i + 1).startsWith(QLatin1String("--"))) {
                m_error = QCoreApplication::translate("hubctl", "%1 needs a value").arg(name);
                m_words.removeAt(i);
                return std::nullopt;
            }
            const auto value = m_words.at(i + 1);
            m_words.remove(i, 2);
            return value;
        }
        if (w.startsWith(name + QLatin1Char('='))) {
            const auto value = w.mid(name.size() + 1);
            m_words.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

bool CliArgs::flag(const QString &name)
{
    return m_words.removeAll(name) > 0;
}

std::optional<QString> CliArgs::positional()
{
    for (int i = 0; i < m_words.size(); ++i) {
        if (!m_words.at(i).startsWith(QLatin1String("--")) || m_words.at(i) == QLatin1String("--"))
            return m_words.takeAt(i);
    }
    return std::nullopt;
}

std::optional<int> toInt(const QString &name, const QString &text, int min, int max, QString &error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        error = QCoreApplication::translate("hubctl",
                                            "%1 must be a whole number from %2 to %3, not '%4'")
                    .arg(name)
                    .arg(min)
                    .arg(max)
                    .arg(text);
        return std::nullopt;
    }
    return value;
}

} // namespace hub::cli
