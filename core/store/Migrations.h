#pragma once

#include <QString>
#include <QStringList>

namespace hub::store {

// Numbered, append-only schema steps. Step N takes a database from user_version N-1 to N.
// Never edit a step that has shipped: add a new one.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

const QVector<Migration> &migrations();
int latestSchemaVersion();

} // namespace hub::store
