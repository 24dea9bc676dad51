#include "ServiceFixtures.h"
#include "services/AuditService.h"
#include "services/AuthService.h"
#include "services/HubSetupService.h"
#include "services/SettingsService.h"
#include "store/Repositories.h"

using namespace hub;
using services::HubSetup;
using services::HubSetupService;

// A new hub set up from the first-run wizard's answers (HubSetupService): everything in one
// transaction, audited and on its way to the hub; refused, with nothing written, on a
// database that has users, or when any answer breaks a rule (the field named).
class TestHubSetup : public QObject
{
    Q_OBJECT

    const QDateTime m_now = test::utc("2026-11-02T10:00:00Z");
    const QString m_ws = QStringLiteral("test-pc");

    static HubSetup goodSetup()
    {
        HubSetup s;
        s.hubName = QStringLiteral("  Northfield Victims' Hub ");
        s.adminUsername = QStringLiteral("hub.admin");
        s.adminDisplayName = QStringLiteral("Hub Administrator");
        s.adminPassword = QStringLiteral("first-admin-pass");
        s.teams = {QStringLiteral(" North "), QStringLiteral("South")};
        s.victimsCodeDays = {3, 7};
        s.retentionYears = 8;
        return s;
    }

    // Rows of every table the set-up writes, to show that a refusal wrote none.
    static QString footprint(test::ServiceFixture &f)
    {
        QStringList counts;
        for (const auto *table : {"team", "app_user", "hub_setting", "audit_event", "sync_outbox"})
            counts << QStringLiteral("%1=%2").arg(QString::fromLatin1(table)).arg(f.count(table));
        return counts.join(QLatin1Char(' '));
    }

    static int outboxRows(test::ServiceFixture &f, const QString &kind)
    {
        QSqlQuery q(f.db().connection());
        q.prepare(QStringLiteral("SELECT count(DISTINCT row_id) FROM sync_outbox WHERE kind = ?"));
        q.addBindValue(kind);
        if (!q.exec() || !q.next())
            qFatal("cannot count the outbox");
        return q.value(0).toInt();
    }

    static QStringList auditActions(test::ServiceFixture &f)
    {
        QSqlQuery q(f.db().connection());
        if (!q.exec(QStringLiteral("SELECT action FROM audit_event ORDER BY seq")))
            qFatal("cannot read the audit trail");
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private Q_SLOTS:
    void setsUpTheHubInOneGo()
    {
        test::ServiceFixture f(m_now);
        services::AuthService auth(f.ctx, security::PasswordHasher::Cost::Minimum);
        HubSetupService setup(auth);
        auto actor = setup.setUp(goodSetup(), m_ws);
        QVERIFY2(actor.ok(), qPrintable(actor.error().describe()));
        QCOMPARE(actor->role, QStringLiteral("admin"));
        QCOMPARE(actor->workstation, m_ws);

        QCOMPARE(HubSetupService::hubName(f.db()), QStringLiteral("Northfield Victims' Hub"));
        auto admin = store::UserRepository(f.db()).byUsername(QStringLiteral("hub.admin"));
        QVERIFY(admin.ok());
        QCOMPARE(admin->id, actor->userId);
        QCOMPARE(admin->displayName, QStringLiteral("Hub Administrator"));
        QStringList teams;
        for (const auto &team : store::TeamRepository(f.db()).all())
            teams << team.name;
        QCOMPARE(teams, (QStringList{QStringLiteral("North"), QStringLiteral("South")}));
        QCOMPARE(services::SettingsService::victimsCodeDays(f.db()),
                 (services::VictimsCodeDays{3, 7}));
        QCOMPARE(services::SettingsService::retentionYears(f.db()), 8);
        // The clocks on this desk count with the new days at once.
        QCOMPARE(f.ctx.victimsCode.daysFor(true), 3);
        QCOMPARE(f.ctx.victimsCode.daysFor(false), 7);

        // The password is the administrator's own: they sign in with it, no change asked.
        QVERIFY(
            auth.login(QStringLiteral("hub.admin"), QStringLiteral("first-admin-pass"), m_ws).ok());
        // Audited, and every row on its way to the hub.
        const auto actions = auditActions(f);
        for (const auto *action : {"user.add", "team.add", "settings.change", "hub.setup"})
            QVERIFY2(actions.contains(QString::fromLatin1(action)),
                     qPrintable(actions.join(QLatin1Char(' '))));
        QCOMPARE(actions.count(QStringLiteral("team.add")), 2);
        const auto chain = services::AuditService(f.ctx).verify();
        QVERIFY(chain.ok() && chain->intact());
        QCOMPARE(outboxRows(f, QStringLiteral("team")), 2);
        QCOMPARE(outboxRows(f, QStringLiteral("app_user")), 1);
        // The name, both Victims' Code days and the retention period.
        QCOMPARE(outboxRows(f, QStringLiteral("hub_setting")), 4);

        // Once is all: the database now has a user.
        const auto before = footprint(f);
        auto again = setup.setUp(goodSetup(), m_ws);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QVERIFY2(again.error().message.contains(QStringLiteral("already has users")),
                 qPrintable(again.error().message));
        QCOMPARE(footprint(f), before);
    }

    void refusedOnADatabaseWithUsers()
    {
        test::ServiceFixture f(m_now);
        services::AuthService auth(f.ctx, security::PasswordHasher::Cost::Minimum);
        // An administrator made from the command line (hubctl init --admin).
        QVERIFY(auth.bootstrapAdmin(QStringLiteral("office.admin"),
                                    QStringLiteral("office-admin-pass"), m_ws)
                    .ok());
        const auto before = footprint(f);
        auto result = HubSetupService(auth).setUp(goodSetup(), m_ws);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Conflict);
        QCOMPARE(footprint(f), before);
        QVERIFY(HubSetupService::hubName(f.db()).isEmpty());
        QVERIFY(!store::UserRepository(f.db()).byUsername(QStringLiteral("hub.admin")).ok());
    }

