#pragma once

#include "Result.h"
#include "SyncService.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// Shared within core/sync: the hub's two halves (Hub.cpp: set-up and push; HubPull.cpp:
// pull), the desk's side (LocalSync.cpp) and SyncService. Defined in Hub.cpp.
namespace hub::sync {

// A hub SQL failure in words, naming the step.
Error hubError(const QSqlError &e, const QString &what);

// A record as the hub stores it (compact JSON text), and back.
QString hubJson(const QJsonObject &o);
QJsonObject hubObject(const QVariant &v);

// One field value as the hub stores it (a one-element JSON array; NULL stays null).
QString valueJson(const QJsonValue &v);
QJsonValue parseValue(const QVariant &v);

// A conflict from a row whose first 14 columns are, in order: id, kind, row_id,
// person_id, field, reason, base, hub, client, hub_author, client_author, raised_at,
// resolution, resolved_by (the hub's hub_conflict and the desk's sync_conflict alike).
Conflict conflictFrom(const QSqlQuery &q);

} // namespace hub::sync
