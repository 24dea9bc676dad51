#include "TempDatabase.h"
#include "store/Migrations.h"
#include "store/Repositories.h"

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

    // Step 12: voicemail, letters and texts become codes. 0 was a deliberate "not safe";
    // 1 the old form's default, ticked whether or not anyone had asked, so "not yet asked"
    // (which blocks the channel until the answer is recorded). Merge bases and conflicts
    // follow, and nothing is queued for the hub (it converts its own copy, schema 6).
    void contactSafetyBecomesThreeStates()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("desk.db"));
        auto opened = store::Database::open(path, store::Database::Migrate::No);
        QVERIFY(opened.ok());
        auto &db = *opened.value();
        QVERIFY(db.migrateTo(10).ok());
        const QString id = QStringLiteral("30000000-0000-4000-8000-000000000001");
        QVERIFY(db.exec(QStringLiteral(
                            "INSERT INTO person (id, given_name, family_name, gender, "
                            "ethnic_group, disability, first_language, interpreter_needed, "
                            "safe_voicemail, safe_letters, safe_text, restricted, created_at) "
                            "VALUES ('%1', 'Ada', 'Synthetic', 'not_stated', 'not_stated', "
                            "'not_stated', 'en', 0, 0, 1, 1, 0, '2026-01-05T09:00:00Z')")
                            .arg(id))
                    .ok());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO sync_row (kind, row_id, version, base) VALUES "
                                       "('person', '%1', '7', '{\"id\":\"%1\","
                                       "\"safe_voicemail\":0,\"safe_letters\":1,"
                                       "\"safe_text\":1}')")
                            .arg(id))
                    .ok());
        QVERIFY(
            db.exec(QStringLiteral("INSERT INTO sync_conflict (id, kind, row_id, field, reason, "
                                   "base, hub, client, raised_at) VALUES ('c1', 'person', '%1', "
                                   "'safe_text', 'safety_field', '[1]', '[0]', '[1]', "
                                   "'2026-01-06T09:00:00Z')")
                        .arg(id))
                .ok());
        QVERIFY(db.exec(QStringLiteral("UPDATE sync_state SET hub_epoch = 'e1'")).ok());
        QVERIFY(db.exec(QStringLiteral("DELETE FROM sync_outbox")).ok());
        QVERIFY(db.migrateTo(store::latestSchemaVersion()).ok());

        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT safe_voicemail, safe_letters, safe_text FROM person")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("not_safe"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("not_asked"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("not_asked"));
        const auto person = store::PersonRepository(db).get(id);
        QVERIFY(person.ok());
        QCOMPARE(person->safeVoicemail, domain::ContactSafety::NotSafe);
        QCOMPARE(person->safeLetters, domain::ContactSafety::NotAsked);
        QVERIFY(q.exec(QStringLiteral("SELECT json_extract(base, '$.safe_voicemail') || ' ' || "
                                      "json_extract(base, '$.safe_text') FROM sync_row")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("not_safe not_asked"));
        QVERIFY(q.exec(QStringLiteral("SELECT base || hub || client FROM sync_conflict")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("[\"not_asked\"][\"not_safe\"][\"not_asked\"]"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) || ' ' || (SELECT applying FROM sync_state) "
                                      "FROM sync_outbox")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("0 0"));
    }

    // Step 15: teams may be retired and codes retired or ordered. Rows already there stay
    // active, in the built-in order, and nothing is queued for the hub (the new columns
    // are empty on every desk alike until an administrator changes something).
    void teamsAndCodesStayActiveThroughStep15()
    {
        QTemporaryDir dir;
        auto opened = store::Database::open(dir.filePath(QStringLiteral("desk.db")),
                                            store::Database::Migrate::No);
        QVERIFY(opened.ok());
        auto &db = *opened.value();
        QVERIFY(db.migrateTo(14).ok());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO team (id, name) VALUES "
                                       "('10000000-0000-4000-8000-000000000001', 'North')"))
                    .ok());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO ref_code (list, code, label) VALUES "
                                       "('agency', 'local_charity', 'Local charity')"))
                    .ok());
        QVERIFY(db.exec(QStringLiteral("UPDATE sync_state SET hub_epoch = 'e1'")).ok());
        QVERIFY(db.exec(QStringLiteral("DELETE FROM sync_outbox")).ok());
        QVERIFY(db.migrateTo(15).ok());
        const auto teams = store::TeamRepository(db).all();
        QCOMPARE(teams.size(), 1);
        QVERIFY(!teams.at(0).retired());
        const auto codes = store::ReferenceCodeRepository(db).all();
        QCOMPARE(codes.size(), 1);
        QVERIFY(!codes.at(0).retired);
        QVERIFY(!codes.at(0).sortOrder);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A retired flag is 0 or 1.
        QVERIFY(!db.exec(QStringLiteral("UPDATE ref_code SET retired = 2")).ok());
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
