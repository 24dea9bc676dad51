#pragma once

#include "MonthlyReport.h"

#include <QByteArray>

namespace hub::reports {

// One number of a report, named as in the CSV: the figure's key and, for a breakdown or
// a figure with parts, the code or part ("first_contact", "met"; "outcomes",
// "housing.improved"). `month` and `as_of` are leaves too, with their text as value.
struct ReportLeaf
{
    QString figure;
    QString breakdown;
    QString value;
    QString path() const
    {
        return breakdown.isEmpty() ? figure : figure + QLatin1Char('.') + breakdown;
    }
};

// Reads back what toJson() wrote (a saved snapshot), keeping every breakdown in the order
// it was written: toJson(fromJson(bytes)) == bytes for any report toJson() made.
Result<MonthlyReport> fromJson(const QByteArray &json);

// Every number of a report written by toJson(), in the order written.
Result<QVector<ReportLeaf>> leaves(const QByteArray &json);

} // namespace hub::reports
