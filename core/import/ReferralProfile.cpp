#include "ReferralProfile.h"

#include "CsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hub::import {

namespace {

const QStringList &boolFields()
{
    static const QStringList fields{QStringLiteral("consent_to_contact"),
                                    QStringLiteral("vulnerable"), QStringLiteral("intimidated"),
                                    QStringLiteral("persistently_targeted"),
                                    QStringLiteral("repeat_victim")};
    return fields;
}

const QStringList &jsonKeys()
{
    static const QStringList keys{QStringLiteral("name"),        QStringLiteral("source"),
                                  QStringLiteral("encoding"),    QStringLiteral("delimiter"),
                                  QStringLiteral("date_format"), QStringLiteral("columns"),
                                  QStringLiteral("values")};
    return keys;
}

// A delimiter as a file may spell it: a real tab, "\t" typed as two characters, or "tab".
QString delimiterOf(const QString &text)
{
    if (text == QLatin1String("\\t") ||
        text.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("\t");
    return text;
}

bool goodDateFormat(const QString &format)
{
    if (!format.contains(QLatin1Char('d')) || !format.contains(QLatin1Char('M')) ||
        !format.contains(QLatin1Char('y')))
        return false;
    const QDate probe(2026, 10, 27);
    const auto text = probe.toString(format);
    return QDate::fromString(text, format) == probe ||
           QDateTime::fromString(text, format).date() == probe;
}

} // namespace

const QStringList &ReferralProfile::fieldNames()
{
    static const QStringList fields{
        // person (docs/ARCHIVE.md "person")
        QStringLiteral("given_name"), QStringLiteral("family_name"),
        QStringLiteral("date_of_birth"), QStringLiteral("gender"), QStringLiteral("phone"),
        QStringLiteral("email"), QStringLiteral("address"), QStringLiteral("postcode"),
        QStringLiteral("first_language"),
        // referral (docs/ARCHIVE.md "referral")
        QStringLiteral("received_at"), QStringLiteral("crime_reference"),
        QStringLiteral("offence_group"), QStringLiteral("flags"), QStringLiteral("enhanced_reason"),
        QStringLiteral("consent_to_contact"), QStringLiteral("force_referral_id"),
        QStringLiteral("force_person_id"),
        // yes/no columns that decide enhanced entitlement (docs/REFERRAL_IMPORT.md)
        QStringLiteral("vulnerable"), QStringLiteral("intimidated"),
        QStringLiteral("persistently_targeted"), QStringLiteral("repeat_victim")};
    return fields;
}

const QStringList &ReferralProfile::requiredFields()
{
    static const QStringList fields{QStringLiteral("given_name"), QStringLiteral("family_name"),
                                    QStringLiteral("received_at"), QStringLiteral("offence_group")};
    return fields;
}

QString ReferralProfile::codeListOf(const QString &field)
{
    if (field == QLatin1String("flags"))
        return QStringLiteral("flag");
    if (field == QLatin1String("gender") || field == QLatin1String("offence_group") ||
        field == QLatin1String("enhanced_reason"))
        return field;
    return {};
}

Result<ReferralProfile> ReferralProfile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(
            QString(),
            tr("not a profile: a JSON object is expected (%1)").arg(parseError.errorString()));
    const auto o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!jsonKeys().contains(it.key()))
            return Error::invalid(
                it.key(),
                tr("is not a key of a profile (%1)").arg(jsonKeys().join(QStringLiteral(", "))));
    }
    ReferralProfile p;
    const auto text = [&](const char *key, QString &into) -> Status {
        const auto v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isString())
            return Error::invalid(QString::fromLatin1(key), tr("must be text"));
        into = v.toString();
        return {};
    };
    for (auto s : {text("name", p.name), text("source", p.source), text("encoding", p.encoding),
                   text("delimiter", p.delimiter), text("date_format", p.dateFormat)}) {
        if (!s.ok())
            return s.error();
    }
    p.name = p.name.trimmed();
    p.delimiter = delimiterOf(p.delimiter);
    const auto columns = o.value(QLatin1String("columns"));
    if (!columns.isUndefined() && !columns.isObject())
        return Error::invalid(QStringLiteral("columns"),
                              tr("must be an object of field name to header text"));
    const auto cols = columns.toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it) {
        if (!it.value().isString())
            return Error::invalid(QStringLiteral("columns.") + it.key(), tr("must be text"));
        p.columns.insert(it.key(), it.value().toString());
    }
    const auto values = o.value(QLatin1String("values"));
    if (!values.isUndefined() && !values.isObject())
        return Error::invalid(QStringLiteral("values"),
                              tr("must be an object of field name to a table of wording"));
    const auto vals = values.toObject();
    for (auto it = vals.begin(); it != vals.end(); ++it) {
        if (!it.value().isObject())
            return Error::invalid(QStringLiteral("values.") + it.key(),
                                  tr("must be an object of the file's wording to a code"));
        const auto table = it.value().toObject();
        QMap<QString, QString> map;
        for (auto w = table.begin(); w != table.end(); ++w) {
            if (!w.value().isString())
                return Error::invalid(QStringLiteral("values.%1.%2").arg(it.key(), w.key()),
                                      tr("must be text"));
            map.insert(w.key(), w.value().toString());
        }
        p.values.insert(it.key(), map);
    }
    return p;
}

