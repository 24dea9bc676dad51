// A new desk joins a PostgreSQL hub with a one-time enrolment code (docs/SYNC.md "Joining a
// hub", docs/SECURITY.md "Enrolment codes"): the whole journey, every refusal changing
// nothing, one use, no plaintext on the hub, and only administrators issuing. Real
// PostgreSQL, real SQLite files, a real Secret Service and the real hubctl.

#include "KeyringSession.h"
#include "services/AuthService.h"
#include "services/DeskService.h"
#include "sync/DeskJoin.h"
#include "sync/HubEnrolment.h"
#include "sync/HubKeychain.h"
#include "sync/HubLogins.h"
#include "tst_sync_fixture.h"
#include "tst_sync_hubctl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace hub;
using namespace hub::test;

namespace {

int scalarInt(SyncWorld &w, const QString &sql)
{
    return w.hubScalar(sql).toInt();
}

const QString kNewPassword = QStringLiteral("synthetic-new-desk-password");

sync::JoinRequest request(SyncWorld &w, const QString &username, const QString &code,
                          const QString &path)
{
    sync::JoinRequest r;
    r.hubUrl = w.url.display();
    r.username = username;
    r.code = code;
    r.password = kNewPassword;
    r.dbPath = path;
    r.workstation = QStringLiteral("new-desk");
    r.cost = security::PasswordHasher::Cost::Minimum;
    return r;
}

QString issue(SyncWorld &w, const QString &username)
{
    auto hub = w.hub();
    auto issued = sync::HubEnrolment(*hub).issue(username);
    if (!issued.ok())
        qFatal("cannot issue a code: %s", qPrintable(issued.error().describe()));
    return issued->code;
}

// Nothing of a refused join is left: no database, no half-built one, no new login.
void nothingLeft(SyncWorld &w, const QString &path, int rolesBefore)
{
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".joining")));
    QCOMPARE(
        scalarInt(w, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'desk_%'")),
        rolesBefore);
}

int deskRoles(SyncWorld &w)
{
    return scalarInt(w,
                     QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'desk_%'"));
}

// The office disables `userId` and syncs it to the hub.
void userLeaves(SyncWorld &w, const QString &userId)
{
    {
        auto db = store::Database::open(w.officePath());
        QVERIFY(db.ok());
        store::UserRepository users(*db.value());
        auto u = users.get(userId);
        QVERIFY(u.ok());
        u.value().active = false;
        QVERIFY(users.update(u.value()).ok());
    }
    w.syncOffice();
}

} // namespace

