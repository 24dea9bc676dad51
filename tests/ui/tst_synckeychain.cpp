// "Remember the hub password in the system keychain" in the app: the sync settings dialog
// and the sync controller against a real Secret Service (KeyringSession: a private D-Bus
// session bus with GNOME Keyring) and a real PostgreSQL hub.
#include "../core/tst_sync_fixture.h"

#include "KeyringSession.h"
#include "PgServer.h"
#include "services/DeskService.h"
#include "sync/HubKeychain.h"
#include "sync/SyncController.h"
#include "sync/SyncSettings.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncUi.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>

using namespace hub;
using namespace hub::test;

namespace {

sync::HubUrl fakeHub()
{
    return sync::HubUrl::parse(
               QStringLiteral("postgresql://desk_ui@hub.example.org:5432/hub?sslmode=verify-full"))
        .value();
}

// The sync parts of a desk's window, and a count of the password prompts it showed.
struct SyncedWindow
{
    explicit SyncedWindow(Desk &desk, const QStringList &answers)
        : services(*desk.db), sync(window, services, desk.actor)
    {
        sync.controller()->setPasswordPrompt([this, answers](const QString &, QString *password) {
            *password = answers.value(prompts++);
            return true;
        });
    }
    // One sync as F5 starts it (interactive: it may prompt); true when it succeeded.
    bool syncNow()
    {
        QSignalSpy done(sync.controller(), &ui::SyncController::finished);
        sync.controller()->syncNow();
        if (done.isEmpty() && !done.wait(60000))
            return false;
        return sync.controller()->lastOk();
    }
    QString message() const { return sync.controller()->lastMessage(); }

    QMainWindow window;
    services::Services services;
    ui::SyncUi sync;
    int prompts = 0;
};

} // namespace

class TestSyncKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_keyring.ok(), qPrintable(m_keyring.errorText()));
        qunsetenv("HUB_HUB_PASSWORD");
    }

    void init() { QSettings().remove(QStringLiteral("sync")); }

    void dialogSavesAndForgetsThePassword()
    {
        const auto hub = fakeHub();
        const QString secret = QStringLiteral("synthetic-dialog-secret");
        ui::SyncSettings().setHubUrl(hub.display());
        {
            ui::SyncSettingsDialog dialog;
            dialog.show();
            QVERIFY(!dialog.rememberBox()->isChecked()); // off by default
            QVERIFY(!dialog.passwordEdit()->isEnabled());
            QVERIFY(!dialog.forgetButton()->isEnabled());
            QCOMPARE(dialog.keychainLabel()->text(), QString()); // the keychain is not asked
            QTest::mouseClick(dialog.rememberBox(), Qt::LeftButton, {},
                              QPoint(8, dialog.rememberBox()->height() / 2));
            QVERIFY(dialog.rememberBox()->isChecked());
            QVERIFY(dialog.passwordEdit()->isEnabled());
            QCOMPARE(dialog.keychainLabel()->text(),
                     QStringLiteral("No password for this hub is saved in the system keychain."));
            QTest::keyClicks(dialog.passwordEdit(), secret);
            saveShot(dialog, "sync-settings-keychain.png");
            dialog.save();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(sync::HubKeychain().read(hub).value(), secret);
        QVERIFY(ui::SyncSettings().rememberPassword());
        // Only the choice is a setting; the password is in no file under HOME.
        QCOMPARE(m_keyring.filesContaining(secret.toUtf8()), QStringList());
        for (const auto &key : QSettings().allKeys())
            QVERIFY2(QSettings().value(key).toString() != secret, qPrintable(key));

        ui::SyncSettingsDialog again;
        again.show();
        QVERIFY(again.rememberBox()->isChecked());
        QCOMPARE(again.keychainLabel()->text(),
                 QStringLiteral("A password for this hub is saved in the system keychain."));
        QVERIFY(again.forgetButton()->isEnabled());
        QTest::mouseClick(again.forgetButton(), Qt::LeftButton);
        QCOMPARE(sync::HubKeychain().read(hub).error().kind, Error::Kind::NotFound);
        QCOMPARE(again.keychainLabel()->text(),
                 QStringLiteral("No password for this hub is saved in the system keychain."));
        QVERIFY(!again.forgetButton()->isEnabled());
    }

    void untickingForgetsAndASqliteHubTakesNoPassword()
    {
        const auto hub = fakeHub();
        ui::SyncSettings().setHubUrl(hub.display());
        ui::SyncSettings().setRememberPassword(true);
        QVERIFY(sync::HubKeychain().store(hub, QStringLiteral("synthetic-untick")).ok());
        {
            ui::SyncSettingsDialog dialog;
            dialog.show();
            dialog.rememberBox()->setChecked(false);
            dialog.save();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(sync::HubKeychain().read(hub).error().kind, Error::Kind::NotFound);
        QVERIFY(!ui::SyncSettings().rememberPassword());

        ui::SyncSettingsDialog dialog;
        dialog.show();
        dialog.urlEdit()->setText(QStringLiteral("sqlite:///srv/office/hub.db"));
        dialog.rememberBox()->setChecked(true);
        dialog.passwordEdit()->setText(QStringLiteral("synthetic-not-needed"));
        dialog.save();
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorFor(QStringLiteral("password")).contains(QLatin1String("PostgreSQL")),
                 qPrintable(dialog.errorFor(QStringLiteral("password"))));
        QCOMPARE(ui::SyncSettings().hubUrl(), hub.display()); // nothing saved
        QVERIFY(!ui::SyncSettings().rememberPassword());
    }

    void aNewAddressLeavesNoPasswordBehind()
    {
        const auto hub = fakeHub();
        ui::SyncSettings().setHubUrl(hub.display());
        ui::SyncSettings().setRememberPassword(true);
        QVERIFY(sync::HubKeychain().store(hub, QStringLiteral("synthetic-moving")).ok());
        {
            // The same hub typed without its default port: the saved password stays.
            ui::SyncSettingsDialog dialog;
            dialog.show();
            dialog.urlEdit()->setText(
                QStringLiteral("postgresql://desk_ui@hub.example.org/hub?sslmode=verify-full"));
            dialog.save();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(sync::HubKeychain().read(hub).value(), QStringLiteral("synthetic-moving"));
        const auto other = sync::HubUrl::parse(
            QStringLiteral("postgresql://desk_ui@hub2.example.org/hub?sslmode=verify-full"));
        {
            ui::SyncSettingsDialog dialog;
            dialog.show();
            dialog.urlEdit()->setText(other->display());
            dialog.save();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(sync::HubKeychain().read(hub).error().kind, Error::Kind::NotFound);
        QCOMPARE(sync::HubKeychain().read(*other).error().kind, Error::Kind::NotFound);
    }

    void withoutAKeychainNothingIsSaved()
    {
        const auto hub = fakeHub();
        ui::SyncSettings().setHubUrl(hub.display());
        ui::SyncSettingsDialog dialog;
        dialog.show();
        const auto address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArray()); // as on a machine with no session
        dialog.rememberBox()->setChecked(true);
        dialog.passwordEdit()->setText(QStringLiteral("synthetic-nowhere"));
        dialog.save();
        const auto label = dialog.keychainLabel()->text();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorFor(QStringLiteral("password"))
                     .contains(QLatin1String("no system keychain is running")),
                 qPrintable(dialog.errorFor(QStringLiteral("password"))));
        QVERIFY2(label.contains(QLatin1String("no D-Bus session bus")), qPrintable(label));
        saveShot(dialog, "sync-settings-no-keychain.png");
        QVERIFY(!ui::SyncSettings().rememberPassword()); // nothing saved
        QCOMPARE(m_keyring.filesContaining("synthetic-nowhere"), QStringList());
    }

    void syncUsesTheKeychainAndRemembersATypedPassword()
    {
        PgServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.errorText()));
        SyncWorld w(&pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        addPerson(*a, QStringLiteral("Noor"), QStringLiteral("Synthetic"));
        ui::SyncSettings().setHubUrl(a->url.display());
        ui::SyncSettings().setRememberPassword(true);
        QVERIFY(sync::HubKeychain().store(a->url, SyncWorld::rolePassword()).ok());

        {
            // The keychain has it: no prompt, on demand or in the background.
            SyncedWindow wa(*a, {});
            QVERIFY2(wa.syncNow(), qPrintable(wa.message()));
            QCOMPARE(wa.prompts, 0);
            QCOMPARE(a->outbox(), 0);
            QSignalSpy done(wa.sync.controller(), &ui::SyncController::finished);
            wa.sync.controller()->syncInBackground();
            QVERIFY(done.wait(60000));
            QVERIFY2(wa.sync.controller()->lastOk(), qPrintable(wa.message()));
            QCOMPARE(wa.prompts, 0);
        }

        // The saved password became wrong (changed on the server): the hub refuses it, the
        // next F5 asks, and the typed password the hub accepts replaces the saved one.
        QVERIFY(sync::HubKeychain().store(a->url, QStringLiteral("synthetic-stale")).ok());
        SyncedWindow wb(*a, {SyncWorld::rolePassword()});
        QVERIFY(!wb.syncNow());
        QVERIFY2(wb.message().contains(QLatin1String("password")), qPrintable(wb.message()));
        QCOMPARE(wb.prompts, 0);
        QVERIFY2(wb.syncNow(), qPrintable(wb.message()));
        QCOMPARE(wb.prompts, 1);
        QCOMPARE(sync::HubKeychain().read(a->url).value(), SyncWorld::rolePassword());
    }

    void withoutRememberingTheKeychainIsNotUsed()
    {
        PgServer pg;
        QVERIFY2(pg.ok(), qPrintable(pg.errorText()));
        SyncWorld w(&pg);
        auto a = w.desk(QStringLiteral("a"), w.sup1);
        ui::SyncSettings().setHubUrl(a->url.display());
        QVERIFY(sync::HubKeychain().forget(a->url).ok());
        SyncedWindow wa(*a, {SyncWorld::rolePassword()});
        QVERIFY2(wa.syncNow(), qPrintable(wa.message()));
        QCOMPARE(wa.prompts, 1);
        // The box is off: the typed password stays in this session's memory only.
        QCOMPARE(sync::HubKeychain().read(a->url).error().kind, Error::Kind::NotFound);
    }

private:
    static void saveShot(QWidget &widget, const char *name)
    {
        // HUB_UI_SHOTS=folder keeps pictures of the screens to look at.
        const auto dir = qEnvironmentVariable("HUB_UI_SHOTS");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        QVERIFY(widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name), "PNG"));
    }

    KeyringSession m_keyring; // before anything in the process uses D-Bus
};

QTEST_MAIN(TestSyncKeychain)
#include "tst_synckeychain.moc"
