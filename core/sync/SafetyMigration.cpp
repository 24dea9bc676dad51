#include "SafetyMigration.h"
#include "HubTrust.h"

#include "domain/ReferenceData.h"

namespace hub::sync {

namespace {

const char *const kSafetyFields[] = {"safe_voicemail", "safe_letters", "safe_text"};

// Codes, list and field names are lower-case ASCII words: quoted as they are.
QString quoted(const QString &word)
{
    return QLatin1Char('\'') + word + QLatin1Char('\'');
}

// A stored safety value as a code: codes stay, 0/false (a deliberate "not safe") becomes
// not_safe, anything else (1/true, the old default nobody asked about) not_asked; the rule
// of domain::safetyFromValue. `value`: the SQL expression of the value as text.
QString asCode(const QString &value)
{
    return QStringLiteral("CASE WHEN %1 IN ('not_asked', 'safe', 'not_safe') THEN %1 "
                          "WHEN %1 IN ('0', 'false') THEN 'not_safe' ELSE 'not_asked' END")
        .arg(value);
}

// The same for a conflict's value, a one-element JSON array as text ("[1]").
QString conflictValue(const char *column)
{
    return QStringLiteral("CASE WHEN %1 IN ('[1]', '[true]') THEN '[\"not_asked\"]' "
                          "WHEN %1 IN ('[0]', '[false]') THEN '[\"not_safe\"]' ELSE %1 END")
        .arg(QLatin1String(column));
}

// SQLite: the JSON object in `column` with the three fields as codes.
QString jsonCodes(const QString &column)
{
    QString out = column;
    for (const char *f : kSafetyFields) {
        const auto path = quoted(QStringLiteral("$.") + QString::fromLatin1(f));
        out = QStringLiteral("json_set(%1, %2, %3)")
                  .arg(out, path,
                       asCode(
                           QStringLiteral("CAST(json_extract(%1, %2) AS TEXT)").arg(column, path)));
    }
    return out;
}

// Open conflicts about the three fields with their values as codes.
QString conflictStatement(const char *table)
{
    return QStringLiteral("UPDATE %1 SET base = %2, hub = %3, client = %4 WHERE kind = "
                          "'person' AND field IN ('safe_voicemail', 'safe_letters', 'safe_text')")
        .arg(QLatin1String(table), conflictValue("base"), conflictValue("hub"),
             conflictValue("client"));
}

} // namespace

QStringList hubSafetyMigration(bool pg)
{
    QStringList out;
    if (pg) {
        // The built-in codes and the field rules this program has and the hub lacks.
        const auto &codes = domain::ReferenceData::builtin();
        QStringList rows;
        for (const auto &list : codes.lists()) {
            for (const auto &code : codes.codes(list))
                rows << QStringLiteral("(%1, %2)").arg(quoted(list), quoted(code));
        }
        out << QStringLiteral("INSERT INTO hub_code VALUES %1 ON CONFLICT DO NOTHING")
                   .arg(rows.join(QStringLiteral(", ")));
        for (const auto &r : fieldRulesAddedByHubSchema6()) {
            out << QStringLiteral("INSERT INTO hub_field_rule VALUES (%1, %2, 'code', %3, 0, "
                                  "true) ON CONFLICT (kind, field) DO UPDATE SET rule = 'code', "
                                  "list = excluded.list, required = true")
                       .arg(quoted(QLatin1String(r.kind)), quoted(QLatin1String(r.field)),
                            quoted(QLatin1String(r.list)));
        }
        QStringList sets;
        for (const char *f : kSafetyFields)
            sets << QStringLiteral("%1, %2").arg(
                quoted(QString::fromLatin1(f)),
                asCode(QStringLiteral("(d->>%1)").arg(quoted(QString::fromLatin1(f)))));
        out << QStringLiteral("UPDATE hub_record h SET data = CAST(x.d || jsonb_build_object(%1) "
                              "AS text) FROM (SELECT id, CAST(data AS jsonb) AS d FROM "
                              "hub_record WHERE kind = 'person') x WHERE h.kind = 'person' AND "
                              "h.id = x.id")
                   .arg(sets.join(QStringLiteral(", ")));
    } else {
        out << QStringLiteral("UPDATE hub_record SET data = %1 WHERE kind = 'person' AND "
                              "json_valid(data)")
                   .arg(jsonCodes(QStringLiteral("data")));
    }
    out << conflictStatement("hub_conflict");
    return out;
}

QStringList localSafetyStatements()
{
    QStringList sets;
    for (const char *f : kSafetyFields) {
        const auto field = QString::fromLatin1(f);
        sets << QStringLiteral("%1 = %2").arg(
            field, asCode(QStringLiteral("CAST(%1 AS TEXT)").arg(field)));
    }
    return {
        QStringLiteral("UPDATE sync_state SET applying = 1"),
        QStringLiteral("UPDATE person SET ") + sets.join(QStringLiteral(", ")),
        QStringLiteral("UPDATE sync_row SET base = %1 WHERE kind = 'person' AND json_valid(base)")
            .arg(jsonCodes(QStringLiteral("base"))),
        conflictStatement("sync_conflict"),
        QStringLiteral("UPDATE sync_state SET applying = 0"),
    };
}

} // namespace hub::sync
