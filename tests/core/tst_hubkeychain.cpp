// Hub passwords in the system keychain (core/sync/HubKeychain, hubctl keychain), against a
// real Secret Service: a private D-Bus session bus with GNOME Keyring (KeyringSession), and
// a real PostgreSQL hub for hubctl sync.
#include "KeyringSession.h"
#include "PgServer.h"
#include "sync/HubKeychain.h"
#include "tst_sync_fixture.h"
#include "tst_sync_hubctl.h"

#include <QtTest>

using namespace hub;
using namespace hub::test;

namespace {

sync::HubUrl pgUrl(const QString &user)
{
    return sync::HubUrl::parse(
               QStringLiteral("postgresql://%1@hub.example.org/hub?sslmode=verify-full").arg(user))
        .value();
}

} // namespace

class TestHubKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_keyring.ok(), qPrintable(m_keyring.errorText()));
        qunsetenv("HUB_HUB_PASSWORD");
    }

    void storeReadForget()
    {
        const auto url = pgUrl(QStringLiteral("desk_synthetic"));
        const auto other = pgUrl(QStringLiteral("desk_other"));
        const QString first = QStringLiteral("synthetic-hub-secret-1");
        const QString second = QStringLiteral("synthetic-hub-secret-2");
        sync::HubKeychain keychain;

        QVERIFY(keychain.store(url, first).ok());
        auto read = keychain.read(url);
        QVERIFY2(read.ok(), qPrintable(read.error().describe()));
        QCOMPARE(*read, first);
        QCOMPARE(keychain.read(other).error().kind, Error::Kind::NotFound);

        QVERIFY(keychain.store(url, second).ok()); // replaces, one entry per hub
        QCOMPARE(keychain.read(url).value(), second);

        // The key is the URL's display form: the same hub typed without the default port.
        const auto sameHub = sync::HubUrl::parse(
            QStringLiteral("postgresql://desk_synthetic@hub.example.org:5432/hub"
                           "?sslmode=verify-full"));
        QCOMPARE(keychain.read(sameHub.value()).value(), second);

        QVERIFY(keychain.forget(url).ok());
        QCOMPARE(keychain.read(url).error().kind, Error::Kind::NotFound);
        QVERIFY(keychain.forget(url).ok()); // nothing saved is fine

        const auto empty = keychain.store(url, QString());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().field, QStringLiteral("password"));
    }

    void secretsNeverReachSettingsFiles()
    {
        const auto url = pgUrl(QStringLiteral("desk_settings"));
        const QString secret = QStringLiteral("synthetic-never-in-a-file");
        QVERIFY(sync::HubKeychain().store(url, secret).ok());
        QSettings().setValue(QStringLiteral("keychainTestMarker"),
                             1); // this process's settings file
        QSettings().sync();
        const auto configFiles = m_keyring.filesContaining("keychainTestMarker");
        QVERIFY(!configFiles.isEmpty()); // the settings really live in the throwaway HOME
        // No QSettings file (nor anything else under HOME) holds the key or the password:
        // the keyring's own file keeps both encrypted.
        QCOMPARE(m_keyring.filesContaining(sync::HubKeychain::keyFor(url).toUtf8()), QStringList());
        QCOMPARE(m_keyring.filesContaining(secret.toUtf8()), QStringList());
        QVERIFY(sync::HubKeychain().forget(url).ok());
    }

    void hubctlSyncTakesThePasswordFromTheKeychain()
    {
        PgServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.errorText()));
        SyncWorld w(&pg);
        w.setPasswords();
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        addPerson(*a, QStringLiteral("Kit"), QStringLiteral("Synthetic"));
        const auto db = a->db->path();
        const QStringList hub{QStringLiteral("--hub"), a->url.display(), QStringLiteral("--user"),
                              QStringLiteral("sup.one")};
        const QStringList sync = QStringList{QStringLiteral("sync")} + hub;
        // Signed in as sup.one; HUB_HUB_PASSWORD is not set in this process.
        QMap<QString, QString> env{
            {QStringLiteral("HUB_PASSWORD"), QStringLiteral("demo-sup.one")}};

        // No password anywhere and no terminal: one line naming every way to give one.
        auto none = runHubctl(db, sync, env);
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains(QLatin1String("HUB_HUB_PASSWORD")) &&
                     none.err.contains(QLatin1String("hubctl keychain store")),
                 qPrintable(none.err));
        QVERIFY(a->outbox() > 0);

        auto withHubPassword = env;
        withHubPassword.insert(QStringLiteral("HUB_HUB_PASSWORD"), SyncWorld::rolePassword());
        auto stored =
            runHubctl(db, QStringList{QStringLiteral("keychain"), QStringLiteral("store")} + hub,
                      withHubPassword);
        QVERIFY2(stored.code == 0, qPrintable(stored.err));
        QVERIFY(!stored.out.contains(SyncWorld::rolePassword()));
        // Another process saved it: this one reads the same entry.
        QCOMPARE(sync::HubKeychain().read(a->url).value(), SyncWorld::rolePassword());

        auto synced = runHubctl(db, sync, env);
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        QCOMPARE(a->outbox(), 0);
        QCOMPARE(
            w.hubScalar(QStringLiteral("SELECT count(*) FROM hub_record WHERE kind = 'person'"))
                .toInt(),
            1);

        // HUB_HUB_PASSWORD still wins over the keychain.
        auto wrongFirst = env;
        wrongFirst.insert(QStringLiteral("HUB_HUB_PASSWORD"), QStringLiteral("wrong"));
        auto wrong = runHubctl(db, sync, wrongFirst);
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("password")), qPrintable(wrong.err));

        auto forgot = runHubctl(
            db, QStringList{QStringLiteral("keychain"), QStringLiteral("forget")} + hub, env);
        QVERIFY2(forgot.code == 0, qPrintable(forgot.err));
        QCOMPARE(sync::HubKeychain().read(a->url).error().kind, Error::Kind::NotFound);
        auto after = runHubctl(db, sync, env);
        QCOMPARE(after.code, 1);
        QVERIFY2(after.err.contains(QLatin1String("no hub password is saved")),
                 qPrintable(after.err));
    }

    void keychainCommandRefusals()
    {
        SyncWorld w;
        w.setPasswords();
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        const auto db = a->db->path();
        const auto hub = pgUrl(QStringLiteral("desk_refused")).display();
        QMap<QString, QString> env{
            {QStringLiteral("HUB_PASSWORD"), QStringLiteral("demo-sup.one")},
            {QStringLiteral("HUB_HUB_PASSWORD"), QStringLiteral("synthetic-hub-secret")}};
        const QStringList user{QStringLiteral("--user"), QStringLiteral("sup.one")};
        const QStringList store{QStringLiteral("keychain"), QStringLiteral("store"),
                                QStringLiteral("--hub")};

        auto noUser = runHubctl(db, store + QStringList{hub}, env);
        QCOMPARE(noUser.code, 1);
        QVERIFY2(noUser.err.contains(QLatin1String("--user")), qPrintable(noUser.err));

        auto sqlite = runHubctl(
            db, store + QStringList{QStringLiteral("sqlite://") + w.url.path} + user, env);
        QCOMPARE(sqlite.code, 1);
        QVERIFY2(sqlite.err.contains(QLatin1String("needs no password")), qPrintable(sqlite.err));

        auto badVerb = runHubctl(db, {QStringLiteral("keychain"), QStringLiteral("show")}, env);
        QCOMPARE(badVerb.code, 1);
        QVERIFY2(badVerb.err.contains(QLatin1String("store|forget")), qPrintable(badVerb.err));

        // A machine with no keychain: said in words, and nothing saved anywhere.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString());
        auto noBus = runHubctl(db, store + QStringList{hub} + user, env);
        QCOMPARE(noBus.code, 1);
        QVERIFY2(noBus.err.contains(QLatin1String("no system keychain is running")),
                 qPrintable(noBus.err));
        QCOMPARE(noBus.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(m_keyring.filesContaining("synthetic-hub-secret"), QStringList());
        QCOMPARE(sync::HubKeychain().read(pgUrl(QStringLiteral("desk_refused"))).error().kind,
                 Error::Kind::NotFound);
    }

private:
    KeyringSession m_keyring; // before anything in the process uses D-Bus
};

QTEST_GUILESS_MAIN(TestHubKeychain)
#include "tst_hubkeychain.moc"
