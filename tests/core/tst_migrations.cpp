#include "TempDatabase.h"
#include "store/Migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hub;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepByStepEqualsFresh()
    {
        QTemporaryDir dir;
        const auto freshPath = dir.filePath(QStringLiteral("fresh.db"));
        const auto stepPath = dir.filePath(QStringLiteral("steps.db"));
        {
            auto fresh = store::Database::open(freshPath);
            QVERIFY2(fresh.ok(), qPrintable(fresh.error().describe()));
        }
        {
            auto steps = store::Database::open(stepPath, store::Database::Migrate::No);
            QVERIFY2(steps.ok(), qPrintable(steps.error().describe()));
            QCOMPARE(steps.value()->schemaVersion(), 0);
            for (const auto &m : store::migrations()) {
                QVERIFY(steps.value()->migrateTo(m.version).ok());
                QCOMPARE(steps.value()->schemaVersion(), m.version);
            }
        }
        const auto fresh = test::schemaOf(freshPath);
        QVERIFY(fresh.size() > 10);
        QCOMPARE(test::schemaOf(stepPath), fresh);
    }

    void migrationsAreNumberedWithoutGaps()
    {
        int expected = 1;
        for (const auto &m : store::migrations())
            QCOMPARE(m.version, expected++);
        QCOMPARE(store::latestSchemaVersion(), expected - 1);
    }

    void reopeningAMigratedDatabaseChangesNothing()
    {
        test::TempDatabase t;
        QVERIFY2(t.ok(), qPrintable(t.errorText()));
        t.close();
        const auto before = test::schemaOf(t.path());
        QVERIFY(t.reopen());
        t.close();
        QCOMPARE(test::schemaOf(t.path()), before);
    }

    void pragmasAreSet()
    {
        test::TempDatabase t;
        QVERIFY(t.ok());
        QSqlQuery q(t.db().connection());
        auto pragma = [&](const char *name) {
            q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
            return q.next() ? q.value(0).toString() : QString();
        };
        QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma("secure_delete"), QStringLiteral("1"));
    }

    void newerDatabaseIsRefused()
    {
        test::TempDatabase t;
        QVERIFY(t.ok());
        QVERIFY(t.db().exec(QStringLiteral("PRAGMA user_version = 999")).ok());
        t.close();
        auto reopened = store::Database::open(t.path());
        QVERIFY(!reopened.ok());
        QCOMPARE(reopened.error().kind, Error::Kind::Version);
        QVERIFY2(reopened.error().message.contains(QLatin1String("newer version")),
                 qPrintable(reopened.error().message));
    }

    void notADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto opened = store::Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(QLatin1String("not a Victims' Hub database")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
