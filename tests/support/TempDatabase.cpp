#include "TempDatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace hub::test {

TempDatabase::TempDatabase()
{
    m_path = m_dir.filePath(QStringLiteral("hub.db"));
    reopen();
}

TempDatabase::~TempDatabase() = default;

bool TempDatabase::reopen()
{
    m_db.reset();
    auto opened = store::Database::open(m_path);
    if (!opened.ok()) {
        m_error = opened.error().describe();
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

QStringList schemaOf(const QString &path)
{
    QStringList out;
    const auto name = QUuid::createUuid().toString();
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM "
                                  "sqlite_schema ORDER BY type, name"));
            while (q.next())
                out << QStringList{q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toString(), q.value(3).toString()}
                           .join(QLatin1Char('|'));
            q.exec(QStringLiteral("PRAGMA user_version"));
            if (q.next())
                out << QStringLiteral("user_version=%1").arg(q.value(0).toInt());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace hub::test
