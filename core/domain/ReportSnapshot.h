#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace hub::domain {

// A monthly report saved as it stood (COUNTING_RULES.md "Erasure and history"): the JSON
// of hub::reports::toJson, who saved it and when. Never changed once written.
struct ReportSnapshot
{
    QString id;
    QDate month; // the first day of the month
    QDateTime asOf;
    QString createdBy;     // app_user id
    QString createdByName; // display name, when read back
    QDateTime createdAt;
    QByteArray figuresJson;
};

} // namespace hub::domain
