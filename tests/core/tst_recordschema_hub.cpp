// Erasure reaches every field the record schema erases on the hub too, on the SQLite-file
// hub and on PostgreSQL (whose hub_erase holds the list its schema step was given), and a
// PostgreSQL hub checks every rule the schema describes (hub_field_rule).
#include "store/ErasureRepository.h"
#include "store/Transaction.h"
#include "sync/HubTrust.h"
#include "tst_recordschema_fixture.h"
#include "tst_sync_fixture.h"

#include <QJsonDocument>

using namespace hub;
using namespace hub::test;

namespace {

struct HubRow
{
    QString kind;
    QJsonObject data;
    bool deleted = false;
};

QVector<HubRow> hubRowsOf(SyncWorld &w, const QString &personId)
{
    auto h = w.hub();
    QVector<HubRow> out;
    QSqlQuery q(h->connection());
    if (!q.exec(QStringLiteral("SELECT kind, data, deleted FROM hub_record WHERE person_id = "
                               "'%1' ORDER BY kind, id")
                    .arg(personId)))
        qFatal("hub SQL failed");
    while (q.next())
        out.push_back({q.value(0).toString(),
                       QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                       q.value(2).toInt() != 0});
    return out;
}

} // namespace

class TestRecordSchemaHub : public QObject
{
    Q_OBJECT

public:
    explicit TestRecordSchemaHub(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;

private Q_SLOTS:
    void erasureBlanksEveryErasedFieldOnTheHub()
    {
        SyncWorld w(m_pg);
        const auto all = w.addActor(QStringLiteral("sup.all"), QStringLiteral("supervisor"), {});
        auto head = w.desk(QStringLiteral("head"), all);
        const auto lines = schema::withStaff(schema::caseLines(), w.cw1.userId, w.sup1.userId);
        const auto in = schema::importInto(*head->db, schema::archiveOf(lines));
        QVERIFY2(in.ok(), in.ok() ? "" : qPrintable(in.error().describe()));
        QVERIFY(schema::addUnarchivedRows(*head->db, w.cw1.userId, w.sup1.userId));
        auto first = head->sync();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().describe()));

        // Before: every kind about the person is on the hub, each erased field with a value.
        const auto before = hubRowsOf(w, schema::kPerson);
        for (const auto &k : domain::recordSchema()) {
            if (k.reach == domain::Reach::None || !k.synced)
                continue;
            bool any = false;
            for (const auto &r : before)
                any = any || r.kind == k.name;
            QVERIFY2(any, qPrintable(k.name + QLatin1String(" has no row on the hub")));
            for (const auto &f : k.fields) {
                if (f.erase == domain::Erase::Keep || !f.synced())
                    continue;
                bool holds = false;
                for (const auto &r : before) {
                    if (r.kind == k.name)
                        holds = holds || !schema::isErased(f, r.data.value(f.column).toVariant());
                }
                QVERIFY2(
                    holds,
                    qPrintable(QStringLiteral("fill %1.%2 in the fixture").arg(k.name, f.column)));
            }
        }

        {
            store::Transaction tx(*head->db);
            QVERIFY(store::ErasureRepository(*head->db)
                        .erasePerson({schema::kPerson, QDate(2026, 3, 1), QStringLiteral("request"),
                                      all.userId, head->clock.now()})
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        auto second = head->sync();
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().describe()));

        const auto after = hubRowsOf(w, schema::kPerson);
        QCOMPARE(after.size(), before.size());
        for (const auto &r : after) {
            const auto *k = domain::kindSpec(r.kind);
            QVERIFY(k);
            if (k->erasureDeletes) {
                QVERIFY2(r.deleted, qPrintable(r.kind));
                continue;
            }
            for (const auto &f : k->fields) {
                if (f.erase == domain::Erase::Keep || !f.synced())
                    continue;
                const auto v = r.data.value(f.column).toVariant();
                QVERIFY2(schema::isErased(f, v),
                         qPrintable(QStringLiteral("%1.%2 still holds %3 on the hub")
                                        .arg(r.kind, f.column, v.toString())));
            }
        }
    }

    // A PostgreSQL hub's field rules are the record schema's (sync::fieldRules()).
    void postgresHubChecksEveryDescribedRule()
    {
        if (!m_pg)
            return; // the SQLite-file hub checks with sync::fieldRules() itself
        SyncWorld w(m_pg);
        QStringList want;
        for (const auto &r : sync::fieldRules())
            want << QStringLiteral("%1.%2 %3 %4 %5 %6")
                        .arg(QLatin1String(r.kind), QLatin1String(r.field), QLatin1String(r.rule),
                             QLatin1String(r.list ? r.list : ""))
                        .arg(r.maxLength)
                        .arg(r.required ? QStringLiteral("true") : QStringLiteral("false"));
        auto h = w.hub();
        QSqlQuery q(h->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT kind || '.' || field || ' ' || rule || ' ' || coalesce(list, '') || ' ' || "
            "coalesce(max_length, 0) || ' ' || required FROM hub_field_rule")));
        QStringList have;
        while (q.next())
            have << q.value(0).toString();
        want.sort();
        have.sort();
        QCOMPARE(have, want);
    }
};

int main(int argc, char *argv[])
{
    return runOnBothHubs<TestRecordSchemaHub>(argc, argv);
}

#include "tst_recordschema_hub.moc"
