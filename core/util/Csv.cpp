#include "Csv.h"

#include <algorithm>

namespace hub::util::csv {

namespace {
// RFC 4180 quoting, no neutralising.
QByteArray quoted(QByteArray bytes)
{
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') ||
        bytes.contains('\n')) {
        bytes.replace("\"", "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}
} // namespace

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QByteArray field(const QString &text)
{
    return quoted(looksLikeFormula(text) ? (QLatin1Char('\'') + text).toUtf8() : text.toUtf8());
}

QByteArray figure(const QString &number)
{
    bool isNumber = false;
    number.toDouble(&isNumber);
    // toDouble() takes "inf", "nan" and "+1" too; a figure is digits, a minus and a point.
    const bool plain = isNumber && !number.isEmpty() &&
                       std::all_of(number.begin(), number.end(),
                                   [](QChar c) { return c.isDigit() || c == u'-' || c == u'.'; });
    return plain ? number.toUtf8() : field(number);
}

QByteArray figure(qint64 number)
{
    return QByteArray::number(number);
}

QByteArray record(const QList<QByteArray> &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += fields.at(i);
    }
    return out + "\r\n";
}

} // namespace hub::util::csv
