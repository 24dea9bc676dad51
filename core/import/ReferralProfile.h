#pragma once

// A mapping profile for police referral files (docs/REFERRAL_IMPORT.md): which column of a
// force's CSV export holds which field, how its dates are written and how its wording
// translates into the hub's codes. Saved by name in the database (record kind
// referral_profile, synced to every desk) and exchanged between hubs as a small JSON file
// with exactly the keys name, source, encoding, delimiter, date_format, columns, values.

#include "Result.h"
#include "domain/ReferenceData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hub::import {

// One thing wrong with a profile: `field` is the JSON path ("columns.offence",
// "values.offence_group.Assault ABH", "date_format"), `message` what is wrong with it.
struct ProfileIssue
{
    QString field;
    QString message;
};

struct ReferralProfile
{
    Q_DECLARE_TR_FUNCTIONS(ReferralProfile)

public:
    QString name;
    QString source = QStringLiteral("police");         // a code of the "source" list
    QString encoding = QStringLiteral("auto");         // auto | utf-8 | windows-1252
    QString delimiter = QStringLiteral("auto");        // auto | , | ; | \t (a tab)
    QString dateFormat = QStringLiteral("dd/MM/yyyy"); // a Qt date format
    QMap<QString, QString> columns;                    // field name -> the file's header text
    QMap<QString, QMap<QString, QString>> values;      // field -> file wording -> hub code
    // Bookkeeping of the saved profile (not part of the JSON file).
    QDateTime updatedAt;
    QString updatedBy;

    // The fields a profile may map (archive field names of person and referral, plus the
    // yes/no flag columns that decide enhanced entitlement): see docs/REFERRAL_IMPORT.md.
    static const QStringList &fieldNames();
    // The fields a profile must map (a referral cannot be made without them).
    static const QStringList &requiredFields();
    // The fields whose cells are codes of a reference list, and that list ("offence_group"
    // -> "offence_group", "flags" -> "flag"...); empty for other fields.
    static QString codeListOf(const QString &field);

    // Reads the JSON file. Refuses bytes that are not a JSON object, or that have keys of
    // the wrong type or unknown keys (one message); the values are checked by validate().
    static Result<ReferralProfile> fromJson(const QByteArray &json);
    // The JSON file: the seven keys, indented, keys sorted (stable for round trips).
    QByteArray toJson() const;

    // Every problem, field by field (empty when the profile is usable): unknown field names,
    // unknown codes, a bad date format, a bad encoding or delimiter, a required field not
    // mapped, two fields mapped to one header.
    QVector<ProfileIssue> validate(const domain::ReferenceData &codes) const;
    // validate() as one Error (Invalid, its field the first issue's) or ok.
    Status check(const domain::ReferenceData &codes) const;

    bool operator==(const ReferralProfile &o) const
    {
        return name == o.name && source == o.source && encoding == o.encoding &&
               delimiter == o.delimiter && dateFormat == o.dateFormat && columns == o.columns &&
               values == o.values;
    }
};

} // namespace hub::import
