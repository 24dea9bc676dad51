// hubctl team ... and hubctl codes ... (app/hubctl/TeamCommands.cpp): the real binary on a
// demo database signs its user in, the core services decide, and each refusal is one line.
#include "tst_sync_hubctl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace hub;

class TestTeamsHubctl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    test::HubctlRun as(const QString &user, const QStringList &args) const
    {
        return test::runHubctl(m_db, args + QStringList{QStringLiteral("--user"), user},
                               {{QStringLiteral("HUB_PASSWORD"), QStringLiteral("demo-") + user}});
    }
    static QStringList words(const char *text)
    {
        return QString::fromUtf8(text).split(QLatin1Char('|'));
    }
    QJsonObject json(const QString &user, const char *args) const
    {
        const auto run =
            as(user, words(args) + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        if (run.code != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    QJsonObject team(const QString &name) const
    {
        for (const auto &t :
             json(QStringLiteral("admin"), "team|list").value(QLatin1String("teams")).toArray()) {
            if (t.toObject().value(QLatin1String("name")).toString() == name)
                return t.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("hub.db"));
        QCOMPARE(test::runHubctl(m_db, {QStringLiteral("init")}).code, 0);
        const auto demo = test::runHubctl(m_db, {QStringLiteral("demo"), QStringLiteral("--people"),
                                                 QStringLiteral("30"), QStringLiteral("--months"),
                                                 QStringLiteral("1"), QStringLiteral("--seed"),
                                                 QStringLiteral("3")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
    }

    void teamsAreAddedRenamedAndRetired()
    {
        auto run = as(QStringLiteral("admin"), words("team|add|North"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("team North added\n"));
        run = as(QStringLiteral("admin"), words("team|add|  NORTH "));
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err,
                 QStringLiteral("hubctl: field name: the team 'North' already has this name\n"));
        run = as(QStringLiteral("admin"), words("team|rename|north|North East"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("team North is now North East\n"));
        auto north = team(QStringLiteral("North East"));
        QCOMPARE(north.value(QLatin1String("retired_at")).type(), QJsonValue::Null);
        QCOMPARE(north.value(QLatin1String("active_users")).toInt(), 0);
        run = as(QStringLiteral("admin"), words("team|retire|North East"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("team North East retired\n"));
        QVERIFY(!team(QStringLiteral("North East"))
                     .value(QLatin1String("retired_at"))
                     .toString()
                     .isEmpty());
        run = as(QStringLiteral("admin"), words("team|retire|Nowhere"));
        QCOMPARE(run.err, QStringLiteral("hubctl: field team: there is no team 'Nowhere'\n"));
    }

    // The demo's Peterborough team has work and users: refused, saying how much.
    void aTeamWithOpenWorkIsNotRetired()
    {
        const auto before = team(QStringLiteral("Peterborough"));
        QVERIFY(before.value(QLatin1String("active_users")).toInt() > 0);
        const auto run = as(QStringLiteral("admin"), words("team|retire|Peterborough"));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.startsWith(QLatin1String("hubctl: Peterborough still has ")),
                 qPrintable(run.err));
        QVERIFY2(run.err.endsWith(QStringLiteral("%1 active users: move them first\n")
                                      .arg(before.value(QLatin1String("active_users")).toInt())),
                 qPrintable(run.err));
        QCOMPARE(team(QStringLiteral("Peterborough")), before);
    }

    void codeListsAreChanged()
    {
        auto run = as(QStringLiteral("admin"), words("codes|list"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("agency\tOnward agencies\n")));
        run = as(QStringLiteral("admin"), words("codes|add|agency|Local charity"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("code local_charity added to agency: Local charity\n"));
        run = as(QStringLiteral("admin"), words("codes|rename|agency|local_charity|HOUSING"));
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err, QStringLiteral("hubctl: field label: 'Housing' is already the label of "
                                         "the code housing in Onward agencies\n"));
        run = as(QStringLiteral("admin"), words("codes|retire|agency|no_such_code"));
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err, QStringLiteral("hubctl: field code: there is no code 'no_such_code' in "
                                         "Onward agencies\n"));
        run = as(QStringLiteral("admin"), words("codes|add|source|GP surgery|--code|gp"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = as(QStringLiteral("admin"), words("codes|retire|agency|local_charity"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("code local_charity of agency retired (Local charity)\n"));
        const auto codes = json(QStringLiteral("sup.peterborough"), "codes|list|agency");
        QCOMPARE(codes.value(QLatin1String("list")).toString(), QStringLiteral("agency"));
        const auto last = codes.value(QLatin1String("codes")).toArray().last().toObject();
        QCOMPARE(last.value(QLatin1String("code")).toString(), QStringLiteral("local_charity"));
        QCOMPARE(last.value(QLatin1String("retired")).toBool(), true);
        QCOMPARE(last.value(QLatin1String("builtin")).toBool(), false);
        run = as(QStringLiteral("admin"), words("codes|list|gender"));
        QCOMPARE(run.code, 1);
        QVERIFY(
            run.err.startsWith(QLatin1String("hubctl: field list: 'gender' is not a code list")));
    }

    // A supervisor may look, never change; a caseworker may not even look.
    void onlyAnAdministratorChanges()
    {
        const auto sup = QStringLiteral("sup.peterborough");
        for (const char *args : {"team|add|Rogue", "team|rename|Cambridge|Rogue",
                                 "team|retire|Cambridge", "codes|add|agency|Rogue",
                                 "codes|retire|agency|idva", "codes|rename|agency|idva|Rogue"}) {
            const auto run = as(sup, words(args));
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(QLatin1String("only an administrator")), qPrintable(run.err));
        }
        QVERIFY(team(QStringLiteral("Rogue")).isEmpty());
        QVERIFY(!team(QStringLiteral("Cambridge")).isEmpty());
        QCOMPARE(as(sup, words("team|list")).code, 0);
        QCOMPARE(as(QStringLiteral("cw.peterborough.1"), words("team|list")).code, 1);
    }

    void badUsageIsOneLine()
    {
        auto run = as(QStringLiteral("admin"), words("team"));
        QCOMPARE(run.err, QStringLiteral("hubctl: team needs one of: add, list, rename, retire\n"));
        run = as(QStringLiteral("admin"), words("team|rename|North"));
        QCOMPARE(run.err,
                 QStringLiteral("hubctl: usage: hubctl team rename TEAM NEWNAME --user ADMIN\n"));
        run = as(QStringLiteral("admin"), words("codes|list|agency|--format|xml"));
        QCOMPARE(run.err, QStringLiteral("hubctl: --format must be text or json, not 'xml'\n"));
        run = test::runHubctl(m_db, words("team|list"));
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QLatin1String("team list needs --user NAME")));
    }
};

QTEST_GUILESS_MAIN(TestTeamsHubctl)
#include "tst_teams_hubctl.moc"
