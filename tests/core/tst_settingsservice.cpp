#include "ServiceFixtures.h"
#include "services/DeskService.h"
#include "services/ReferralService.h"
#include "services/SettingsService.h"

using namespace hub;
using services::SettingsService;
using services::VictimsCodeDays;

// The Victims' Code deadlines are the hub's setting: stored in the database, used by every
// clock, changed only by an administrator, and refused with the field named when wrong.
class TestSettingsService : public QObject
{
    Q_OBJECT

    // Monday 2 November 2026, 10:00 London (GMT).
    const QDateTime m_now = test::utc("2026-11-02T10:00:00Z");

    // The London date whose end the clock runs to.
    static QDate dueDate(const calendar::ClockState &clock)
    {
        return clock.dueAt.addSecs(-1).toTimeZone(util::london()).date();
    }

private Q_SLOTS:
    void defaultsAreTwoAndFiveWorkingDays()
    {
        test::ServiceFixture f(m_now);
        QCOMPARE(SettingsService::victimsCodeDays(f.db()), (VictimsCodeDays{2, 5}));
        services::Services all(f.db());
        QCOMPARE(all.context.victimsCode.daysFor(true), 2);
        QCOMPARE(all.context.victimsCode.daysFor(false), 5);
    }

    void administratorChangesTheDeadlineForEveryClock()
    {
        test::ServiceFixture f(m_now);
        const auto admin = f.addUser(QStringLiteral("admin1"), QStringLiteral("admin"));
        const auto personId = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Lovell"));
        auto r = f.referral(personId, m_now);
        f.addReferral(r);

        services::ReferralService referrals(f.ctx);
        // Received Monday 10:00, standard: due at the end of Monday 9 November (5 working days).
        QCOMPARE(dueDate(referrals.clockFor(r)), QDate(2026, 11, 9));

        int notified = 0;
        connect(&f.notifier, &services::ChangeNotifier::changed, this, [&] { ++notified; });
        QVERIFY(SettingsService(f.ctx).setVictimsCodeDays(admin, {1, 3}).ok());
        QCOMPARE(notified, 1);
        // The open context follows at once: 3 working days from Monday is Thursday.
        QCOMPARE(dueDate(referrals.clockFor(r)), QDate(2026, 11, 5));
        // And a new session (another workstation, tomorrow's start-up) reads it from the file.
        QVERIFY(f.tmp.reopen());
        services::Services reopened(f.db());
        QCOMPARE(reopened.context.victimsCode.daysFor(true), 1);
        QCOMPARE(reopened.context.victimsCode.daysFor(false), 3);
    }

    void refusalsNameTheFieldAndChangeNothing_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("enhanced");
        QTest::addColumn<int>("standard");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("caseworker") << "caseworker" << 2 << 4 << ""
                                    << "administrator";
        QTest::newRow("supervisor") << "supervisor" << 2 << 4 << ""
                                    << "administrator";
        QTest::newRow("zero enhanced") << "admin" << 0 << 5 << "victims_code.enhanced_days"
                                       << "between 1 and 30";
        QTest::newRow("standard too long") << "admin" << 2 << 31 << "victims_code.standard_days"
                                           << "not 31";
        QTest::newRow("enhanced longer than standard")
            << "admin" << 6 << 5 << "victims_code.enhanced_days"
            << "cannot allow longer";
    }

    void refusalsNameTheFieldAndChangeNothing()
    {
        QFETCH(QString, role);
        QFETCH(int, enhanced);
        QFETCH(int, standard);
        QFETCH(QString, field);
        QFETCH(QString, words);
        test::ServiceFixture f(m_now);
        const auto actor = f.addUser(QStringLiteral("someone"), role);
        const auto result = SettingsService(f.ctx).setVictimsCodeDays(actor, {enhanced, standard});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, field);
        QVERIFY2(result.error().message.contains(words), qPrintable(result.error().describe()));
        QCOMPARE(f.count("hub_setting"), 0);
        QCOMPARE(f.ctx.victimsCode.daysFor(false), 5);
    }
};

QTEST_GUILESS_MAIN(TestSettingsService)
#include "tst_settingsservice.moc"
