#pragma once

// Conversions between domain values and what the store keeps in SQLite columns.

#include "util/Time.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace hub::store::sql {

// Empty strings are stored as NULL: "not given".
inline QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
inline QVariant time(const QDateTime &t)
{
    return t.isValid() ? QVariant(util::toIsoUtc(t)) : QVariant(QMetaType(QMetaType::QString));
}
inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(util::toIsoDate(d)) : QVariant(QMetaType(QMetaType::QString));
}
inline QVariant boolean(bool b)
{
    return b ? 1 : 0;
}
inline QVariant optionalBool(const std::optional<bool> &b)
{
    return b ? QVariant(*b ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
}
inline QVariant codes(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}
inline QVariant codeMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QDateTime toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : util::parseRfc3339(v.toString());
}
inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : util::parseDate(v.toString());
}
inline std::optional<bool> toOptionalBool(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt() != 0;
}
inline QStringList toCodes(const QVariant &v)
{
    QStringList out;
    for (const auto &c : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out.push_back(c.toString());
    return out;
}
inline QMap<QString, QString> toCodeMap(const QVariant &v)
{
    QMap<QString, QString> out;
    const auto o = QJsonDocument::fromJson(v.toString().toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace hub::store::sql
