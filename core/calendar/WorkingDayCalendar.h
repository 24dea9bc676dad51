#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace hub::calendar {

// England & Wales working days: not Saturday, not Sunday, not a bank holiday (substitute
// days are in the list as holidays of their own). The list is data, not rules, because
// one-off holidays (jubilees, funerals, coronations, moved May days) cannot be derived.
// Outside coversFrom()..coversTo() only weekends are known; no holidays are assumed there.
class WorkingDayCalendar
{
public:
    // JSON of the shape {"division": .., "covers": {"from", "to"},
    // "events": [{"date": "YYYY-MM-DD", "title": ..}]}, as published on gov.uk.
    static Result<WorkingDayCalendar> fromJson(const QByteArray &json);
    static Result<WorkingDayCalendar> fromFile(const QString &path);

    // The process-wide calendar, loaded on first use: the file named by HUB_BANK_HOLIDAYS
    // when set and valid (so an announced holiday needs no rebuild), else the compiled-in list.
    static const WorkingDayCalendar &englandAndWales();

    bool isBankHoliday(const QDate &d) const { return m_holidays.contains(d); }
    QString holidayTitle(const QDate &d) const { return m_holidays.value(d); }
    bool isWorkingDay(const QDate &d) const;

    // The Nth working day after `from` (which never counts itself); n == 0 gives `from`.
    // Null for an invalid date or n < 0.
    QDate addWorkingDays(const QDate &from, int n) const;

    // Working days d with a < d <= b; negative when b < a, so that
    // addWorkingDays(a, workingDaysBetween(a, b)) == b whenever b is a working day after a.
    int workingDaysBetween(const QDate &a, const QDate &b) const;

    QDate coversFrom() const { return m_coversFrom; }
    QDate coversTo() const { return m_coversTo; }

    // Victims' Code first-contact deadline: end of the Nth working day after the
    // Europe/London date of receipt, as the UTC instant of the following local midnight.
    QDateTime victimsCodeDue(const QDateTime &receivedUtc, int n) const;
    QDate victimsCodeDueDate(const QDateTime &receivedUtc, int n) const;

private:
    WorkingDayCalendar() = default;

    QMap<QDate, QString> m_holidays;
    QDate m_coversFrom;
    QDate m_coversTo;
};

} // namespace hub::calendar
