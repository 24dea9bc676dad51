#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QVariant>

// Shared by the two halves of the hub (Hub.cpp: set-up and push; HubPull.cpp: pull).
namespace hub::sync {

// A hub SQL failure in words, naming the step.
Error hubError(const QSqlError &e, const QString &what);

// A record as the hub stores it (compact JSON text), and back.
QString hubJson(const QJsonObject &o);
QJsonObject hubObject(const QVariant &v);

// One field value as the hub stores it (a one-element JSON array; NULL stays null).
QJsonValue parseValue(const QVariant &v);

} // namespace hub::sync
