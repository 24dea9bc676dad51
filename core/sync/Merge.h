#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVector>

namespace hub::sync {

// One field both sides changed, or a change the hub would not take as it came.
struct FieldConflict
{
    QString field;
    QString reason; // same_field | safety_field | invalid_transition
    QJsonValue base;
    QJsonValue hub;
    QJsonValue client;
};

struct MergeResult
{
    QJsonObject merged;
    QVector<FieldConflict> conflicts;
    bool changed = false; // merged differs from the hub's row
};

// The hub's field-by-field merge of a client's row into the hub's (SYNC.md "Conflict
// policy"). `base` holds the values the client last saw from the hub; null when the
// client never saw the row (a re-push after a hub restore): then every field the client
// holds differently counts as changed by both sides. The later arrival (the client) wins
// a plain field and the hub's value is kept as a conflict; a safety field takes the more
// restrictive value; a status takes the client's value only through a valid transition;
// a task once done stays done. No wall clock decides anything here.
MergeResult mergeRow(const QString &kind, const QJsonObject &base, bool hasBase,
                     const QJsonObject &client, const QJsonObject &hub);

// The more restrictive of two values of a safety field.
QJsonValue moreRestrictive(const QString &field, const QJsonValue &a, const QJsonValue &b);

// Whether a referral or episode status may move from `from` to `to`.
bool validTransition(const QString &kind, const QString &from, const QString &to);

} // namespace hub::sync