    void badAnswersAreRefusedWithTheirField_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("no hub name") << "hub"
                                     << "   "
                                     << "hub_name"
                                     << "is needed";
        QTest::newRow("long hub name") << "hub" << QString(101, QLatin1Char('x')) << "hub_name"
                                       << "longer than 100";
        QTest::newRow("bad username") << "user"
                                      << "Hub Admin"
                                      << "username"
                                      << "lower-case";
        QTest::newRow("short password") << "password"
                                        << "short"
                                        << "password"
                                        << "at least 10";
        QTest::newRow("password is username") << "password"
                                              << "HUB.ADMIN.1"
                                              << "password"
                                              << "not be the username";
        QTest::newRow("no team") << "teams"
                                 << ""
                                 << "teams"
                                 << "at least one team";
        QTest::newRow("blank team") << "teams"
                                    << "North|  "
                                    << "teams"
                                    << "needs a name";
        QTest::newRow("duplicate team") << "teams"
                                        << "North|South|north "
                                        << "teams"
                                        << "'north' is already in the list";
        QTest::newRow("enhanced 0") << "enhanced"
                                    << "0"
                                    << "victims_code.enhanced_days"
                                    << "between 1 and 30 working days, not 0";
        QTest::newRow("standard 31") << "standard"
                                     << "31"
                                     << "victims_code.standard_days"
                                     << "between 1 and 30 working days, not 31";
        QTest::newRow("enhanced longer") << "enhanced"
                                         << "9"
                                         << "victims_code.enhanced_days"
                                         << "cannot allow longer";
        QTest::newRow("retention 0") << "retention"
                                     << "0"
                                     << "retention.years"
                                     << "between 1 and 50 years, not 0";
        QTest::newRow("retention 51") << "retention"
                                      << "51"
                                      << "retention.years"
                                      << "between 1 and 50 years, not 51";
    }

    void badAnswersAreRefusedWithTheirField()
    {
        QFETCH(QString, part);
        QFETCH(QString, value);
        QFETCH(QString, field);
        QFETCH(QString, words);
        test::ServiceFixture f(m_now);
        services::AuthService auth(f.ctx, security::PasswordHasher::Cost::Minimum);
        auto s = goodSetup();
        if (part == QLatin1String("hub"))
            s.hubName = value;
        else if (part == QLatin1String("user"))
            s.adminUsername = value;
        else if (part == QLatin1String("password"))
            s.adminPassword = value.toLower();
        else if (part == QLatin1String("teams"))
            s.teams = value.isEmpty() ? QStringList() : value.split(QLatin1Char('|'));
        else if (part == QLatin1String("enhanced"))
            s.victimsCodeDays.enhanced = value.toInt();
        else if (part == QLatin1String("standard"))
            s.victimsCodeDays.standard = value.toInt();
        else
            s.retentionYears = value.toInt();
        if (part == QLatin1String("password") && value.startsWith(QLatin1String("HUB")))
            s.adminUsername = value.toLower();
        const auto before = footprint(f);
        HubSetupService setup(auth);
        auto checked = setup.check(s);
        auto result = setup.setUp(s, m_ws);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, field);
        QVERIFY2(result.error().message.contains(words), qPrintable(result.error().message));
        QCOMPARE(checked.error().field, field);
        QCOMPARE(footprint(f), before);
        QVERIFY(!auth.hasUsers());
    }

    void aTeamAlreadyInTheDatabaseIsADuplicateToo()
    {
        test::ServiceFixture f(m_now);
        services::AuthService auth(f.ctx, security::PasswordHasher::Cost::Minimum);
        QVERIFY(store::TeamRepository(f.db())
                    .insert({QStringLiteral("t-1"), QStringLiteral("SOUTH")})
                    .ok());
        const auto before = footprint(f);
        auto result = HubSetupService(auth).setUp(goodSetup(), m_ws);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, QStringLiteral("teams"));
        QVERIFY2(result.error().message.contains(QStringLiteral("'SOUTH' already exists")),
                 qPrintable(result.error().message));
        QCOMPARE(footprint(f), before);
    }

    // A write that fails half-way (here a team the store refuses) takes back everything
    // before it: no administrator, no setting, and the deadlines in use are unchanged.
    void aFailedWriteLeavesNothing()
    {
        test::ServiceFixture f(m_now);
        services::AuthService auth(f.ctx, security::PasswordHasher::Cost::Minimum);
        QVERIFY(f.db()
                    .exec(QStringLiteral("CREATE TRIGGER refuse_south BEFORE INSERT ON team WHEN "
                                         "new.name = 'South' BEGIN SELECT RAISE(ABORT, 'full'); "
                                         "END"))
                    .ok());
        const auto before = footprint(f);
        auto s = goodSetup();
        s.teams = {QStringLiteral("North"), QStringLiteral("South")};
        auto result = HubSetupService(auth).setUp(s, m_ws);
        QVERIFY(!result.ok());
        QCOMPARE(footprint(f), before);
        QVERIFY(!auth.hasUsers());
        QCOMPARE(f.ctx.victimsCode.daysFor(true), 2);
        QCOMPARE(f.ctx.victimsCode.daysFor(false), 5);
    }
};

QTEST_GUILESS_MAIN(TestHubSetup)
#include "tst_hubsetup.moc"
