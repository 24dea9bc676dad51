#pragma once

// Reading one row of a police referral file through its mapping profile (cells by field,
// codes translated by the profile's tables): ReferralImportService's preview, kept apart.

#include "domain/Records.h"
#include "domain/ReferenceData.h"
#include "import/CsvReader.h"
#include "import/ReferralProfile.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace hub::services::importrows {

using import::ReferralProfile;

inline QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

// The translation of a cell through the profile's table for `field` (keys compared
// trimmed and case-insensitively), or empty.
inline QString translated(const ReferralProfile &profile, const QString &field, const QString &cell)
{
    const auto table = profile.values.value(field);
    const auto key = folded(cell);
    for (auto it = table.begin(); it != table.end(); ++it) {
        if (folded(it.key()) == key)
            return it.value();
    }
    return {};
}

// One row being read: its cells by field, and the problems found.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(ReferralImportService)

public:
    RowReader(const ReferralProfile &profile, const QHash<QString, int> &columnOf,
              const import::CsvRecord &record, const domain::ReferenceData &codes)
        : m_profile(profile), m_columnOf(columnOf), m_record(record), m_codes(codes)
    {
    }

    QString cell(const QString &field) const
    {
        const int i = m_columnOf.value(field, -1);
        return i >= 0 && i < m_record.cells.size() ? m_record.cells.at(i).trimmed() : QString();
    }

    void problem(const QString &field, const QString &message)
    {
        m_problems.push_back(
            {m_record.line, m_profile.columns.value(field), field, message, cell(field)});
    }

    QString code(const QString &field, const QString &text)
    {
        if (text.isEmpty())
            return {};
        if (const auto t = translated(m_profile, field, text); !t.isEmpty())
            return t;
        const auto list = ReferralProfile::codeListOf(field);
        const auto key = folded(text);
        for (const auto &entry : m_codes.entries(list)) {
            if (folded(entry.code) == key || folded(entry.label) == key)
                return entry.code;
        }
        problem(field, tr("'%1' is not wording this profile knows for %2: add it to the "
                          "profile's values")
                           .arg(text, field));
        return {};
    }

    bool yesNo(const QString &field, bool absent)
    {
        const auto text = cell(field);
        if (text.isEmpty())
            return absent;
        auto word = translated(m_profile, field, text);
        if (word.isEmpty())
            word = folded(text);
        static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"),
                                     QStringLiteral("true"), QStringLiteral("1"),
                                     QStringLiteral("x")};
        static const QStringList no{QStringLiteral("no"), QStringLiteral("n"),
                                    QStringLiteral("false"), QStringLiteral("0")};
        if (yes.contains(word))
            return true;
        if (no.contains(word))
            return false;
        problem(field, tr("'%1' is not yes or no").arg(text));
        return absent;
    }

    // The cell read with the profile's date format, with or without a time after it.
    QDateTime dateTime(const QString &field)
    {
        const auto text = cell(field);
        if (text.isEmpty())
            return {};
        const auto &f = m_profile.dateFormat;
        for (const auto &format : {f, f + QStringLiteral(" HH:mm"), f + QStringLiteral(" HH:mm:ss"),
                                   f + QStringLiteral(" H:mm"), f + QStringLiteral("'T'HH:mm:ss"),
                                   f + QStringLiteral("'T'HH:mm")}) {
            const auto t = QDateTime::fromString(text, format);
            if (t.isValid())
                return QDateTime(t.date(), t.time(), util::london());
        }
        problem(field, tr("'%1' is not a date written as %2").arg(text, f));
        return {};
    }

    QVector<ImportProblem> problems() const { return m_problems; }

private:
    const ReferralProfile &m_profile;
    const QHash<QString, int> &m_columnOf;
    const import::CsvRecord &m_record;
    const domain::ReferenceData &m_codes;
    QVector<ImportProblem> m_problems;
};

inline QStringList splitCodes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;|/,]"));
    QStringList out;
    for (const auto &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

} // namespace hub::services::importrows
