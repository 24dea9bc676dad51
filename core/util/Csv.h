#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace hub::util::csv {

// CSV as RFC 4180 writes it (UTF-8, fields joined by commas, records ended by CRLF), made
// safe to open in a spreadsheet: a text cell that begins with =, +, -, @, a tab or a
// carriage return would be read as a formula, so it gets a leading single quote (OWASP
// "CSV injection"). Figures are written as numbers and never changed.

// One text field: neutralised, then quoted when it holds a comma, a double quote, CR or LF
// (double quotes doubled).
QByteArray field(const QString &text);

// One figure: written as it is when it is a number ("12", "-3", "0.25"); anything else is
// treated as text, so a caller cannot slip a formula through as a "number".
QByteArray figure(const QString &number);
QByteArray figure(qint64 number);

// Whether a text cell would be read as a formula (and so gets the quote).
bool looksLikeFormula(const QString &text);

// One record: the fields, already written by field() or figure(), and CRLF.
QByteArray record(const QList<QByteArray> &fields);

} // namespace hub::util::csv
