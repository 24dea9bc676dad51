#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

namespace hub::test {

// A throwaway PostgreSQL 15 server for one test: its own data directory in a temporary
// folder, listening on 127.0.0.1 on a free high port (its unix socket stays inside the
// folder), stopped and removed by the destructor. It never touches a system cluster.
//
// Authentication: scram-sha-256 for every TCP login, so tests that create one login role
// per workstation user really log in with passwords. The superuser `postgres` gets a random
// password made per server (superuserPassword()). Unix-socket logins are trusted, but the
// socket directory is private to the server's owner.
//
// As root (CI), initdb, pg_ctl and the other tools run as the `postgres` system user via
// `runuser`, with the folder handed to that user; as anyone else they run directly.
// A watchdog process stops the server and removes the folder if the test process dies
// without running the destructor (a crash or a ctest timeout).
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    bool ok() const { return m_running; }
    QString errorText() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString superuser() const { return QStringLiteral("postgres"); }
    QString superuserPassword() const { return m_password; }
    QString database() const { return QStringLiteral("hubtest"); } // made by the constructor
    // postgresql://USER@127.0.0.1:PORT/DB?sslmode=disable (never with a password).
    QString url(const QString &user = {}, const QString &db = {}) const;

    // A QPSQL connection as superuser to `db` (default: database()), opened, owned by this
    // server and usable from the thread that first asked for it.
    QSqlDatabase connection(const QString &db = {});
    // Runs SQL as superuser (several statements separated by ';' are fine without params).
    Status exec(const QString &sql, const QString &db = {});
    // The first column of the first row, or an error.
    Result<QVariant> scalar(const QString &sql, const QString &db = {});
    // CREATE ROLE name LOGIN PASSWORD password (a plain login role, no privileges).
    Status createLoginRole(const QString &name, const QString &password);

    // A PostgreSQL program from the same installation (pg_dump, pg_restore, psql, ...),
    // run as the server's owner with PGPASSWORD set; its stdout on success.
    Result<QByteArray> runTool(const QString &program, const QStringList &args);
    QString binDir() const { return m_binDir; }
    QString dataDir() const;
    // A folder the server's owner can write to (for dumps and base backups).
    QString scratchDir() const;

    // Stops the server (a clean shutdown; `immediate` = as if it crashed, so commits that
    // were not flushed may be lost) and starts it on the same port and data directory.
    Status stop(bool immediate = false);
    Status start();

    static QString findBinDir(); // empty when PostgreSQL 15 is not installed

private:
    Status init();
    Result<QSqlQuery> query(const QString &sql, const QString &db);
    Status runAsOwner(const QString &program, const QStringList &args, QByteArray *out = nullptr,
                      int timeoutMs = 120000);
    Status ownFolder();
    void startWatchdog();
    void closeConnections();

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_password;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
    bool m_asRoot = false;
    qint64 m_watchdogPid = 0;
    QStringList m_connections;
};

} // namespace hub::test
