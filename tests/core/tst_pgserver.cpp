#include "PgServer.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

using namespace hub;

namespace {

// Logs in over TCP as `user`, the way a workstation reaches the hub; returns the error text.
QString loginError(int port, const QString &user, const QString &password)
{
    const auto name = QUuid::createUuid().toString();
    QString error;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port);
        db.setDatabaseName(QStringLiteral("hubtest"));
        db.setUserName(user);
        db.setPassword(password);
        db.setConnectOptions(QStringLiteral("sslmode=disable"));
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next() ||
                q.value(0).toString() != user)
                error = QStringLiteral("logged in as someone else");
        } else {
            error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

class TestPgServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsVersion15AndAcceptsSql()
    {
        test::PgServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.errorText()));
        QVERIFY(pg.port() >= 20000 && pg.port() < 32000);
        QVERIFY(pg.dataDir().startsWith(QDir::tempPath()));

        auto version = pg.scalar(QStringLiteral("SELECT version()"));
        QVERIFY2(version.ok(), qPrintable(version.error().describe()));
        QVERIFY2(version->toString().startsWith(QLatin1String("PostgreSQL 15")),
                 qPrintable(version->toString()));
        auto db = pg.scalar(QStringLiteral("SELECT current_database()"));
        QVERIFY(db.ok());
        QCOMPARE(db->toString(), pg.database());
        auto dataDir = pg.scalar(QStringLiteral("SHOW data_directory"));
        QVERIFY(dataDir.ok());
        QCOMPARE(dataDir->toString(), pg.dataDir());

        QVERIFY(pg.exec(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY); "
                                       "INSERT INTO t VALUES (1), (2)"))
                    .ok());
        auto count = pg.scalar(QStringLiteral("SELECT count(*) FROM t"));
        QVERIFY(count.ok());
        QCOMPARE(count->toInt(), 2);
        QVERIFY(!pg.exec(QStringLiteral("SELECT * FROM no_such_table")).ok());
        QCOMPARE(pg.url(),
                 QStringLiteral("postgresql://postgres@127.0.0.1:%1/hubtest?sslmode=disable")
                     .arg(pg.port()));
    }

    void loginRolesNeedTheirPassword()
    {
        test::PgServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.errorText()));
        QVERIFY(
            pg.createLoginRole(QStringLiteral("ws_alpha"), QStringLiteral("it's-synthetic")).ok());
        QCOMPARE(
            loginError(pg.port(), QStringLiteral("ws_alpha"), QStringLiteral("it's-synthetic")),
            QString());
        QVERIFY(
            !loginError(pg.port(), QStringLiteral("ws_alpha"), QStringLiteral("wrong")).isEmpty());
        QVERIFY(!loginError(pg.port(), pg.superuser(), QString()).isEmpty());
        QCOMPARE(loginError(pg.port(), pg.superuser(), pg.superuserPassword()), QString());
    }

    void twoServersAtOnceAndCleanup()
    {
        QString dataA;
        int portA = 0;
        {
            test::PgServer a;
            test::PgServer b;
            QVERIFY2(a.ok(), qPrintable(a.errorText()));
            QVERIFY2(b.ok(), qPrintable(b.errorText()));
            QVERIFY(a.port() != b.port());
            QVERIFY(a.dataDir() != b.dataDir());
            QVERIFY(a.exec(QStringLiteral("CREATE TABLE only_in_a (x int)")).ok());
            QVERIFY(!b.exec(QStringLiteral("SELECT * FROM only_in_a")).ok());
            dataA = a.dataDir();
            portA = a.port();
            QVERIFY(QDir(dataA).exists());
        }
        QVERIFY(!QDir(dataA).exists());
        // Stopped: nothing answers on its port any more.
        QVERIFY(!loginError(portA, QStringLiteral("postgres"), QString()).isEmpty());
    }

    void restartKeepsPortAndData()
    {
        test::PgServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.errorText()));
        const int port = pg.port();
        QVERIFY(
            pg.exec(QStringLiteral("CREATE TABLE kept (x int); INSERT INTO kept VALUES (7)")).ok());
        QVERIFY(pg.stop().ok());
        QVERIFY(!pg.scalar(QStringLiteral("SELECT 1")).ok());
        QVERIFY2(pg.start().ok(), qPrintable(pg.errorText()));
        QCOMPARE(pg.port(), port);
        auto kept = pg.scalar(QStringLiteral("SELECT x FROM kept"));
        QVERIFY2(kept.ok(), qPrintable(kept.error().describe()));
        QCOMPARE(kept->toInt(), 7);
    }

    void toolsRunAsTheServerOwner()
    {
        test::PgServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.errorText()));
        QVERIFY(pg.exec(QStringLiteral("CREATE TABLE dumped (x int)")).ok());
        auto dump = pg.runTool(QStringLiteral("pg_dump"),
                               {QStringLiteral("-h"), pg.host(), QStringLiteral("-p"),
                                QString::number(pg.port()), QStringLiteral("-U"), pg.superuser(),
                                QStringLiteral("--schema-only"), pg.database()});
        QVERIFY2(dump.ok(), qPrintable(dump.error().describe()));
        QVERIFY(dump->contains("CREATE TABLE public.dumped"));
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
