#include "Database.h"

#include "Migrations.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "hub.store")

namespace hub::store {

namespace {
QAtomicInteger<quint64> s_connectionCounter;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear();
    if (m_db.isOpen()) {
        // Leave a tidy file behind: fold the WAL back in when we are the last writer.
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA optimize"));
        q.finish();
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Migrate migrate)
{
    if (path.isEmpty())
        return Error::make(Error::Kind::Io, QCoreApplication::translate("hub::store::Database",
                                                                        "no database path given"));
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("hub::store::Database", "%1 is not a file").arg(path));
    if (!info.absoluteDir().exists())
        return Error::make(Error::Kind::Io, QCoreApplication::translate("hub::store::Database",
                                                                        "folder %1 does not exist")
                                                .arg(info.absolutePath()));

    const auto name = QStringLiteral("hub-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(path, name));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return storageError(
            db->m_db.lastError(),
            QCoreApplication::translate("hub::store::Database", "cannot open %1").arg(path));

    // A file that is not SQLite fails here, on the first read.
    QSqlQuery probe(db->m_db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        return Error::make(Error::Kind::Storage,
                           QCoreApplication::translate("hub::store::Database",
                                                       "%1 is not a Victims' Hub database (%2)")
                               .arg(path, probe.lastError().databaseText()));
    probe.finish();

    // synchronous = FULL: in WAL mode NORMAL survives a crash of the app but may lose the
    // last commits to a power cut; a logged contact must survive both (one fsync per commit).
    for (const auto *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA synchronous = FULL", "PRAGMA secure_delete = ON",
                               "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32000"}) {
        if (auto s = db->exec(QString::fromLatin1(pragma)); !s.ok())
            return s.error();
    }

    const int version = db->schemaVersion();
    if (version > latestSchemaVersion())
        return Error::make(Error::Kind::Version,
                           QCoreApplication::translate(
                               "hub::store::Database",
                               "%1 was written by a newer version of Victims' Hub (schema %2; this "
                               "program knows up to %3): update the program before opening it")
                               .arg(path)
                               .arg(version)
                               .arg(latestSchemaVersion()));
    if (migrate == Migrate::ToLatest) {
        if (auto s = db->migrateTo(latestSchemaVersion()); !s.ok())
            return s.error();
    }
    return db;
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::migrateTo(int version)
{
    int current = schemaVersion();
    if (current < 0)
        return Error::make(
            Error::Kind::Storage,
            QCoreApplication::translate("hub::store::Database", "cannot read the schema version"));
    for (const auto &step : migrations()) {
        if (step.version <= current || step.version > version)
            continue;
        qCInfo(lcStore) << "migrating" << m_path << "to schema" << step.version << step.description;
        Transaction tx(*this);
        if (!tx.isActive())
            return tx.error();
        for (const auto &sql : step.statements) {
            if (auto s = exec(sql); !s.ok())
                return s;
        }
        if (step.after) {
            if (auto s = step.after(*this); !s.ok())
                return s;
        }
        if (auto s = exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !s.ok())
            return s;
        if (auto s = tx.commit(); !s.ok())
            return s;
        current = step.version;
    }
    return {};
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            qCCritical(lcStore) << "cannot prepare" << sql << q.lastError().text();
        it = m_statements.insert(sql, q);
    }
    it->finish();
    return *it;
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return storageError(q);
    return {};
}

Status Database::checkpointTruncate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return storageError(q);
    if (q.next() && q.value(0).toInt() != 0)
        return Error::make(
            Error::Kind::Storage,
            QCoreApplication::translate("hub::store::Database",
                                        "the write-ahead log is in use by another program"));
    return {};
}

Status Database::takeExclusive()
{
    // In WAL mode every open connection holds a shared lock on the file from its first read
    // (that is how the last one to close knows it is the last). An exclusive locking mode
    // and a first read with no busy wait take the file only when no one else has it.
    for (const auto *sql : {"PRAGMA busy_timeout = 0", "PRAGMA locking_mode = EXCLUSIVE"}) {
        if (auto s = exec(QString::fromLatin1(sql)); !s.ok())
            return s;
    }
    QSqlQuery q(m_db);
    const bool taken = q.exec(QStringLiteral("BEGIN EXCLUSIVE")) &&
                       q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next();
    q.finish();
    if (taken && exec(QStringLiteral("COMMIT")).ok())
        return {};
    (void)exec(QStringLiteral("ROLLBACK"));
    (void)exec(QStringLiteral("PRAGMA locking_mode = NORMAL"));
    return Error::make(Error::Kind::Conflict,
                       QCoreApplication::translate("hub::store::Database",
                                                   "%1 is open in another program (Victims' Hub "
                                                   "or hubctl): close it there first")
                           .arg(m_path));
}

Error Database::storageError(const QSqlQuery &query)
{
    return storageError(query.lastError(), query.lastQuery().simplified().left(60));
}

Error Database::storageError(const QSqlError &error, const QString &what)
{
    qCWarning(lcStore) << what << error.text();
    return Error::make(Error::Kind::Storage,
                       QStringLiteral("%1: %2").arg(what, error.databaseText().isEmpty()
                                                              ? error.text()
                                                              : error.databaseText()));
}

} // namespace hub::store
