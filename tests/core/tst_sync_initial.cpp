// A desk's first pull: the bulk path (pages parsed on another thread while the previous
// one is written, foreign keys checked once at the end, the search index built once).
// Against the SQLite-file hub and a real PostgreSQL hub.

#include "tst_sync_fixture.h"

namespace hub::test {

class TestSyncInitial : public QObject
{
    Q_OBJECT

public:
    explicit TestSyncInitial(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;

    // Desk `a` holds people with enough contacts to fill several pull pages; it sends them.
    static void fillAndPush(SyncWorld &w, Desk &a, int people, int contactsEach)
    {
        a.exec(QStringLiteral("BEGIN"));
        for (int i = 0; i < people; ++i) {
            const auto person = addPerson(a, QStringLiteral("Synthetic%1").arg(i),
                                          QStringLiteral("Initial%1").arg(i));
            const auto referral = addReferral(a, person, w.cw1.userId);
            QString previous;
            for (int c = 0; c < contactsEach; ++c) {
                const auto id = util::newId();
                a.exec(
                    QStringLiteral(
                        "INSERT INTO contact (id, person_id, referral_id, at, direction, "
                        "channel, outcome, duration_minutes, summary, recorded_by, "
                        "recorded_at, amends) VALUES (?, ?, ?, ?, 'outbound', 'phone', "
                        "'spoke', ?, ?, ?, ?, ?)"),
                    {id, person, referral, QStringLiteral("2026-03-02T10:%1:00Z").arg(c % 60),
                     c % 40, QStringLiteral("Synthetic call %1").arg(c), w.cw1.userId,
                     QStringLiteral("2026-03-02T11:00:00Z"),
                     // every tenth contact corrects the one before it
                     c % 10 == 9 ? QVariant(previous) : QVariant(QMetaType(QMetaType::QString))});
                previous = id;
            }
        }
        a.exec(QStringLiteral("COMMIT"));
        auto sent = a.sync();
        QVERIFY2(sent.ok(), qPrintable(sent.error().describe()));
        QCOMPARE(a.outbox(), 0);
    }

private slots:
    void firstPullOfManyPagesEqualsTheHub_data()
    {
        QTest::addColumn<bool>("pg");
        QTest::newRow("sqlite-file hub") << false;
        QTest::newRow("postgresql hub") << true;
    }

    void firstPullOfManyPagesEqualsTheHub()
    {
        QFETCH(bool, pg);
        SyncWorld w(pg ? m_pg : nullptr);
        const auto manager =
            w.addActor(QStringLiteral("sup.all"), QStringLiteral("supervisor"), {});
        auto a = w.desk(QStringLiteral("a"), w.cw1);
        fillAndPush(w, *a, 30, 150); // 4,500 contacts: three pages of contacts
        if (pg) // the large push left the planner with statistics, not autovacuum's wait
            QVERIFY(!w.hubScalar(QStringLiteral("SELECT last_analyze FROM pg_stat_user_tables "
                                                "WHERE relname = 'hub_record'"))
                         .isNull());
        auto b = w.desk(QStringLiteral("b"), manager);
        auto pulled = b->sync();
        QVERIFY2(pulled.ok(), qPrintable(pulled.error().describe()));
        QVERIFY(pulled->pulled >= 30 + 30 + 4500);
        QCOMPARE(b->dump(), w.hubDump(manager));
        QCOMPARE(b->dump(), a->dump());
        QCOMPARE(b->outbox(), 0);
        // Foreign keys are on again for the desk's own edits.
        QCOMPARE(b->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        // The search index holds the people that came in bulk.
        QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM person_search WHERE "
                                          "person_search MATCH 'initial17'"))
                     .toInt(),
                 1);
        // A desk's own edit after the pull still reaches the hub and desk a.
        const auto someone = b->scalar(QStringLiteral("SELECT id FROM person ORDER BY id LIMIT 1"));
        b->exec(QStringLiteral("UPDATE person SET phone = '07700 900123' WHERE id = ?"), {someone});
        QVERIFY(b->sync().ok());
        QVERIFY(a->sync().ok());
        QCOMPARE(a->row(QStringLiteral("person"), someone.toString())
                     .value(QStringLiteral("phone"))
                     .toString(),
                 QStringLiteral("07700 900123"));
    }

    // A hub whose contacts name a person it no longer holds (a damaged hub file): the
    // first pull stops with the tables named, and the desk keeps nothing of it.
    void firstPullWithAMissingPersonSavesNothing()
    {
        SyncWorld w;
        const auto manager =
            w.addActor(QStringLiteral("sup.all"), QStringLiteral("supervisor"), {});
        auto a = w.desk(QStringLiteral("a"), w.cw1);
        fillAndPush(w, *a, 3, 20);
        const auto victim = a->scalar(QStringLiteral("SELECT id FROM person ORDER BY id LIMIT 1"));
        const auto saved = w.hubScalar(
            QStringLiteral("SELECT data FROM hub_record WHERE kind = 'person' AND id = '%1'")
                .arg(victim.toString()));
        QVERIFY(saved.isValid());
        w.hubExec(QStringLiteral("UPDATE hub_record SET deleted = 1 WHERE kind = 'person' AND "
                                 "id = '%1'")
                      .arg(victim.toString()));

        auto b = w.desk(QStringLiteral("b"), manager);
        auto pulled = b->sync();
        QVERIFY(!pulled.ok());
        const auto message = pulled.error().describe();
        QVERIFY2(message.contains(QStringLiteral("person")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("nothing was saved")), qPrintable(message));
        QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 0);
        QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM contact")).toInt(), 0);
        QVERIFY(b->scalar(QStringLiteral("SELECT pull_cursor FROM sync_state")).isNull());
        QCOMPARE(b->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);

        // Mended on the hub, the next pull brings everything.
        w.hubExec(QStringLiteral("UPDATE hub_record SET deleted = 0 WHERE kind = 'person' AND "
                                 "id = '%1'")
                      .arg(victim.toString()));
        auto again = b->sync();
        QVERIFY2(again.ok(), qPrintable(again.error().describe()));
        QCOMPARE(b->dump(), a->dump());
    }
};

} // namespace hub::test

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    hub::test::PgServer pg;
    if (!pg.ok()) {
        qWarning("PostgreSQL 15 test server: %s", qPrintable(pg.errorText()));
        return 1;
    }
    hub::test::TestSyncInitial test(&pg);
    return QTest::qExec(&test, argc, argv);
}
#include "tst_sync_initial.moc"
