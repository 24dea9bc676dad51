#pragma once

#include "Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

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
        // Retired by an administrator (services::CodeListService): still valid on the
        // records that hold it (has() is true), offered in no new form (offered()).
        bool retired = false;
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

    // The built-in labels as lupdate sees them (context "codes"; CodeLabels.cpp).
    static QStringList translatableLabels();

    // Adds an administrator's code; refused for fixed lists or a code already present.
    Status addCode(const QString &list, const QString &code, const QString &label);

    // A code list as an administrator changed it (a ref_code row): the code is added (to an
    // extensible list) or, when present, takes `label` and `retired`; `position`, when
    // given, places it in the list (the built-in codes are at 0, 1, 2... until moved).
    Status apply(const QString &list, const QString &code, const QString &label, bool retired,
                 std::optional<int> position);
    bool isRetired(const QString &list, const QString &code) const;
    // The codes a new record may take: those not retired, in order, and `current` (what the
    // record being edited holds) even when it is retired.
    QStringList offered(const QString &list, const QString &current = {}) const;

private:
    struct List
    {
        bool extensible = false;
        QVector<Code> codes;
        QHash<QString, int> index;
        QHash<QString, int> position; // code -> its place, when set
    };
    QHash<QString, List> m_lists;
    QStringList m_order;
};

} // namespace hub::domain
