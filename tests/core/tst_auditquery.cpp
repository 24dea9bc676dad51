#include "ServiceFixtures.h"
#include "services/AuditService.h"

#include <QBuffer>

using namespace hub;
using namespace Qt::StringLiterals;
using services::AuditQuery;
using services::AuditService;

// Reading the audit trail: filters by user, person, action and London day, pages newest
// first, CSV export (neutralised, and itself audited), and only for auditors and
// administrators.
class TestAuditQuery : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> f;
    domain::Actor worker, other, auditor, admin, supervisor;
    QString personA, personB;

    AuditService audit() { return AuditService(f->ctx); }

    // Appends one event at `at` (UTC).
    void add(const domain::Actor &who, const char *at, const QString &action,
             const QString &personId, const QString &detail = {})
    {
        f->clock.set(test::utc(at));
        QVERIFY(audit().record(who, action, u"person"_s, personId, personId, detail).ok());
    }

    QList<qint64> seqs(const AuditQuery &query)
    {
        auto events = audit().events(auditor, query);
        QList<qint64> out;
        if (!events.ok()) {
            qWarning("%s", qPrintable(events.error().describe()));
            return out;
        }
        for (const auto &e : events.value())
            out << e.seq;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::ServiceFixture>(test::utc("2026-06-01T09:00:00Z"));
        QVERIFY(f->tmp.ok());
        const auto team = f->addTeam(u"North"_s);
        worker = f->addUser(u"worker1"_s, u"caseworker"_s, team);
        other = f->addUser(u"worker2"_s, u"caseworker"_s, team);
        auditor = f->addUser(u"auditor1"_s, u"auditor"_s);
        admin = f->addUser(u"admin1"_s, u"admin"_s);
        supervisor = f->addUser(u"super1"_s, u"supervisor"_s, team);
        personA = util::newId();
        personB = util::newId();
        // seq 1..6; 2026-06-01 23:30Z is 2 June in London (BST).
        add(worker, "2026-06-01T08:00:00Z", u"person.view"_s, personA);
        add(worker, "2026-06-01T09:00:00Z", u"contact.log"_s, personA);
        add(other, "2026-06-01T23:30:00Z", u"person.view"_s, personB);
        add(other, "2026-06-02T10:00:00Z", u"person.view"_s, personA);
        add(worker, "2026-06-03T10:00:00Z", u"person.edit"_s, personB, u"=cmd|' /C calc'!A0"_s);
        add(worker, "2026-06-04T10:00:00Z", u"person.view"_s, personB);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("everything") << QString() << QString() << QString() << QDate() << QDate()
                                    << QList<qint64>{6, 5, 4, 3, 2, 1};
        QTest::newRow("user") << u"worker"_s << QString() << QString() << QDate() << QDate()
                              << QList<qint64>{6, 5, 2, 1};
        QTest::newRow("person") << QString() << u"A"_s << QString() << QDate() << QDate()
                                << QList<qint64>{4, 2, 1};
        QTest::newRow("action") << QString() << QString() << u"person.view"_s << QDate() << QDate()
                                << QList<qint64>{6, 4, 3, 1};
        QTest::newRow("London day") << QString() << QString() << QString() << QDate(2026, 6, 2)
                                    << QDate(2026, 6, 2) << QList<qint64>{4, 3};
        QTest::newRow("from only") << QString() << QString() << QString() << QDate(2026, 6, 3)
                                   << QDate() << QList<qint64>{6, 5};
        QTest::newRow("to only") << QString() << QString() << QString() << QDate()
                                 << QDate(2026, 6, 1) << QList<qint64>{2, 1};
        QTest::newRow("all four") << u"other"_s << u"A"_s << u"person.view"_s << QDate(2026, 6, 1)
                                  << QDate(2026, 6, 30) << QList<qint64>{4};
        QTest::newRow("nothing") << u"worker"_s << u"A"_s << u"person.edit"_s << QDate() << QDate()
                                 << QList<qint64>{};
    }
    void filters()
    {
        QFETCH(QString, user);
        QFETCH(QString, person);
        QFETCH(QString, action);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QList<qint64>, expected);
        AuditQuery q;
        q.userId = user == u"worker"_s ? worker.userId : user == u"other"_s ? other.userId : user;
        q.personId = person == u"A"_s ? personA : person;
        q.action = action;
        q.from = from;
        q.to = to;
        QCOMPARE(seqs(q), expected);
        auto n = audit().count(auditor, q);
        QVERIFY(n.ok());
        QCOMPARE(n.value(), qint64(expected.size()));
    }

    // Pages follow one another by seq with no gap and no repeat.
    void pagesNewestFirst()
    {
        AuditQuery q;
        q.limit = 4;
        QCOMPARE(seqs(q), (QList<qint64>{6, 5, 4, 3}));
        q.beforeSeq = 3;
        QCOMPARE(seqs(q), (QList<qint64>{2, 1}));
        q.beforeSeq = 1;
        QCOMPARE(seqs(q), QList<qint64>{});
        q.personId = personB;
        q.beforeSeq = 6;
        q.limit = 1;
        QCOMPARE(seqs(q), QList<qint64>{5});
    }

    void onlyAuditorsAndAdministrators()
    {
        for (const auto &who : {auditor, admin})
            QVERIFY(audit().events(who, {}).ok());
        for (const auto &who : {worker, supervisor, domain::Actor{}}) {
            auto events = audit().events(who, {});
            QVERIFY(!events.ok());
            QCOMPARE(events.error().kind, Error::Kind::Permission);
            QVERIFY(!audit().count(who, {}).ok());
            QVERIFY(!audit().actions(who).ok());
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QVERIFY(!audit().exportCsv(who, {}, buffer).ok());
            QVERIFY(buffer.data().isEmpty());
        }
        QCOMPARE(f->count("audit_event"), 6);
    }

    void badFiltersNameTheField_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("field");
        QTest::newRow("person id") << u"Smith"_s << QDate() << QDate() << 10 << u"person_id"_s;
        QTest::newRow("days reversed")
            << QString() << QDate(2026, 6, 5) << QDate(2026, 6, 1) << 10 << u"from"_s;
        QTest::newRow("page too small") << QString() << QDate() << QDate() << 0 << u"limit"_s;
    }
    void badFiltersNameTheField()
    {
        QFETCH(QString, person);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, limit);
        QFETCH(QString, field);
        AuditQuery q;
        q.personId = person;
        q.from = from;
        q.to = to;
        q.limit = limit;
        auto events = audit().events(auditor, q);
        QVERIFY(!events.ok());
        QCOMPARE(events.error().kind, Error::Kind::Invalid);
        QCOMPARE(events.error().field, field);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(!audit().exportCsv(auditor, q, buffer).ok());
        QCOMPARE(f->count("audit_event"), 6); // a refused export is not recorded
    }

    // A filter by user or action reads the matching events only, whatever the length of
    // the trail (schema 9 indexes): no step of a full scan, for the page and for its count.
    void userAndActionFiltersDoNotScanTheTrail()
    {
        // 20,000 more events by another user (raw rows: the viewer does not check hashes).
        QSqlQuery fill(f->db().connection());
        QVERIFY(fill.exec(
            uR"(WITH RECURSIVE n(i) AS (SELECT 7 UNION ALL SELECT i + 1 FROM n WHERE i < 20006)
INSERT INTO audit_event (seq, at, user_id, username, workstation, action, prev_hash, hash)
SELECT i, '2026-06-05T10:00:00Z', 'bulk-user', 'bulk', 'test-pc', 'report.view', '-', '-'
FROM n)"_s));
        AuditQuery byUser;
        byUser.userId = worker.userId;
        QCOMPARE(seqs(byUser), (QList<qint64>{6, 5, 2, 1}));
        QCOMPARE(audit().count(auditor, byUser).value(), qint64(4));
        AuditQuery byAction;
        byAction.action = u"contact.log"_s;
        QCOMPARE(seqs(byAction), QList<qint64>{2});
        QCOMPARE(audit().count(auditor, byAction).value(), qint64(1));
        // SQLite's own counters of the statements the viewer prepared on this connection.
        QSqlQuery stats(f->db().connection());
        QVERIFY(stats.exec(
            u"SELECT sql, nscan, nstep FROM sqlite_stmt "
            "WHERE sql LIKE '%FROM audit_event WHERE %' AND sql NOT LIKE '%sqlite_stmt%'"_s));
        int statements = 0;
        while (stats.next()) {
            ++statements;
            const auto sql = stats.value(0).toString();
            QVERIFY2(stats.value(1).toLongLong() == 0, qPrintable(sql));   // full-scan steps
            QVERIFY2(stats.value(2).toLongLong() < 1000, qPrintable(sql)); // of 20,006 events
        }
        QCOMPARE(statements, 4); // a page and a count, by user and by action
    }

    void actionsListed()
    {
        auto actions = audit().actions(admin);
        QVERIFY(actions.ok());
        QCOMPARE(actions.value(),
                 (QStringList{u"contact.log"_s, u"person.edit"_s, u"person.view"_s}));
    }

    // Every matching event (not a page), oldest first, neutralised; the export is recorded.
    void exportIsCsvAndAudited()
    {
        f->clock.set(test::utc("2026-06-05T12:00:00Z"));
        AuditQuery q;
        q.personId = personB;
        q.limit = 1; // paging does not limit an export
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        auto rows = audit().exportCsv(auditor, q, buffer);
        QVERIFY2(rows.ok(), qPrintable(rows.error().describe()));
        QCOMPARE(rows.value(), qint64(3));
        const auto lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 5); // header, three events, and the empty rest after the CRLF
        QVERIFY(lines.at(0).startsWith("seq,at,user_id,username,"));
        QVERIFY(lines.at(1).startsWith("3,2026-06-01T23:30:00Z,"));
        QVERIFY(lines.at(2).startsWith("5,"));
        QVERIFY(lines.at(3).startsWith("6,"));
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY(lines.at(i).endsWith('\r'));
        // The formula in a detail is written as text.
        QVERIFY2(lines.at(2).contains(",'=cmd|' /C calc'!A0,"), lines.at(2).constData());
        QVERIFY(lines.at(2).contains(",person.edit,person,"));

        AuditQuery exports;
        exports.action = u"audit.export"_s;
        auto recorded = audit().events(auditor, exports);
        QVERIFY(recorded.ok());
        QCOMPARE(recorded->size(), 1);
        const auto &e = recorded->first();
        QCOMPARE(e.userId, auditor.userId);
        QCOMPARE(e.username, u"auditor1"_s);
        QCOMPARE(e.at, u"2026-06-05T12:00:00Z"_s);
        QVERIFY(e.detail.contains(u"events=3"_s));
        QVERIFY(e.detail.contains(u"person="_s + personB));
        QVERIFY(audit().verify(auditor)->intact());
    }
};

QTEST_GUILESS_MAIN(TestAuditQuery)
#include "tst_auditquery.moc"
