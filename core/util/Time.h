#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace hub::util {

// Storage and archive form of a timestamp: UTC, whole seconds, "2026-10-05T09:30:00Z".
QString toIsoUtc(const QDateTime &t);

// Parses RFC 3339 ("Z" or "+01:00"; fractional seconds are dropped). Null on failure.
QDateTime parseRfc3339(const QString &text);

// Strict YYYY-MM-DD. Null on failure.
QDate parseDate(const QString &text);
QString toIsoDate(const QDate &d);

// The hub's local time zone (Europe/London).
const QTimeZone &london();

// The Europe/London calendar date of a UTC instant.
QDate londonDate(const QDateTime &t);

// Whole years between `dob` and `on` (age on a date).
int ageOn(const QDate &dob, const QDate &on);

} // namespace hub::util
