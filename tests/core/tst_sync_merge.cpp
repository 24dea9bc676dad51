// A merge of two person records on one desk reaches another desk by sync, and so does its
// undoing (docs/SYNC.md "Merged people"); the PostgreSQL hub takes a merge only from a
// supervisor's desk login. Against the SQLite-file hub and PostgreSQL.
#include "tst_sync_fixture.h"

#include "services/DeskService.h"
#include "services/PersonMergeService.h"

using namespace hub;
using namespace hub::test;

namespace {

bool synced(Desk &d)
{
    const auto out = d.sync();
    if (!out.ok())
        qWarning("sync failed: %s", qPrintable(out.error().describe()));
    return out.ok();
}

QString personOf(Desk &d, const char *table, const QString &id)
{
    return d
        .scalar(QStringLiteral("SELECT person_id FROM %1 WHERE id = ?").arg(QLatin1String(table)),
                {id})
        .toString();
}

QString addContact(Desk &d, const QString &personId, const QString &recordedBy)
{
    domain::Contact c;
    c.id = util::newId();
    c.personId = personId;
    c.at = QDateTime(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC);
    c.direction = QStringLiteral("outbound");
    c.channel = QStringLiteral("phone");
    c.outcome = QStringLiteral("spoke");
    c.summary = QStringLiteral("Synthetic call");
    c.recordedBy = recordedBy;
    c.recordedAt = c.at;
    if (auto s = store::ContactRepository(*d.db).insert(c); !s.ok())
        qFatal("cannot add a contact: %s", qPrintable(s.error().describe()));
    return c.id;
}

} // namespace

class TestSyncMerge : public QObject
{
    Q_OBJECT

public:
    explicit TestSyncMerge(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;
    std::unique_ptr<SyncWorld> w;
    std::unique_ptr<Desk> a, b;
    QString p, q, rp, rq, cq;

private slots:
    void init()
    {
        w = std::make_unique<SyncWorld>(m_pg);
        a = w->desk(QStringLiteral("a"), w->sup1);
        b = w->desk(QStringLiteral("b"), w->sup1);
        p = addPerson(*a, QStringLiteral("Nell"), QStringLiteral("Synthetic"));
        q = addPerson(*a, QStringLiteral("Nel"), QStringLiteral("Synthetic"));
        rp = addReferral(*a, p, w->cw1.userId);
        rq = addReferral(*a, q, w->cw1.userId);
        cq = addContact(*a, q, w->cw1.userId);
        QVERIFY(synced(*a));
        QVERIFY(synced(*b));
        QCOMPARE(personOf(*b, "contact", cq), q);
    }

    void cleanup()
    {
        a.reset();
        b.reset();
        w.reset();
    }

    void mergeAndUnmergeReachAnotherDesk()
    {
        services::Services onA(*a->db, a->clock);
        services::PersonMergeService merges(onA.context);
        auto m = merges.merge(a->actor, {p, q, QStringLiteral("Same person, name misspelt"), {}});
        QVERIFY2(m.ok(), qPrintable(m.error().describe()));
        auto pushed = a->sync();
        QVERIFY2(pushed.ok(), qPrintable(pushed.error().describe()));
        QCOMPARE(pushed->refused, 0);
        QVERIFY(synced(*b));
        QCOMPARE(personOf(*b, "referral", rq), p);
        QCOMPARE(personOf(*b, "contact", cq), p); // re-pointed on desk b by the merge
        QCOMPARE(b->scalar(QStringLiteral("SELECT merged_into FROM person WHERE id = ?"), {q})
                     .toString(),
                 p);
        QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM person_merge")).toInt(), 1);

        QVERIFY2(merges.unmerge(a->actor, m->id).ok(), "unmerge");
        pushed = a->sync();
        QVERIFY2(pushed.ok(), qPrintable(pushed.error().describe()));
        QCOMPARE(pushed->refused, 0);
        QVERIFY(synced(*b));
        QCOMPARE(personOf(*b, "referral", rq), q);
        QCOMPARE(personOf(*b, "contact", cq), q);
        QVERIFY(b->scalar(QStringLiteral("SELECT merged_into FROM person WHERE id = ?"), {q})
                    .toString()
                    .isEmpty());
        QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM person_merge")).toInt(), 0);
        QCOMPARE(a->dump(), b->dump());
    }

    // A caseworker's desk that writes a merge by hand: PostgreSQL refuses the merge and
    // the move; a SQLite-file hub (one office, no role checks) takes it.
    void caseworkersMergeRefusedByPostgres()
    {
        auto c = w->desk(QStringLiteral("c"), w->cw1);
        QVERIFY(synced(*c));
        const auto id = util::newId();
        c->exec(QStringLiteral("UPDATE person SET merged_into = ? WHERE id = ?"), {p, q});
        c->exec(QStringLiteral("UPDATE referral SET person_id = ? WHERE id = ?"), {p, rq});
        c->exec(QStringLiteral("INSERT INTO person_merge (id, person_id, other_id, reason, moved, "
                               "prior, merged_by, merged_at) VALUES (?, ?, ?, 'forged', ?, '{}', "
                               "?, '2026-06-01T10:00:00Z')"),
                {id, p, q, QStringLiteral("{\"referral\":[\"%1\"]}").arg(rq), w->cw1.userId});
        auto out = c->sync();
        QVERIFY2(out.ok(), qPrintable(out.error().describe()));
        QVERIFY(synced(*b));
        if (m_pg) {
            QVERIFY(out->refused >= 3);
            QCOMPARE(personOf(*b, "referral", rq), q);
            QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM person_merge")).toInt(), 0);
            QCOMPARE(personOf(*c, "referral", rq), q); // the desk takes the hub's word back
        } else {
            QCOMPARE(out->refused, 0);
            QCOMPARE(personOf(*b, "referral", rq), p);
        }
    }
};

int main(int argc, char *argv[])
{
    return runOnBothHubs<TestSyncMerge>(argc, argv);
}

#include "tst_sync_merge.moc"
