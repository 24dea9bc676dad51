// A police file imported on one desk reaches another desk by sync: its referrals (with the
// force's ids), its new people and the mapping profile; on the second desk the same file
// is then "already imported" row by row. Against the SQLite-file hub and PostgreSQL
// (hub schema 7).
#include "tst_sync_fixture.h"

#include "demo/PoliceCsv.h"
#include "services/ReferralImportService.h"

using namespace hub;
using namespace hub::test;

class TestReferralImportSync : public QObject
{
    Q_OBJECT

public:
    explicit TestReferralImportSync(PgServer *pg) : m_pg(pg) {}

private:
    PgServer *m_pg;

private slots:
    void importReachesAnotherDesk()
    {
        SyncWorld w(m_pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        auto b = w.desk(QStringLiteral("b"), w.sup2);
        QVERIFY(a->sync().ok());
        QVERIFY(b->sync().ok());

        demo::PoliceCsvOptions o;
        o.rows = 12;
        o.receivedFrom = util::londonDate(a->clock.now()).addDays(-30);
        const auto file = demo::policeCsv(o);
        services::ChangeNotifier notifier;
        services::ServiceContext ctxA{*a->db, notifier, a->clock};
        services::ReferralImportService onA(ctxA);
        QVERIFY(onA.saveProfile(a->actor, demo::policeProfile()).ok());
        auto preview = onA.preview(a->actor, file, demo::policeProfile(), QStringLiteral("p.csv"));
        QVERIFY2(preview.ok(), qPrintable(preview.error().describe()));
        const auto done = onA.import(a->actor, preview.value());
        QVERIFY2(done.ok(), qPrintable(done.error().describe()));
        QCOMPARE(done->added, 12);

        auto pushed = a->sync();
        QVERIFY2(pushed.ok(), qPrintable(pushed.error().describe()));
        QCOMPARE(a->outbox(), 0);
        auto pulled = b->sync();
        QVERIFY2(pulled.ok(), qPrintable(pulled.error().describe()));
        QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM referral WHERE "
                                          "force_referral_id IS NOT NULL"))
                     .toInt(),
                 12);
        QCOMPARE(b->scalar(QStringLiteral("SELECT force_person_id FROM referral WHERE "
                                          "force_referral_id = 'REF000003'"))
                     .toString(),
                 QStringLiteral("P000003"));
        QCOMPARE(b->scalar(QStringLiteral("SELECT count(*) FROM referral_profile")).toInt(), 1);

        services::ServiceContext ctxB{*b->db, notifier, b->clock};
        services::ReferralImportService onB(ctxB);
        auto profile = onB.profile(b->actor, demo::policeProfile().name);
        QVERIFY2(profile.ok(), qPrintable(profile.error().describe()));
        QVERIFY(profile.value() == demo::policeProfile());
        auto again = onB.preview(b->actor, file, profile.value(), QStringLiteral("p.csv"));
        QVERIFY2(again.ok(), qPrintable(again.error().describe()));
        QCOMPARE(again->counts().alreadyImported, 12);
        const auto second = onB.import(b->actor, again.value());
        QVERIFY(second.ok());
        QCOMPARE(second->added, 0);
    }
};

int main(int argc, char *argv[])
{
    return runOnBothHubs<TestReferralImportSync>(argc, argv);
}

#include "tst_referralimport_sync.moc"
