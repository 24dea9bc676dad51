#include "demo/PoliceCsv.h"
#include "services/Access.h"
#include "services/SettingsService.h"
#include "store/AuditRepository.h"
#include "store/Database.h"
#include "store/Repositories.h"
#include "tst_sync_hubctl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hub;

// The real hubctl binary on a demo database: every command that reads or writes records
// signs a user in (--user, HUB_PASSWORD) and the core services decide what that user may do.
class TestHubctl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = test::HubctlRun;

    // hubctl --db DB ARGS (DB: the demo database unless given), with HUB_PASSWORD set to
    // `password` unless it is empty, and stdin a pipe (not a terminal, so no prompt).
    Run hubctl(const QStringList &args, const QString &password = {}, const QString &db = {}) const
    {
        QMap<QString, QString> env{
            {QStringLiteral("HUB_TEST_PASSPHRASE"), QStringLiteral("a long test passphrase")}};
        if (!password.isEmpty())
            env.insert(QStringLiteral("HUB_PASSWORD"), password);
        return test::runHubctl(db.isEmpty() ? m_db : db, args, env);
    }

    // The same, signed in as the demo user `user` with their password.
    Run as(const QString &user, const QStringList &args, const QString &db = {}) const
    {
        return hubctl(args + QStringList{QStringLiteral("--user"), user}, demoPassword(user), db);
    }

    QString out(const QString &name) const { return m_dir.filePath(name); }

    static QString demoPassword(const QString &user) { return QStringLiteral("demo-") + user; }

    // The newest audit event, read after hubctl has exited.
    domain::AuditEvent lastEvent() const
    {
        auto db = store::Database::open(m_db, store::Database::Migrate::No);
        if (!db.ok())
            qFatal("cannot open the demo database: %s", qPrintable(db.error().describe()));
        auto last = store::AuditRepository(*db.value()).last();
        if (!last.ok() || !last.value())
            qFatal("no audit event");
        return *last.value();
    }

    services::VictimsCodeDays storedDays() const
    {
        auto db = store::Database::open(m_db, store::Database::Migrate::No);
        if (!db.ok())
            qFatal("cannot open the demo database: %s", qPrintable(db.error().describe()));
        return services::SettingsService::victimsCodeDays(*db.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("hub.db"));
        // The exempt commands: no --user, no password.
        const auto init = hubctl({QStringLiteral("init")});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        const auto demo =
            hubctl({QStringLiteral("demo"), QStringLiteral("--people"), QStringLiteral("40"),
                    QStringLiteral("--months"), QStringLiteral("2"), QStringLiteral("--seed"),
                    QStringLiteral("7")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        // An archive to import, written by a supervisor.
        const auto exported = as(QStringLiteral("sup.peterborough"),
                                 {QStringLiteral("export"), out(QStringLiteral("seed.hub"))});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
    }

    void missingUserIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("command");
        const auto s = [](const char *text) {
            return QString::fromLatin1(text);
        };
        QTest::newRow("export") << QStringList{s("export"), out(s("x.hub"))} << s("export");
        QTest::newRow("import") << QStringList{s("import"), out(s("seed.hub"))} << s("import");
        QTest::newRow("search") << QStringList{s("search"), s("Smith")} << s("search");
        QTest::newRow("report") << QStringList{s("report"), s("monthly"), s("--month"),
                                               s("2026-09")}
                                << s("report");
        QTest::newRow("backup") << QStringList{s("backup"), out(s("x.vhubbak")),
                                               s("--passphrase-env"), s("HUB_TEST_PASSPHRASE")}
                                << s("backup");
        QTest::newRow("restore") << QStringList{s("restore"), out(s("x.vhubbak")),
                                                s("--passphrase-env"), s("HUB_TEST_PASSPHRASE")}
                                 << s("restore");
        QTest::newRow("settings") << QStringList{s("settings")} << s("settings");
        QTest::newRow("settings set")
            << QStringList{s("settings"), s("set"), s("victims_code.standard_days"), s("7")}
            << s("settings");
        QTest::newRow("audit verify") << QStringList{s("audit"), s("verify")} << s("audit verify");
    }

    void missingUserIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, command);
        const auto before = lastEvent().seq;
        // A password alone is not enough: the command must say who runs it.
        const auto run = hubctl(args, demoPassword(QStringLiteral("admin")));
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err, QStringLiteral("hubctl: %1 needs --user NAME (the password from "
                                         "HUB_PASSWORD or a prompt): it reads or writes "
                                         "personal records\n")
                              .arg(command));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(lastEvent().seq, before); // nobody even tried to sign in
        QVERIFY(!QFile::exists(out(QStringLiteral("x.hub"))));
        QVERIFY(!QFile::exists(out(QStringLiteral("x.vhubbak"))));
    }

    // A mistyped --db on a command that reads or writes records: one line naming the path,
    // before any sign-in, and no database (nor anything else) created.
    void missingDatabaseIsRefusedAndCreatesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        const auto s = [](const char *text) {
            return QString::fromLatin1(text);
        };
        QTest::newRow("export") << QStringList{s("export"), out(s("x.hub"))};
        QTest::newRow("import") << QStringList{s("import"), out(s("seed.hub"))};
        QTest::newRow("search") << QStringList{s("search"), s("Smith")};
        QTest::newRow("report") << QStringList{s("report"), s("monthly"), s("--month"),
                                               s("2026-09")};
        QTest::newRow("settings") << QStringList{s("settings")};
        QTest::newRow("user list") << QStringList{s("user"), s("list")};
        QTest::newRow("audit verify") << QStringList{s("audit"), s("verify")};
        QTest::newRow("backup") << QStringList{s("backup"), out(s("x.vhubbak")),
                                               s("--passphrase-env"), s("HUB_TEST_PASSPHRASE")};
        QTest::newRow("erase") << QStringList{s("erase"), s("--person"), s("p-1"), s("--reason"),
                                              s("Written request")};
        QTest::newRow("retention") << QStringList{s("retention"), s("list")};
        QTest::newRow("sync") << QStringList{s("sync"), s("--hub"),
                                             s("sqlite://") + out(s("typo-hub.db"))};
        QTest::newRow("conflicts") << QStringList{s("conflicts")};
    }
    void missingDatabaseIsRefusedAndCreatesNothing()
    {
        QFETCH(QStringList, args);
        const auto typo = out(QStringLiteral("hbu.db"));
        const auto before = QDir(m_dir.path()).entryList(QDir::Files);
        const auto run = as(QStringLiteral("admin"), args, typo);
        QCOMPARE(run.code, 1);
        QCOMPARE(
            run.err,
            QStringLiteral("hubctl: no database at %1; create one with hubctl init\n").arg(typo));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
        QVERIFY(!QFile::exists(typo));
    }

    void noPasswordIsRefused()
    {
        const auto run = hubctl({QStringLiteral("search"), QStringLiteral("Smith"),
                                 QStringLiteral("--user"), QStringLiteral("sup.peterborough")});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err, QStringLiteral("hubctl: no password: set HUB_PASSWORD or run hubctl on a "
                                         "terminal\n"));
    }

    void wrongPasswordIsRefusedAndWritesNothing()
    {
        const auto days = storedDays();
        const auto set = hubctl({QStringLiteral("settings"), QStringLiteral("set"),
                                 QStringLiteral("victims_code.standard_days"),
                                 QString::number(days.standard + 1), QStringLiteral("--user"),
                                 QStringLiteral("admin")},
                                QStringLiteral("not-the-password"));
        QCOMPARE(set.code, 1);
        QCOMPARE(set.err, QStringLiteral("hubctl: wrong username or password\n"));
        QCOMPARE(storedDays(), days);
        // The failed sign-in is on record, and nothing after it.
        auto last = lastEvent();
        QCOMPARE(last.action, QStringLiteral("login.failed"));
        QCOMPARE(last.username, QStringLiteral("admin"));

        const auto file = out(QStringLiteral("wrong.hub"));
        const auto exported = hubctl({QStringLiteral("export"), file, QStringLiteral("--user"),
                                      QStringLiteral("sup.peterborough")},
                                     QStringLiteral("not-the-password"));
        QCOMPARE(exported.code, 1);
        QCOMPARE(exported.err, QStringLiteral("hubctl: wrong username or password\n"));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(lastEvent().action, QStringLiteral("login.failed"));
    }

    void caseworkerCannotExport()
    {
        const auto file = out(QStringLiteral("cw.hub"));
        const auto run = as(QStringLiteral("cw.peterborough.1"), {QStringLiteral("export"), file});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err,
                 QStringLiteral("hubctl: a caseworker cannot export identifiable records\n"));
        QVERIFY(!QFile::exists(file));
        // Signed in, then refused: no export on record.
        QCOMPARE(lastEvent().action, QStringLiteral("login.ok"));
    }

    void supervisorExportsAndItIsAudited()
    {
        const auto file = out(QStringLiteral("sup.hub"));
        const auto run = as(QStringLiteral("sup.peterborough"), {QStringLiteral("export"), file});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("exported ")));
        QFile archive(file);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        QVERIFY(archive.size() > 0);
        const auto last = lastEvent();
        QCOMPARE(last.action, QStringLiteral("archive.export"));
        QCOMPARE(last.username, QStringLiteral("sup.peterborough"));
        QCOMPARE(last.recordId, QStringLiteral("sup.hub"));
        QVERIFY2(last.detail.contains(QStringLiteral(" person")), qPrintable(last.detail));
    }

    // Who may run what, decided by the core services for the signed-in user.
    void roles_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("refusal"); // empty: allowed
        QTest::addColumn<QString>("event");   // the audit event an allowed run leaves
        const auto s = [](const char *text) {
            return QString::fromLatin1(text);
        };
        const QStringList report{s("report"),  s("monthly"),  s("--month"),
                                 s("2026-09"), s("--format"), s("csv")};
        QTest::newRow("caseworker report") << s("cw.peterborough.1") << report
                                           << s("a caseworker cannot view reports") << QString();
        QTest::newRow("auditor report")
            << s("auditor") << report << QString() << s("report.export");
        QTest::newRow("caseworker import")
            << s("cw.peterborough.1") << QStringList{s("import"), out(s("seed.hub"))}
            << s("a caseworker cannot import an archive") << QString();
        QTest::newRow("supervisor import")
            << s("sup.peterborough") << QStringList{s("import"), out(s("seed.hub"))} << QString()
            << s("archive.import");
        QTest::newRow("supervisor backup")
            << s("sup.peterborough") << QStringList{s("backup"),           out(s("sup.vhubbak")),
                                                    s("--passphrase-env"), s("HUB_TEST_PASSPHRASE"),
                                                    s("--kdf-cost"),       s("min")}
            << s("a supervisor cannot back up or restore the database") << QString();
        QTest::newRow("admin backup")
            << s("admin") << QStringList{s("backup"),           out(s("admin.vhubbak")),
                                         s("--passphrase-env"), s("HUB_TEST_PASSPHRASE"),
                                         s("--kdf-cost"),       s("min")}
            << QString() << s("backup.write");
        QTest::newRow("caseworker audit verify")
            << s("cw.peterborough.1") << QStringList{s("audit"), s("verify")}
            << s("a caseworker cannot read the audit trail") << QString();
        QTest::newRow("auditor audit verify")
            << s("auditor") << QStringList{s("audit"), s("verify")} << QString() << s("login.ok");
        QTest::newRow("admin search")
            << s("admin") << QStringList{s("search"), s("Smith")}
            << s("an administrator cannot open a person's records") << QString();
        QTest::newRow("caseworker settings set")
            << s("cw.peterborough.1")
            << QStringList{s("settings"), s("set"), s("victims_code.standard_days"), s("6")}
            << s("only an administrator can change the Victims' Code deadlines") << QString();
        QTest::newRow("admin settings set")
            << s("admin")
            << QStringList{s("settings"), s("set"), s("victims_code.standard_days"), s("6")}
            << QString() << s("settings.change");
        QTest::newRow("caseworker settings")
            << s("cw.peterborough.1") << QStringList{s("settings")} << QString() << s("login.ok");
    }

    void roles()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, args);
        QFETCH(QString, refusal);
        QFETCH(QString, event);
        const auto run = as(user, args);
        const auto last = lastEvent();
        if (!refusal.isEmpty()) {
            QCOMPARE(run.code, 1);
            // One line, naming the refusal (after the file, for backup and import).
            QVERIFY2(run.err.startsWith(QStringLiteral("hubctl: ")) &&
                         run.err.endsWith(refusal + QLatin1Char('\n')) &&
                         run.err.count(QLatin1Char('\n')) == 1,
                     qPrintable(run.err));
            QCOMPARE(last.action, QStringLiteral("login.ok"));
            return;
        }
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(last.action, event);
        QCOMPARE(last.username, user);
    }

    // Police referral files (docs/REFERRAL_IMPORT.md): a supervisor saves a profile and
    // imports a file (a dry run first); a second run adds nothing; a caseworker is refused
    // in one line while the hub's setting says no.
    void referralFilesFromTheCommandLine()
    {
        const auto s = [](const char *text) {
            return QString::fromLatin1(text);
        };
        const auto sup = s("sup.peterborough");
        QFile profile(out(s("police.json")));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(demo::policeProfile().toJson());
        profile.close();
        demo::PoliceCsvOptions o;
        o.rows = 10;
        o.receivedFrom = QDate::currentDate().addDays(-30);
        QFile csv(out(s("police.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(demo::policeCsv(o));
        csv.close();
        const auto added = as(sup, {s("referrals"), s("profile"), s("add"), out(s("police.json"))});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QCOMPARE(lastEvent().action, s("referral_profile.save"));
        const auto exported =
            as(sup, {s("referrals"), s("profile"), s("export"), s("Demo Constabulary")});
        QCOMPARE(exported.out.toUtf8(), demo::policeProfile().toJson());

        const QStringList import{s("referrals"), s("import"), out(s("police.csv")), s("--profile"),
                                 s("Demo Constabulary")};
        const auto dry = as(sup, import + QStringList{s("--dry-run"), s("--format"), s("json")});
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        const auto doc = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        QCOMPARE(doc.value(s("written")).toBool(), false);
        QCOMPARE(doc.value(s("rows")).toInt(), 10);
        QCOMPARE(doc.value(s("encoding")).toString(), s("utf-8"));
        QCOMPARE(lastEvent().action, s("login.ok"));

        const auto first = as(sup, import);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(s("imported: 10 referrals added")), qPrintable(first.out));
        QCOMPARE(lastEvent().action, s("referral.import"));
        const auto second = as(sup, import);
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QCOMPARE(second.out.count(s("already imported")), 11); // each row, and the summary
        QVERIFY(second.out.contains(s("imported: 0 referrals added")));

        const auto cw = as(s("cw.peterborough.1"), import);
        QCOMPARE(cw.code, 1);
        QCOMPARE(cw.err, s("hubctl: caseworkers may import referral files only when an "
                           "administrator allows it in the hub's settings\n"));
    }

    // The issue's own case: a supervisor edits their user line in an archive to "admin"
    // and imports it with --replace. One line naming the archive line; nothing changes.
    void supervisorImportCannotMakeThemselvesAdmin()
    {
        QFile seed(out(QStringLiteral("seed.hub")));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QByteArrayList lines = seed.readAll().split('\n');
        int line = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].contains("\"username\":\"sup.peterborough\"")) {
                lines[i].replace("\"role\":\"supervisor\"", "\"role\":\"admin\"");
                line = i + 1;
            }
        }
        QVERIFY(line > 1);
        const auto forged = out(QStringLiteral("forged.hub"));
        {
            QFile f(forged);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(lines.join('\n'));
        }
        const auto run = as(QStringLiteral("sup.peterborough"),
                            {QStringLiteral("import"), forged, QStringLiteral("--replace")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("nothing imported: line %1: ").arg(line)) &&
                     run.err.contains(QStringLiteral("manage users")) &&
                     run.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(run.err));
        auto db = store::Database::open(m_db, store::Database::Migrate::No);
        QVERIFY(db.ok());
        const auto user =
            store::UserRepository(*db.value()).byUsername(QStringLiteral("sup.peterborough"));
        QVERIFY(user.ok());
        QCOMPARE(user->role, QStringLiteral("supervisor"));
    }

    // A team's supervisor's export holds exactly the people they may open: not every
    // team's people, and no restricted person of another team.
    void supervisorExportHoldsOnlyTheirTeam()
    {
        const auto file = out(QStringLiteral("team.hub"));
        const auto run = as(QStringLiteral("sup.peterborough"), {QStringLiteral("export"), file});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile archive(file);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        const QByteArray bytes = archive.readAll();

        auto db = store::Database::open(m_db, store::Database::Migrate::No);
        QVERIFY(db.ok());
        const auto sup =
            store::UserRepository(*db.value()).byUsername(QStringLiteral("sup.peterborough"));
        QVERIFY(sup.ok());
        const domain::Actor actor{sup->id, sup->role, sup->teamId, QString()};
        int inScope = 0;
        int outOfScope = 0;
        int restrictedOutside = 0;
        QVERIFY(store::PersonRepository(*db.value())
                    .forEach([&](const domain::Person &p) {
                        const bool mayOpen =
                            services::checkPerson(*db.value(), actor, security::Action::ViewPerson,
                                                  p.id)
                                .ok();
                        const bool exported =
                            bytes.contains("{\"type\":\"person\",\"id\":\"" + p.id.toUtf8());
                        if (mayOpen != exported)
                            return Status(Error::make(Error::Kind::Invalid, p.id));
                        (mayOpen ? inScope : outOfScope) += 1;
                        restrictedOutside += !mayOpen && p.restricted ? 1 : 0;
                        return Status();
                    })
                    .ok());
        QVERIFY(inScope > 0);
        QVERIFY(outOfScope > 0); // the demo has other teams' people
        qInfo("exported %d people, left out %d (%d restricted)", inScope, outOfScope,
              restrictedOutside);
    }

    // init --admin on a database that already holds users and records: refused unless an
    // administrator signs in (a file whose administrators cannot sign in is not anyone's
    // for the taking); an administrator who signs in makes another, with a temporary
    // password.
    void initAdminNeedsAnEmptyDatabaseOrAnAdministrator()
    {
        const auto db = out(QStringLiteral("held.db"));
        QVERIFY(hubctl({QStringLiteral("init")}, {}, db).code == 0);
        auto countUsers = [&] {
            auto opened = store::Database::open(db, store::Database::Migrate::No);
            if (!opened.ok())
                qFatal("cannot open %s", qPrintable(db));
            QSqlQuery q(opened.value()->connection());
            return q.exec(QStringLiteral("SELECT count(*) FROM app_user")) && q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        {
            // A caseworker and a person, and no administrator.
            auto opened = store::Database::open(db);
            QVERIFY(opened.ok());
            QSqlQuery q(opened.value()->connection());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO app_user (id, username, display_name, role, active) VALUES "
                "('6a1c0d52-0000-4000-8000-000000000001', 'cw.only', 'Caseworker (synthetic)', "
                "'caseworker', 1)")));
        }
        const auto before = countUsers();
        const auto taken = test::runHubctl(
            db, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("intruder")},
            {{QStringLiteral("HUB_PASSWORD"), QStringLiteral("taken-over-12")}});
        QCOMPARE(taken.code, 1);
        QCOMPARE(taken.err,
                 QStringLiteral("hubctl: the database already has users: only an administrator, "
                                "signed in, may make another administrator (run init --admin "
                                "intruder --user ADMIN)\n"));
        QCOMPARE(countUsers(), before);

        // On a copy of the demo database, its administrator makes another one.
        const auto demo = out(QStringLiteral("demo-copy.db"));
        QVERIFY(QFile::copy(m_db, demo));
        const auto initAdminBy = [&](const QString &name, const QString &by) {
            return test::runHubctl(
                demo,
                {QStringLiteral("init"), QStringLiteral("--admin"), name, QStringLiteral("--user"),
                 by},
                {{QStringLiteral("HUB_PASSWORD"), demoPassword(by)},
                 {QStringLiteral("HUB_NEW_PASSWORD"), QStringLiteral("temporary-pass-5")}});
        };
        const auto made = initAdminBy(QStringLiteral("second.admin"), QStringLiteral("admin"));
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QVERIFY2(made.out.startsWith(QLatin1String("administrator second.admin can now sign in; "
                                                   "the password must be changed")),
                 qPrintable(made.out));
        // A caseworker cannot.
        const auto byWorker =
            initAdminBy(QStringLiteral("third.admin"), QStringLiteral("cw.peterborough.1"));
        QCOMPARE(byWorker.code, 1);
        QVERIFY2(byWorker.err.contains(QLatin1String("only an administrator")),
                 qPrintable(byWorker.err));
    }

    void restoreSignsInOnTheBackup()
    {
        const auto file = out(QStringLiteral("restore.vhubbak"));
        const auto written = as(QStringLiteral("admin"),
                                {QStringLiteral("backup"), file, QStringLiteral("--passphrase-env"),
                                 QStringLiteral("HUB_TEST_PASSPHRASE"),
                                 QStringLiteral("--kdf-cost"), QStringLiteral("min")});
        QVERIFY2(written.code == 0, qPrintable(written.err));

        const auto target = out(QStringLiteral("restored.db"));
        auto restore = [&](const QString &user) {
            return as(user,
                      {QStringLiteral("restore"), file, QStringLiteral("--passphrase-env"),
                       QStringLiteral("HUB_TEST_PASSPHRASE")},
                      target);
        };
        const auto refused = restore(QStringLiteral("sup.peterborough"));
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(
                     QStringLiteral("a supervisor cannot back up or restore the database")),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(target) || QFileInfo(target).size() == 0);

        const auto restored = restore(QStringLiteral("admin"));
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        auto db = store::Database::open(target, store::Database::Migrate::No);
        QVERIFY2(db.ok(), qPrintable(db.error().describe()));
        auto last = store::AuditRepository(*db.value()).last();
        QVERIFY(last.ok() && last.value());
        QCOMPARE(last.value()->action, QStringLiteral("backup.restore"));
        QCOMPARE(last.value()->username, QStringLiteral("admin"));
        QCOMPARE(last.value()->recordId, QStringLiteral("restore.vhubbak"));
    }
};

QTEST_GUILESS_MAIN(TestHubctl)
#include "tst_hubctl.moc"
