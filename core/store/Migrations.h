#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace hub::store {

class Database;

// Numbered, append-only schema steps. Step N takes a database from user_version N-1 to N.
// Never edit a step that has shipped: add a new one.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
    // Work SQL cannot do (values computed in C++), run after the statements in the same
    // transaction.
    std::function<Status(Database &)> after = {};
};

const QVector<Migration> &migrations();
int latestSchemaVersion();

} // namespace hub::store
