#pragma once

#include "Result.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace hub::store {

// One workstation's SQLite file: opens it with the pragmas the architecture asks for
// (WAL, foreign keys, secure_delete), applies numbered migrations, refuses a database
// written by a newer program, and caches prepared statements.
class Database
{
public:
    enum class Migrate
    {
        ToLatest,
        No
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Migrate migrate = Migrate::ToLatest);

    QString path() const { return m_path; }
    QSqlDatabase &connection() { return m_db; }

    int schemaVersion();
    // Applies migrations one at a time up to `version` (tests walk them step by step).
    Status migrateTo(int version);

    // A prepared statement, kept for reuse. Bind and exec it; never hold it across calls
    // that may prepare the same SQL.
    QSqlQuery &prepared(const QString &sql);

    // Runs one statement with no bound values (schema, pragmas).
    Status exec(const QString &sql);

    // Folds the write-ahead log into the main file and truncates it (erasure, backup).
    Status checkpointTruncate();

    // Takes the file for this connection alone, at once or not at all: fails (Conflict)
    // while any other connection, in this program or another, has it open, even idle.
    // Held until this connection closes (a restore about to replace the file).
    Status takeExclusive();

    // A storage error from a failed query, with the SQL's first words for the log.
    static Error storageError(const QSqlQuery &query);
    static Error storageError(const QSqlError &error, const QString &what);

    int transactionDepth() const { return m_depth; }

private:
    friend class Transaction;
    explicit Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    int m_depth = 0;
};

} // namespace hub::store
