#include "Time.h"

#include <QRegularExpression>

namespace hub::util {

QString toIsoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QDateTime parseRfc3339(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$)"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    int offset = 0;
    if (!m.captured(9).isEmpty()) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        offset = (hours * 3600 + minutes * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    QDateTime t(date, time, Qt::OffsetFromUTC, offset);
    return t.toUTC();
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QString toIsoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

const QTimeZone &london()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/London"));
    return zone;
}

QDate londonDate(const QDateTime &t)
{
    return t.toTimeZone(london()).date();
}

int ageOn(const QDate &dob, const QDate &on)
{
    int years = on.year() - dob.year();
    if (on.month() < dob.month() || (on.month() == dob.month() && on.day() < dob.day()))
        --years;
    return years;
}

} // namespace hub::util
