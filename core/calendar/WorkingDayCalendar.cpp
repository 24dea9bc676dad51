#include "WorkingDayCalendar.h"

#include "CoreResources.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTime>
#include <QtGlobal>

#include <utility>

namespace hub::calendar {

namespace {

const char *const kEnvVar = "HUB_BANK_HOLIDAYS";

bool isWeekend(const QDate &d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}

// Weekdays among Julian days 0..jd (day 0 was a Monday). Differences of this give weekday
// counts over any span without walking it day by day.
qint64 weekdaysThrough(qint64 jd)
{
    const qint64 days = jd + 1;
    qint64 weeks = days / 7;
    qint64 rest = days % 7;
    if (rest < 0) { // floor division for dates before 4713 BC, for completeness
        rest += 7;
        --weeks;
    }
    return weeks * 5 + qMin<qint64>(rest, 5);
}

Error bad(const QString &field, const QString &message)
{
    return Error::invalid(
        field, QCoreApplication::translate("hub::calendar::WorkingDayCalendar", "bank holidays: ") +
                   message);
}

// A "YYYY-MM-DD" string member of `obj`, or null with `error` set.
QDate dateMember(const QJsonObject &obj, const QString &key, const QString &field, Error &error)
{
    const QJsonValue v = obj.value(key);
    if (!v.isString()) {
        error = bad(field, QCoreApplication::translate("hub::calendar::WorkingDayCalendar",
                                                       "missing date"));
        return {};
    }
    const QDate d = util::parseDate(v.toString());
    if (!d.isValid())
        error = bad(field, QStringLiteral("invalid date \"%1\"").arg(v.toString()));
    return d;
}

} // namespace

Result<WorkingDayCalendar> WorkingDayCalendar::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad({}, QCoreApplication::translate("hub::calendar::WorkingDayCalendar",
                                                   "not valid JSON at offset %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
    if (!doc.isObject())
        return bad({}, QCoreApplication::translate("hub::calendar::WorkingDayCalendar",
                                                   "top level is not an object"));
    const QJsonObject root = doc.object();

    WorkingDayCalendar cal;
    Error error;
    const QJsonObject covers = root.value(QLatin1String("covers")).toObject();
    cal.m_coversFrom =
        dateMember(covers, QStringLiteral("from"), QStringLiteral("covers.from"), error);
    if (!cal.m_coversFrom.isValid())
        return error;
    cal.m_coversTo = dateMember(covers, QStringLiteral("to"), QStringLiteral("covers.to"), error);
    if (!cal.m_coversTo.isValid())
        return error;
    if (cal.m_coversTo < cal.m_coversFrom)
        return bad(QStringLiteral("covers"), QStringLiteral("\"to\" is before \"from\""));

    const QJsonValue events = root.value(QLatin1String("events"));
    if (!events.isArray())
        return bad(QCoreApplication::translate("hub::calendar::WorkingDayCalendar", "events"),
                   QStringLiteral("missing or not an array"));
    const QJsonArray list = events.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("events[%1]").arg(i);
        const QJsonObject event = list.at(i).toObject();
        const QDate d =
            dateMember(event, QStringLiteral("date"), field + QStringLiteral(".date"), error);
        if (!d.isValid())
            return error;
        // A date outside "covers" means the range was not updated along with the list,
        // which would make us claim knowledge we do not have.
        if (d < cal.m_coversFrom || d > cal.m_coversTo)
            return bad(field + QStringLiteral(".date"),
                       QCoreApplication::translate("hub::calendar::WorkingDayCalendar",
                                                   "%1 is outside covers")
                           .arg(util::toIsoDate(d)));
        if (cal.m_holidays.contains(d))
            return bad(field + QStringLiteral(".date"),
                       QCoreApplication::translate("hub::calendar::WorkingDayCalendar",
                                                   "%1 is listed twice")
                           .arg(util::toIsoDate(d)));
        const QJsonValue title = event.value(QLatin1String("title"));
        if (!title.isString() || title.toString().trimmed().isEmpty())
            return bad(
                field + QCoreApplication::translate("hub::calendar::WorkingDayCalendar", ".title"),
                QStringLiteral("missing title"));
        cal.m_holidays.insert(d, title.toString());
    }
    return cal;
}

Result<WorkingDayCalendar> WorkingDayCalendar::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("hub::calendar::WorkingDayCalendar", "cannot read %1: %2")
                .arg(path, file.errorString()));
    auto result = fromJson(file.readAll());
    if (!result.ok()) {
        Error e = result.error();
        e.message = path + QStringLiteral(": ") + e.message;
        return e;
    }
    return result;
}

const WorkingDayCalendar &WorkingDayCalendar::englandAndWales()
{
    static const WorkingDayCalendar instance = [] {
        const QString path = qEnvironmentVariable(kEnvVar);
        if (!path.isEmpty()) {
            auto fromEnv = fromFile(path);
            if (fromEnv.ok())
                return std::move(fromEnv).value();
            // A broken update must not stop the hub; the shipped list is the fallback.
            qWarning("%s ignored: %s", kEnvVar, qUtf8Printable(fromEnv.error().describe()));
        }
        initCoreResources();
        auto builtIn = fromFile(QStringLiteral(":/hub/calendar/bank-holidays-england-wales.json"));
        if (!builtIn.ok())
            qFatal("compiled-in bank holidays are broken: %s",
                   qUtf8Printable(builtIn.error().describe()));
        return std::move(builtIn).value();
    }();
    return instance;
}

bool WorkingDayCalendar::isWorkingDay(const QDate &d) const
{
    return d.isValid() && !isWeekend(d) && !m_holidays.contains(d);
}

QDate WorkingDayCalendar::addWorkingDays(const QDate &from, int n) const
{
    if (!from.isValid() || n < 0)
        return {};
    // Walking is fine: n is a handful of days (Victims' Code N is 2 or 5).
    QDate d = from;
    while (n > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --n;
    }
    return d;
}

int WorkingDayCalendar::workingDaysBetween(const QDate &a, const QDate &b) const
{
    if (!a.isValid() || !b.isValid())
        return 0;
    if (b < a)
        return -workingDaysBetween(b, a);
    qint64 count = weekdaysThrough(b.toJulianDay()) - weekdaysThrough(a.toJulianDay());
    // Holidays in (a, b]; the list has no weekend dates in practice, but check anyway.
    for (auto it = m_holidays.upperBound(a); it != m_holidays.end() && it.key() <= b; ++it) {
        if (!isWeekend(it.key()))
            --count;
    }
    return static_cast<int>(count);
}

QDate WorkingDayCalendar::victimsCodeDueDate(const QDateTime &receivedUtc, int n) const
{
    if (!receivedUtc.isValid())
        return {};
    return addWorkingDays(util::londonDate(receivedUtc), n);
}

QDateTime WorkingDayCalendar::victimsCodeDue(const QDateTime &receivedUtc, int n) const
{
    const QDate due = victimsCodeDueDate(receivedUtc, n);
    if (!due.isValid())
        return {};
    // London midnight always exists (clocks change at 01:00 UTC), so this is unambiguous.
    return QDateTime(due.addDays(1), QTime(0, 0), util::london()).toUTC();
}

} // namespace hub::calendar