class TestDeskJoin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_keyring.ok(), qPrintable(m_keyring.errorText()));
        QVERIFY2(m_pg.ok(), qPrintable(m_pg.errorText()));
    }

    void codeFormat()
    {
        const auto code = sync::newEnrolmentCode();
        QCOMPARE(code.size(), 19);
        QCOMPARE(code.count(QLatin1Char('-')), 3);
        QCOMPARE(sync::normaliseEnrolmentCode(code.toLower()).value_or(QString()),
                 QString(code).remove(QLatin1Char('-')));
        // Look-alikes read as the digits they resemble; anything else is refused.
        QCOMPARE(sync::normaliseEnrolmentCode(QStringLiteral("oOiL 2345 6789 ABCD")).value(),
                 QStringLiteral("0011234567 89ABCD").remove(QLatin1Char(' ')));
        QVERIFY(!sync::normaliseEnrolmentCode(QStringLiteral("UUUU-2345-6789-ABCD")));
        QVERIFY(!sync::normaliseEnrolmentCode(QStringLiteral("2345-6789-ABCD")));
        QVERIFY(sync::newEnrolmentCode() != code);
    }

    // Admin desk synced; a code issued; a fresh desk joins; the user signs in with the
    // password they chose and their first sync brings their caseload.
    void wholeJourney()
    {
        SyncWorld w(&m_pg);
        auto sup = w.desk(QStringLiteral("sup"), w.sup1);
        const auto kit = addPerson(*sup, QStringLiteral("Kit"), QStringLiteral("Synthetic"));
        const auto kitReferral = addReferral(*sup, kit, w.cw1.userId);
        QVERIFY(sup->sync().ok());
        auto sup2 = w.desk(QStringLiteral("sup2"), w.sup2);
        const auto other = addPerson(*sup2, QStringLiteral("Lee"), QStringLiteral("Synthetic"));
        addReferral(*sup2, other, w.cw2.userId);
        QVERIFY(sup2->sync().ok());
        const auto code = issue(w, QStringLiteral("cw.one"));

        const auto path = w.dir.filePath(QStringLiteral("joined.db"));
        QList<sync::DeskJoin::Step> steps;
        const auto joined = sync::DeskJoin::join(request(w, QStringLiteral("cw.one"), code, path),
                                                 [&](sync::DeskJoin::Step s) { steps << s; });
        QVERIFY2(joined.ok(), qPrintable(joined.error().describe()));
        QCOMPARE(steps.last(), sync::DeskJoin::Step::Done);
        QCOMPARE(joined->actor.userId, w.cw1.userId);
        QCOMPARE(joined->actor.role, QStringLiteral("caseworker"));
        QCOMPARE(joined->actor.teamId, w.team1);
        QVERIFY(joined->deskUrl.user.startsWith(QLatin1String("desk_cw_one_")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".joining")));
        // The hub mapped the new login to the user; the code is used.
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT user_id FROM hub_user WHERE role_name = '%1'")
                                 .arg(joined->deskUrl.user))
                     .toString(),
                 w.cw1.userId);
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT state || ' ' || desk_login FROM hub_enrolment"))
                     .toString(),
                 QStringLiteral("used ") + joined->deskUrl.user);
        // The desk's hub password is in the keychain, never shown.
        const auto saved = sync::HubKeychain().read(joined->deskUrl);
        QVERIFY2(saved.ok(), qPrintable(saved.error().describe()));
        QCOMPARE(saved->size(), 32);

        auto db = store::Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(store::TeamRepository(*db.value()).all().size(), 2);
        QVERIFY(store::UserRepository(*db.value()).all().size() >= 4);
        services::Services all(*db.value());
        services::AuthService auth(all.context, security::PasswordHasher::Cost::Minimum);
        // The join is on the new desk's audit trail, as the user, without the code.
        QSqlQuery audit(db.value()->connection());
        QVERIFY(audit.exec(QStringLiteral("SELECT user_id, detail FROM audit_event WHERE action = "
                                          "'desk.join'")) &&
                audit.next());
        QCOMPARE(audit.value(0).toString(), w.cw1.userId);
        QVERIFY(!audit.value(1).toString().contains(QString(code).remove(QLatin1Char('-'))));
        QVERIFY(!auth.login(QStringLiteral("sup.one"), kNewPassword, QStringLiteral("x")).ok());
        auto actor = auth.login(QStringLiteral("cw.one"), kNewPassword, QStringLiteral("new-desk"));
        QVERIFY2(actor.ok(), qPrintable(actor.error().describe()));
        // What the caseworker may see arrived, nobody else.
        Desk desk;
        desk.db = std::move(db).value();
        QVERIFY(!desk.row(QStringLiteral("person"), kit).isEmpty());
        QVERIFY(!desk.row(QStringLiteral("referral"), kitReferral).isEmpty());
        QVERIFY(desk.row(QStringLiteral("person"), other).isEmpty());

        // Later work for them reaches this desk at its next sync, with the saved password.
        const auto sam = addPerson(*sup, QStringLiteral("Sam"), QStringLiteral("Synthetic"));
        const auto samReferral = addReferral(*sup, sam, w.cw1.userId);
        QVERIFY(sup->sync().ok());
        QVERIFY(desk.row(QStringLiteral("person"), sam).isEmpty());
        auto next = sync::SyncService(*desk.db, actor.value()).syncOnce(joined->deskUrl, *saved);
        QVERIFY2(next.ok(), qPrintable(next.error().describe()));
        QVERIFY(!desk.row(QStringLiteral("person"), sam).isEmpty());
        QVERIFY(!desk.row(QStringLiteral("referral"), samReferral).isEmpty());
        QVERIFY(sync::HubKeychain().forget(joined->deskUrl).ok());
    }

    void codeIsOneUse()
    {
        SyncWorld w(&m_pg);
        auto office = w.desk(QStringLiteral("first"), w.cw1);
        const auto code = issue(w, QStringLiteral("cw.two"));
        const auto first = sync::DeskJoin::join(
            request(w, QStringLiteral("cw.two"), code, w.dir.filePath(QStringLiteral("a.db"))));
        QVERIFY2(first.ok(), qPrintable(first.error().describe()));
        const int roles = deskRoles(w);
        const auto path = w.dir.filePath(QStringLiteral("b.db"));
        const auto second = sync::DeskJoin::join(request(w, QStringLiteral("cw.two"), code, path));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().field, QStringLiteral("code"));
        QVERIFY2(second.error().message.contains(QLatin1String("used or revoked")),
                 qPrintable(second.error().describe()));
        nothingLeft(w, path, roles);
        QVERIFY(sync::HubKeychain().forget(first->deskUrl).ok());
    }

    // Two desks redeeming one code at once: the second waits for the first's lock and,
    // once it has committed, is refused; one desk login is made.
    void racingRedemptionsMakeOneLogin()
    {
        SyncWorld w(&m_pg);
        auto office = w.desk(QStringLiteral("first"), w.cw1);
        const auto code = *sync::normaliseEnrolmentCode(issue(w, QStringLiteral("cw.one")));
        auto url = w.url;
        url.user = sync::enrolmentLogin(w.url.database, QStringLiteral("cw.one"));
        auto a = sync::Hub::open(url, code);
        auto b = sync::Hub::open(url, code);
        QVERIFY(a.ok() && b.ok());
        const auto redeem = [](sync::Hub &hub, const QString &login) {
            auto verifier = sync::scramVerifier(hub, login, QStringLiteral("synthetic-race-1"));
            QSqlQuery q(hub.connection());
            q.prepare(QStringLiteral("SELECT o_user_id FROM hub_enrol_redeem(?, ?)"));
            q.addBindValue(login);
            q.addBindValue(verifier.ok() ? verifier.value() : QString());
            return q.exec() && q.next() ? QString() : q.lastError().text();
        };
        QVERIFY(a.value()->connection().transaction());
        QCOMPARE(redeem(*a.value(), QStringLiteral("desk_race_a")), QString());
        QSqlQuery wait(b.value()->connection());
        QVERIFY(wait.exec(QStringLiteral("SET lock_timeout = '1s'")));
        QVERIFY(redeem(*b.value(), QStringLiteral("desk_race_b"))
                    .contains(QLatin1String("lock timeout")));
        QVERIFY(a.value()->connection().commit());
        QVERIFY(redeem(*b.value(), QStringLiteral("desk_race_b"))
                    .contains(QLatin1String("has been used, revoked or replaced")));
        QCOMPARE(scalarInt(w, QStringLiteral("SELECT count(*) FROM hub_user WHERE role_name IN "
                                             "('desk_race_a', 'desk_race_b')")),
                 1);
        QCOMPARE(scalarInt(w, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = "
                                             "'desk_race_b'")),
                 0);
    }

    void refusalsChangeNothing()
    {
        SyncWorld w(&m_pg);
        auto office = w.desk(QStringLiteral("first"), w.cw1);
        const auto path = w.dir.filePath(QStringLiteral("new.db"));
        const int roles = deskRoles(w);
        const auto refused = [&](const sync::JoinRequest &r, const QString &field,
                                 const QString &words) {
            const auto out = sync::DeskJoin::join(r);
            if (out.ok())
                return QStringLiteral("joined");
            if (out.error().field != field || !out.error().message.contains(words))
                return out.error().describe();
            return QString();
        };
        auto code = issue(w, QStringLiteral("cw.one"));
        // A wrong code, a code in the wrong shape, a weak password, an unknown user.
        QCOMPARE(refused(request(w, QStringLiteral("cw.one"), QStringLiteral("2222-3333-4444-5555"),
                                 path),
                         QStringLiteral("code"), QStringLiteral("did not accept")),
                 QString());
        QCOMPARE(refused(request(w, QStringLiteral("cw.one"), QStringLiteral("12345"), path),
                         QStringLiteral("code"), QStringLiteral("16 letters and digits")),
                 QString());
        auto weak = request(w, QStringLiteral("cw.one"), code, path);
        weak.password = QStringLiteral("short");
        QCOMPARE(refused(weak, QStringLiteral("password"), QString()), QString());
        QCOMPARE(refused(request(w, QStringLiteral("nobody.here"), code, path),
                         QStringLiteral("code"), QStringLiteral("did not accept")),
                 QString());
        // No hub at the address.
        auto nowhere = request(w, QStringLiteral("cw.one"), code, path);
        nowhere.hubUrl = QStringLiteral("postgresql://127.0.0.1:1/hub");
        QCOMPARE(refused(nowhere, QStringLiteral("hub"), QStringLiteral("no hub answered")),
                 QString());
        // A desk that already holds users and records.
        const auto used = w.dir.filePath(QStringLiteral("first.db"));
        QCOMPARE(refused(request(w, QStringLiteral("cw.one"), code, used),
                         QStringLiteral("database"), QStringLiteral("joining a hub is for a new")),
                 QString());
        nothingLeft(w, path, roles);
        // None of that used the code up.
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT state FROM hub_enrolment")).toString(),
                 QStringLiteral("open"));

        // Expired.
        w.hubExec(
            QStringLiteral("UPDATE hub_enrolment SET expires_at = now() - interval '1 hour'"));
        QCOMPARE(refused(request(w, QStringLiteral("cw.one"), code, path), QStringLiteral("code"),
                         QStringLiteral("expired on")),
                 QString());
        // Replaced by a newer one; then that one revoked.
        code = issue(w, QStringLiteral("cw.one"));
        const auto newer = issue(w, QStringLiteral("cw.one"));
        QCOMPARE(refused(request(w, QStringLiteral("cw.one"), code, path), QStringLiteral("code"),
                         QStringLiteral("did not accept")),
                 QString());
        {
            auto hub = w.hub();
            QVERIFY(sync::HubEnrolment(*hub).revoke(QStringLiteral("cw.one")).ok());
            QCOMPARE(sync::HubEnrolment(*hub).revoke(QStringLiteral("cw.one")).error().kind,
                     Error::Kind::NotFound);
        }
        QCOMPARE(refused(request(w, QStringLiteral("cw.one"), newer, path), QStringLiteral("code"),
                         QStringLiteral("used or revoked")),
                 QString());
        // The user left after the code was issued; and no code for someone who has left.
        code = issue(w, QStringLiteral("cw.two"));
        userLeaves(w, w.cw2.userId);
        QCOMPARE(refused(request(w, QStringLiteral("cw.two"), code, path),
                         QStringLiteral("username"), QStringLiteral("has left")),
                 QString());
        auto hub = w.hub();
        const auto again = sync::HubEnrolment(*hub).issue(QStringLiteral("cw.two"));
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1String("has left")));
        nothingLeft(w, path, roles);
        QCOMPARE(scalarInt(w, QStringLiteral("SELECT count(*) FROM hub_user WHERE role_name LIKE "
                                             "'desk_cw_one_%' OR role_name LIKE 'desk_cw_two_%'")),
                 0);
    }

    // The hub keeps a SCRAM verifier of the code, never the code: no text column of any of
    // its tables holds it, with or without its dashes.
    void plaintextCodeIsStoredNowhere()
    {
        SyncWorld w(&m_pg);
        auto office = w.desk(QStringLiteral("first"), w.cw1);
        const auto code = issue(w, QStringLiteral("sup.two"));
        const auto plain = QString(code).remove(QLatin1Char('-'));
        const auto issuedOnly = issue(w, QStringLiteral("cw.two"));
        const auto joined = sync::DeskJoin::join(
            request(w, QStringLiteral("sup.two"), code, w.dir.filePath(QStringLiteral("s.db"))));
        QVERIFY2(joined.ok(), qPrintable(joined.error().describe()));
        auto hub = w.hub();
        QSqlQuery columns(hub->connection());
        QVERIFY(columns.exec(QStringLiteral(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND data_type IN ('text', 'character varying', 'jsonb', 'json')")));
        int searched = 0;
        while (columns.next()) {
            const auto sql = QStringLiteral("SELECT count(*) FROM %1 WHERE strpos(upper(CAST(%2 AS "
                                            "text)), ?) > 0 OR strpos(upper(CAST(%2 AS text)), ?) "
                                            "> 0 OR strpos(upper(CAST(%2 AS text)), ?) > 0")
                                 .arg(columns.value(0).toString(), columns.value(1).toString());
            QSqlQuery q(hub->connection());
            q.prepare(sql);
            q.addBindValue(plain);
            q.addBindValue(QString(issuedOnly).remove(QLatin1Char('-')));
            q.addBindValue(code);
            QVERIFY2(q.exec() && q.next(), qPrintable(sql));
            QCOMPARE(q.value(0).toInt(), 0);
            ++searched;
        }
        QVERIFY(searched > 20);
        QCOMPARE(
            scalarInt(w, QStringLiteral("SELECT count(*) FROM pg_authid WHERE strpos(rolpassword, "
                                        "'%1') > 0 OR strpos(rolpassword, '%2') > 0")
                             .arg(plain, QString(code))),
            0);
        QCOMPARE(
            w.hubScalar(QStringLiteral("SELECT left(rolpassword, 14) FROM pg_authid WHERE "
                                       "rolname = '%1'")
                            .arg(sync::enrolmentLogin(w.url.database, QStringLiteral("cw.two"))))
                .toString(),
            QStringLiteral("SCRAM-SHA-256$"));
        QVERIFY(sync::HubKeychain().forget(joined->deskUrl).ok());
    }

    // Only an administrator's login (or the owner) issues, lists and revokes; a caseworker's
    // desk login is refused by raw SQL and by the functions, and a one-time login can do
    // nothing but redeem.
    void onlyAdministratorsIssueCodes()
    {
        SyncWorld w(&m_pg);
        const auto admin =
            w.addActor(QStringLiteral("adm.one"), QStringLiteral("admin"), QString());
        auto office = w.desk(QStringLiteral("first"), w.cw1);
        auto cwUrl = w.url;
        cwUrl.user = SyncWorld::roleOf(w.cw1);
        auto cw = sync::Hub::open(cwUrl, SyncWorld::rolePassword());
        QVERIFY(cw.ok());
        const auto refusedAsCw = sync::HubEnrolment(*cw.value()).issue(QStringLiteral("cw.two"));
        QVERIFY(!refusedAsCw.ok());
        QVERIFY2(refusedAsCw.error().message.contains(QLatin1String("only an administrator")),
                 qPrintable(refusedAsCw.error().describe()));
        QVERIFY(!sync::HubEnrolment(*cw.value()).list().ok());
        QSqlQuery q(cw.value()->connection());
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM hub_enrolment")));
        QVERIFY(q.lastError().text().contains(QLatin1String("permission denied")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO hub_enrolment (id, login, user_id, username, "
                                       "issued_by, issued_at, expires_at) VALUES ('x', 'x', 'x', "
                                       "'x', 'x', now(), now())")));
        QVERIFY(!q.exec(QStringLiteral("SELECT hub_enrol_redeem('desk_forged', 'x')")));
        QVERIFY(!q.exec(QStringLiteral("CREATE ROLE forged LOGIN")));
        QCOMPARE(scalarInt(w, QStringLiteral("SELECT count(*) FROM hub_enrolment")), 0);

        // The administrator's own desk login issues; the desk service checks ManageUsers.
        auto adminUrl = w.url;
        adminUrl.user = SyncWorld::roleOf(admin);
        auto byAdmin = sync::Hub::open(adminUrl, SyncWorld::rolePassword());
        QVERIFY(byAdmin.ok());
        const auto issued = sync::HubEnrolment(*byAdmin.value()).issue(QStringLiteral("cw.two"));
        QVERIFY2(issued.ok(), qPrintable(issued.error().describe()));
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT issued_by FROM hub_enrolment")).toString(),
                 admin.userId);
        const auto asCaseworker =
            sync::EnrolmentService(*office->db, w.cw1)
                .issue(adminUrl, SyncWorld::rolePassword(), QStringLiteral("cw.two"));
        QVERIFY(!asCaseworker.ok());
        QCOMPARE(asCaseworker.error().kind, Error::Kind::Permission);

        // The one-time login reads nothing and writes nothing but its redemption.
        auto enrolUrl = w.url;
        enrolUrl.user = sync::enrolmentLogin(w.url.database, QStringLiteral("cw.two"));
        auto once = sync::Hub::open(enrolUrl, *sync::normaliseEnrolmentCode(issued->code));
        QVERIFY2(once.ok(), qPrintable(once.error().describe()));
        QSqlQuery e(once.value()->connection());
        for (const auto *sql :
             {"SELECT count(*) FROM hub_record", "SELECT count(*) FROM hub_user",
              "SELECT count(*) FROM hub_enrolment", "SELECT * FROM hub_enrol_list()",
              "SELECT hub_push_rows(CAST('[]' AS jsonb), 'x')",
              "SELECT * FROM hub_enrol_issue('cw.one', 'x', 1)"})
            QVERIFY2(!e.exec(QString::fromLatin1(sql)), sql);
    }

    // The administrator issues with hubctl at their desk (audited there), the new desk joins
    // with hubctl, and the user syncs with hubctl, the hub password from the keychain.
    void hubctlJourney()
    {
        SyncWorld w(&m_pg);
        auto adminDesk = w.desk(QStringLiteral("admin"), w.sup1);
        const auto adminDb = adminDesk->db->path();
        adminDesk.reset();
        QCOMPARE(Office::makeAdmin(adminDb), QString());
        const QMap<QString, QString> adminEnv{
            {QStringLiteral("HUB_PASSWORD"), Office::adminPassword()},
            {QStringLiteral("HUB_HUB_PASSWORD"), w.password}};
        const auto hubUrl = w.url.display();
        auto run =
            runHubctl(adminDb,
                      {QStringLiteral("hub"), QStringLiteral("enrol"), QStringLiteral("cw.one"),
                       QStringLiteral("--hub"), hubUrl, QStringLiteral("--user"), Office::admin()},
                      adminEnv);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const auto code = run.out.trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY2(sync::normaliseEnrolmentCode(code), qPrintable(run.out));

        const auto path = w.dir.filePath(QStringLiteral("laptop.db"));
        // A desk with no system keychain is refused before the code is used: the desk's hub
        // password would have nowhere to go.
        run = runHubctl(
            path, {QStringLiteral("desk"), QStringLiteral("join"), QStringLiteral("--hub"), hubUrl},
            {{QStringLiteral("HUB_ENROL_USER"), QStringLiteral("cw.one")},
             {QStringLiteral("HUB_ENROL_CODE"), code},
             {QStringLiteral("HUB_NEW_PASSWORD"), kNewPassword},
             {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString()}});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("system keychain")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(w.hubScalar(QStringLiteral("SELECT state FROM hub_enrolment")).toString(),
                 QStringLiteral("open"));
        run = runHubctl(
            path, {QStringLiteral("desk"), QStringLiteral("join"), QStringLiteral("--hub"), hubUrl},
            {{QStringLiteral("HUB_ENROL_USER"), QStringLiteral("cw.one")},
             {QStringLiteral("HUB_ENROL_CODE"), code.toLower()},
             {QStringLiteral("HUB_NEW_PASSWORD"), kNewPassword}});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(!run.out.contains(code));
        const auto deskUrl =
            run.out.section(QStringLiteral("--hub "), 1).section(QLatin1Char(' '), 0, 0);
        QVERIFY2(deskUrl.contains(QLatin1String("desk_cw_one_")), qPrintable(run.out));
        run = runHubctl(path,
                        {QStringLiteral("sync"), QStringLiteral("--hub"), deskUrl,
                         QStringLiteral("--user"), QStringLiteral("cw.one")},
                        {{QStringLiteral("HUB_PASSWORD"), kNewPassword}});
        QVERIFY2(run.code == 0, qPrintable(run.err));

        // A second join with the same code: one line, no database.
        const auto second = w.dir.filePath(QStringLiteral("laptop2.db"));
        run = runHubctl(
            second,
            {QStringLiteral("desk"), QStringLiteral("join"), QStringLiteral("--hub"), hubUrl},
            {{QStringLiteral("HUB_ENROL_USER"), QStringLiteral("cw.one")},
             {QStringLiteral("HUB_ENROL_CODE"), code},
             {QStringLiteral("HUB_NEW_PASSWORD"), kNewPassword}});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QLatin1String("used or revoked")), qPrintable(run.err));
        QVERIFY(!QFile::exists(second));

        run =
            runHubctl(adminDb,
                      {QStringLiteral("hub"), QStringLiteral("enrol"), QStringLiteral("list"),
                       QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--hub"),
                       hubUrl, QStringLiteral("--user"), Office::admin()},
                      adminEnv);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const auto rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("used"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("username")).toString(),
                 QStringLiteral("cw.one"));
        // Issued on the administrator's audit trail, never with the code.
        auto db = store::Database::open(adminDb);
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = "
                                      "'hub.enrol.issue' AND record_id = 'cw.one'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_event WHERE detail LIKE '%%1%' "
                                      "OR detail LIKE '%%2%'")
                           .arg(code, QString(code).remove(QLatin1Char('-')))) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A caseworker cannot issue from their desk.
        run = runHubctl(path,
                        {QStringLiteral("hub"), QStringLiteral("enrol"), QStringLiteral("cw.two"),
                         QStringLiteral("--hub"), deskUrl, QStringLiteral("--user"),
                         QStringLiteral("cw.one")},
                        {{QStringLiteral("HUB_PASSWORD"), kNewPassword}});
        QCOMPARE(run.code, 1);
        QVERIFY(sync::HubKeychain().forget(sync::HubUrl::parse(deskUrl).value()).ok());
    }

private:
    KeyringSession m_keyring; // before anything in the process uses D-Bus
    PgServer m_pg;
};

QTEST_GUILESS_MAIN(TestDeskJoin)
#include "tst_deskjoin.moc"
