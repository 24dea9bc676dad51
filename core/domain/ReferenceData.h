#pragma once

#include "Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hub::domain {

// The code lists of ARCHIVE_FORMAT.md with their English labels. The built-in lists ship
// in resources/reference/codes.json (compiled in); administrators may add codes to the
// lists marked extensible, which the store keeps and merges in with addCode().
class ReferenceData
{
public:
    struct Code
    {
        QString code;
        QString label; // English; the UI translates it in the "codes" context
        bool builtin = true;
    };

    // The lists compiled into the program.
    static const ReferenceData &builtin();

    static Result<ReferenceData> fromJson(const QByteArray &json);

    bool has(const QString &list, const QString &code) const;
    QStringList codes(const QString &list) const;
    QVector<Code> entries(const QString &list) const;
    QString label(const QString &list, const QString &code) const;
    bool isExtensible(const QString &list) const;
    QStringList lists() const;

    // Adds an administrator's code; refused for fixed lists or a code already present.
    Status addCode(const QString &list, const QString &code, const QString &label);

private:
    struct List
    {
        bool extensible = false;
        QVector<Code> codes;
        QHash<QString, int> index;
    };
    QHash<QString, List> m_lists;
    QStringList m_order;
};

} // namespace hub::domain