QByteArray ReferralProfile::toJson() const
{
    QJsonObject cols;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        cols.insert(it.key(), it.value());
    QJsonObject vals;
    for (auto it = values.begin(); it != values.end(); ++it) {
        QJsonObject table;
        for (auto w = it.value().begin(); w != it.value().end(); ++w)
            table.insert(w.key(), w.value());
        vals.insert(it.key(), table);
    }
    const QJsonObject o{{QStringLiteral("name"), name},
                        {QStringLiteral("source"), source},
                        {QStringLiteral("encoding"), encoding},
                        {QStringLiteral("delimiter"), delimiter},
                        {QStringLiteral("date_format"), dateFormat},
                        {QStringLiteral("columns"), cols},
                        {QStringLiteral("values"), vals}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QVector<ProfileIssue> ReferralProfile::validate(const domain::ReferenceData &codes) const
{
    QVector<ProfileIssue> out;
    const auto issue = [&](const QString &field, const QString &message) {
        out.push_back({field, message});
    };
    if (name.trimmed().isEmpty())
        issue(QStringLiteral("name"), tr("give the profile a name"));
    else if (name.size() > 100)
        issue(QStringLiteral("name"), tr("is longer than 100 characters"));
    if (!codes.has(QStringLiteral("source"), source))
        issue(QStringLiteral("source"),
              tr("'%1' is not a referral source code (%2)")
                  .arg(source, codes.codes(QStringLiteral("source")).join(QStringLiteral(", "))));
    if (!encodings().contains(encoding))
        issue(QStringLiteral("encoding"),
              tr("'%1' is not one of %2").arg(encoding, encodings().join(QStringLiteral(", "))));
    if (!delimiters().contains(delimiter))
        issue(QStringLiteral("delimiter"),
              tr("'%1' is not auto, a comma, a semicolon or \\t (a tab)").arg(delimiter));
    if (!goodDateFormat(dateFormat))
        issue(QStringLiteral("date_format"),
              tr("'%1' is not a date format with day, month and year (such as dd/MM/yyyy or "
                 "yyyy-MM-dd)")
                  .arg(dateFormat));
    QMap<QString, QString> headers; // folded header text -> field
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const auto at = QStringLiteral("columns.") + it.key();
        if (!fieldNames().contains(it.key())) {
            issue(at, tr("'%1' is not a field a referral file can fill").arg(it.key()));
            continue;
        }
        const auto header = it.value().simplified().toCaseFolded();
        if (header.isEmpty())
            issue(at, tr("name the file's column"));
        else if (headers.contains(header))
            issue(at, tr("the column '%1' is already mapped to %2")
                          .arg(it.value(), headers.value(header)));
        else
            headers.insert(header, it.key());
    }
    for (const auto &f : requiredFields()) {
        if (!columns.contains(f))
            issue(QStringLiteral("columns.") + f, tr("is needed: map it to a column of the file"));
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        const auto at = QStringLiteral("values.") + it.key();
        const auto list = codeListOf(it.key());
        const bool isBool = boolFields().contains(it.key());
        if (!fieldNames().contains(it.key())) {
            issue(at, tr("'%1' is not a field a referral file can fill").arg(it.key()));
            continue;
        }
        if (list.isEmpty() && !isBool) {
            issue(at, tr("%1 holds no codes to translate").arg(it.key()));
            continue;
        }
        for (auto w = it.value().begin(); w != it.value().end(); ++w) {
            const bool known =
                isBool ? (w.value() == QLatin1String("yes") || w.value() == QLatin1String("no"))
                       : codes.has(list, w.value());
            if (!known)
                issue(at + QLatin1Char('.') + w.key(),
                      isBool ? tr("'%1' must be yes or no").arg(w.value())
                             : tr("'%1' is not a code of the %2 list").arg(w.value(), list));
        }
    }
    return out;
}

Status ReferralProfile::check(const domain::ReferenceData &codes) const
{
    const auto issues = validate(codes);
    if (issues.isEmpty())
        return {};
    return Error::invalid(issues.first().field, issues.first().message);
}

} // namespace hub::import
